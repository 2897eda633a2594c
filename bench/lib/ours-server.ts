/**
 * Our HTTP app in a process of its own for the hierarchy bench (forked by bench/hierarchy-api.ts
 * with BENCH_DATABASE_URL), so it gets an event loop and CPU figures apart from the load generator.
 */
import { createApp } from '../../server/src/app.ts';
import { openDatabase } from '../../server/src/db/client.ts';
import { announce } from './bench-server.ts';

const database = await openDatabase({ databaseUrl: process.env.BENCH_DATABASE_URL! });
const { app } = await createApp(database);
const { createServer } = await import('node:http');
await announce(createServer(app), () => database.stats.queries);
