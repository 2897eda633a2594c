import type { Database } from '../db/client.ts';
import { loadSmallDemo } from './small-demo.ts';

/** The demo district `pnpm start` loads into an empty database. */
export async function loadDemo(database: Database): Promise<void> {
  await loadSmallDemo(database);
}
