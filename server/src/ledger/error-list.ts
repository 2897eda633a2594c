import { IMPORT_LIMITS } from './limits.ts';
import type { RowError } from './validate.ts';

/**
 * The errors of an import, bounded: every error counts (and marks its row rejected), but only
 * the `maxReportedErrors` with the lowest row numbers are kept, so a file of 200,000 bad rows
 * does not build millions of error objects. Errors of one row keep the order they were found in.
 */
export class ErrorList {
  private kept: RowError[] = [];
  /** Rows with at least one error. */
  readonly rejected = new Set<number>();
  total = 0;
  constructor(private readonly max: number = IMPORT_LIMITS.maxReportedErrors) {}

  push(...errors: RowError[]): void {
    for (const e of errors) {
      this.total++;
      this.rejected.add(e.row);
      this.kept.push(e);
    }
    if (this.kept.length > 2 * this.max) this.trim();
  }

  private trim(): void {
    this.kept.sort((a, b) => a.row - b.row); // stable: a row's errors keep their order
    if (this.kept.length > this.max) this.kept.length = this.max;
  }

  get size(): number {
    return this.total;
  }

  /** The kept errors in row order, and how many more there were. */
  finish(): { errors: RowError[]; omitted: number } {
    this.trim();
    return { errors: this.kept, omitted: this.total - this.kept.length };
  }
}
