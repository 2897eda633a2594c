import { sql, type SQL } from 'drizzle-orm';

/**
 * A list of integer keys as ONE `int[]` parameter, for `col = ANY(...)` and `unnest(...)`.
 * drizzle's `sql` spreads a JS array into one parameter per element, and postgres.js refuses a
 * statement with more than 65,534 parameters (issue 14: a district's organizations silently came
 * back empty). An array literal in a single text parameter has no such limit on either engine.
 */
export function intArray(ids: readonly number[]): SQL {
  return sql`${intArrayText(ids)}::int[]`;
}

/** The array literal `{1,2,3}` of integer keys, for a prepared query's `::int[]` placeholder. */
export function intArrayText(ids: readonly number[]): string {
  for (const id of ids) {
    if (!Number.isSafeInteger(id)) throw new Error(`not an integer key: ${String(id)}`);
  }
  return `{${ids.join(',')}}`;
}

/** `column = ANY(<ids as one array parameter>)`. */
export const anyOf = (column: SQL | SQL.Aliased | unknown, ids: readonly number[]): SQL =>
  sql`${column} = ANY(${intArray(ids)})`;
