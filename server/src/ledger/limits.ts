/**
 * Bounds of a ledger import (issue 11, hole 4): a hostile or broken file is refused early, with a
 * clear reason, instead of holding gigabytes of rows or error objects. Each limit is checked
 * before the work it bounds; the README's import paragraph lists them.
 */
export const IMPORT_LIMITS = {
  /** Largest accepted file (.xlsx or .csv), in bytes. The base64 GraphQL argument is 4/3 of it. */
  maxFileBytes: 20 * 1024 * 1024,
  /**
   * Largest total uncompressed size of an .xlsx's zip entries (read from its central directory
   * before anything is inflated): a zip bomb with a gigabyte cell in a 1 MB file is refused.
   */
  maxUncompressedBytes: 400 * 1024 * 1024,
  /** Data rows below the header; reading stops (and the file is refused) past this many. */
  maxDataRows: 200_000,
  /** The header row must be among the first rows (title rows and merged cells may come first). */
  headerScanRows: 20,
  /** Longest cell kept while reading; longer cells keep their length for the report only. */
  maxReadCellChars: 1_000,
  /** Characters of a rejected cell echoed back in the report. */
  maxEchoedChars: 50,
  /** Errors listed in a report; the rest are only counted (`errorsOmitted`). */
  maxReportedErrors: 1_000,
  /** Tolerance when a point is checked against the grid of its named building or grid. */
  pointInGridToleranceMetres: 5,
} as const;

/** Longest text per column (characters); columns not listed get `defaultCellChars`. */
export const MAX_CELL_CHARS = {
  name: 200,
  address: 300,
  affiliation: 200,
  establishmentDirection: 200,
  building: 100,
  grid: 100,
} as const;
export const DEFAULT_CELL_CHARS = 100;

/** A rejected value as echoed in a report: at most `maxEchoedChars`, with the full length. */
export function echo(value: string, length = value.length): string {
  const max = IMPORT_LIMITS.maxEchoedChars;
  if (length <= max && value.length <= max) return value;
  return `${[...value].slice(0, max).join('')}… (${length} characters)`;
}
