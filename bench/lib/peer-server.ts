/**
 * The peer of the hierarchy bench (issue 14): PostGraphile 5 with the amber preset and
 * @graphile/simplify-inflection, no tuning, over the bench database (BENCH_DATABASE_URL), in a
 * process of its own. It exposes `public` (the app's tables, as they are) and `peer_bench`,
 * which hierarchy-api.ts creates with one SQL function for the "within 500 m" shape (PostGraphile
 * has no distance filter without plugins).
 */
import { createServer } from 'node:http';
import { PgSimplifyInflectionPreset } from '@graphile/simplify-inflection';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { announce } from './bench-server.ts';

const pgl = postgraphile({
  extends: [PostGraphileAmberPreset, PgSimplifyInflectionPreset],
  pgServices: [
    makePgService({
      connectionString: process.env.BENCH_DATABASE_URL!,
      schemas: ['public', 'peer_bench'],
    }),
  ],
});
const serv = pgl.createServ(grafserv);
const server = createServer();
await serv.addTo(server);
await pgl.getSchema();
await announce(server, () => null);
