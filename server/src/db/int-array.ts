import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

/**
 * An int[] as one text parameter instead of thousands of bound ones (a page of 5,000 ids stays
 * one parameter, and the statement text stays the same for every page): `= ANY(intArray(ids))`.
 */
export const intArray = (ids: readonly number[]): SQL =>
  sql`string_to_array(${ids.map((n) => Math.trunc(n)).join(',')}, ',')::int[]`;

/** `column = ANY(ids)` through `intArray`. */
export const anyOf = (column: SQLWrapper, ids: readonly number[]): SQL =>
  sql`${column} = ANY(${intArray(ids)})`;
