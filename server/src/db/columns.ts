import { sql } from 'drizzle-orm';
import {
  check,
  date,
  index,
  integer,
  text,
  timestamp,
  type AnyPgColumn,
  type ReferenceConfig,
} from 'drizzle-orm/pg-core';

// Column builders the concepts' tables files share, so a convention (identity keys, time zones,
// the optimistic lock) is written once. Each call makes fresh builders: spread them into one
// table only.

/** A generated identity key. */
export const identity = () => integer().primaryKey().generatedAlwaysAsIdentity();

/** A required foreign key: a not-null integer that references `target` (a table's key). */
export const refersTo = (target: ReferenceConfig['ref'], actions?: ReferenceConfig['actions']) =>
  integer().notNull().references(target, actions);

/** A calendar day, read and written as 'YYYY-MM-DD' (no time zone to shift it). */
export const day = () => date({ mode: 'string' });

/** A point in time with its time zone (timestamptz). */
export const instant = () => timestamp({ withTimezone: true });

/** A timestamptz that is set to the time of the insert unless given (created, computed, saved at). */
export const defaultNow = () => instant().notNull().defaultNow();

/**
 * The optimistic lock: every save names the `version` it started from (issue 7); who saved last
 * and when. Pair with `versionPositive` in the table's checks.
 */
export const versioned = () => ({
  version: integer().notNull().default(1),
  updatedAt: defaultNow(),
  updatedBy: text(),
});

/** The check that keeps a `versioned` table's version at 1 or above. */
export const versionPositive = (table: string, t: { version: AnyPgColumn }) =>
  check(`${table}_version_positive`, sql`${t.version} >= 1`);

/**
 * The scope a row is counted in, copied from its organization or area so scoped reads never join
 * back: the district always, the subdistrict and grid where it has them.
 */
export const scopeIds = () => ({
  districtId: integer().notNull(),
  subdistrictId: integer(),
  gridId: integer(),
});

/**
 * An index per scope level of a table (`<table>_district_idx`, `_subdistrict_idx` and, where it
 * has grids, `_grid_idx`), each led by `leading` where given (the profile of a roll-up).
 */
export const scopeIndexes = (
  table: string,
  t: { districtId: AnyPgColumn; subdistrictId: AnyPgColumn; gridId?: AnyPgColumn },
  leading?: AnyPgColumn,
) => {
  const level = (name: string, column: AnyPgColumn) => {
    const builder = index(`${table}_${name}_idx`);
    return leading ? builder.on(leading, column) : builder.on(column);
  };
  return [
    level('district', t.districtId),
    level('subdistrict', t.subdistrictId),
    ...(t.gridId ? [level('grid', t.gridId)] : []),
  ];
};
