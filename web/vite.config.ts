import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server (server/src/app.ts) serves web/dist at / and GraphQL at /graphql; in `vite dev`
// the API is proxied to it.
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/tiles': 'http://127.0.0.1:4000' } },
  build: { outDir: 'dist', chunkSizeWarningLimit: 2000 },
});
