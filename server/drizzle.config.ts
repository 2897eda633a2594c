import { defineConfig } from 'drizzle-kit';

// Migrations are shared by both engines (PGlite and a PostgreSQL server); they live at the top
// level so the layout shows them. The first one enables PostGIS (see shared/STACK.md).
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: '../migrations',
  extensionsFilters: ['postgis'],
  casing: 'snake_case',
});
