import type { SQL } from 'drizzle-orm';
import type { Executor } from './client.ts';

/**
 * Runs raw SQL and returns its rows on either engine: PGlite answers `{rows}`, postgres.js an
 * array. The executor is required on purpose: inside a transaction it must be the `tx` handle,
 * and a forgotten one (falling back to the database) deadlocks PGlite's single connection.
 */
export async function rows<T>(executor: Executor, query: SQL): Promise<T[]> {
  const res = (await executor.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(res) ? Array.from(res) : res.rows;
}
