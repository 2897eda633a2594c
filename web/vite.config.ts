import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The server (server/src/app.ts) serves web/dist at / and GraphQL at /graphql; in `vite dev`
// the API is proxied to it.
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/tiles': 'http://127.0.0.1:4000' } },
  build: {
    outDir: 'dist',
    chunkSizeWarningLimit: 5000,
    rollupOptions: {
      // the map, and the offline GraphQL explorer (graphiql + monaco, loaded only on its page)
      input: { main: 'index.html', graphiql: 'graphiql.html' },
      // graphiql's modules carry React-compiler directives that bundling drops harmlessly
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
});
