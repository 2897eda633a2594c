import { sql } from 'drizzle-orm';
import { audit, type AuditEntry } from '../audit/audit.ts';
import { liftStatementTimeout, type Database, type Tx } from '../db/client.ts';
import { refreshCoverage } from '../policy/index.ts';
import type { Crs } from '../geo/index.ts';
import { AUDITED_FIELDS, existingByUscc, upsertOrganizations } from './import.sql.ts';
import { ErrorList } from './error-list.ts';
import { closestIndustryLabels } from './industries.ts';
import { echo, IMPORT_LIMITS } from './limits.ts';
import { PlaceResolver, type Place } from './resolve-place.ts';
import { readSheet, SheetError, type Sheet, type SheetFormat, type SheetRow } from './sheet.ts';
import {
  findHeader,
  validateRow,
  type CheckedRow,
  type ImportReason,
  type RowError,
  type ValidRow,
} from './validate.ts';

/**
 * Ledger import (台账导入): every row validated and every rejection reported (row, column,
 * reason); all-or-nothing unless the caller asks for the valid rows only; idempotent (upsert by
 * credit code, unchanged rows untouched); one transaction with the audit records and the coverage
 * refresh of the organizations it changed. `dryRun` does all of it and rolls back.
 *
 * Bounded (limits.ts): file size, rows, cell lengths and the error list. A scoped user (grid
 * manager, subdistrict admin) may only touch organizations whose current grid and whose new grid
 * are both in scope. The transaction holds PGlite's single connection until it commits: other
 * requests wait; on a server other requests go on (row locks on the organizations written only,
 * tests/api/ledger-concurrency.test.ts).
 */
export type ImportMode = 'all_or_nothing' | 'valid_only';

export interface ImportOptions {
  fileName: string;
  format: SheetFormat;
  crs?: Crs;
  mode?: ImportMode;
  dryRun?: boolean;
  actor: string;
  /**
   * Per-grid write permission (scoped users; `null` is "outside every grid"): rows whose
   * organization is now, or would be, in a grid it refuses are rejected as OUT_OF_SCOPE.
   * Called inside the import transaction: query with `tx` (PGlite has a single connection). */
  canWrite?: (gridId: number | null, tx: Tx) => Promise<boolean>;
  onProgress?: (phase: 'validate' | 'write', done: number, total: number) => void;
}

export interface ImportReport {
  fileName: string;
  crs: Crs;
  mode: ImportMode;
  dryRun: boolean;
  /** Data rows read (below the header; reading stops just past the row limit). */
  rows: number;
  /** Data rows checked (0 when the file was refused as a whole: too large, too many rows). */
  processedRows: number;
  validRows: number;
  rejectedRows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** True when the database was changed (false for a dry run or a refused file). */
  applied: boolean;
  /** The first `maxReportedErrors` errors, by row. */
  errors: RowError[];
  /** Errors found beyond those listed. */
  errorsOmitted: number;
}

class DryRunRollback extends Error {}

const fileError = (reason: ImportReason, message: string, row = 0): RowError => ({
  row,
  column: '',
  reason,
  message,
});

export async function importLedger(
  database: Database,
  buffer: Buffer,
  opts: ImportOptions,
): Promise<ImportReport> {
  const crs = opts.crs ?? 'wgs84';
  const mode = opts.mode ?? 'all_or_nothing';
  const report: ImportReport = {
    fileName: opts.fileName,
    crs,
    mode,
    dryRun: opts.dryRun ?? false,
    rows: 0,
    processedRows: 0,
    validRows: 0,
    rejectedRows: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    applied: false,
    errors: [],
    errorsOmitted: 0,
  };
  let sheet: Sheet;
  try {
    sheet = await readSheet(buffer, opts.format);
  } catch (e) {
    if (!(e instanceof SheetError)) throw e;
    report.errors.push(fileError(e.reason, e.message));
    return report;
  }
  const { header, errors: headerErrors } = findHeader(sheet.rows);
  report.errors.push(...headerErrors);
  if (!header || headerErrors.length > 0) return report;
  // A slot is emptied once its row is checked (below), so a large file is not held twice.
  const data: (SheetRow | undefined)[] = sheet.rows.filter((r) => r.row > header.headerRow);
  report.rows = data.length;
  const max = IMPORT_LIMITS.maxDataRows;
  if (sheet.truncated || data.length > max) {
    const at = data[max]?.row ?? data.at(-1)?.row ?? 0;
    report.errors.push(
      fileError(
        'TOO_MANY_ROWS',
        `数据超过${max}行, 读到第${at}行时停止, 请分批导入 (more than ${max.toLocaleString('en')} ` +
          `data rows; reading stopped at row ${at}: split the file)`,
        at,
      ),
    );
    return report;
  }
  report.processedRows = data.length;

  // 1. Each row on its own, every check on every row; then duplicates of a credit code.
  const errors = new ErrorList();
  const checked: CheckedRow[] = [];
  const firstRow = new Map<string, number>();
  const usccHeader = header.columns.get('uscc')!.header;
  sheet.rows = []; // each sheet row is let go once checked (data[i] below)
  for (let i = 0; i < data.length; i++) {
    const r = data[i]!;
    data[i] = undefined;
    const c = validateRow(r, header, crs);
    const seen = c.uscc === null ? undefined : firstRow.get(c.uscc);
    if (seen !== undefined) {
      c.errors.push({
        row: r.row,
        column: usccHeader,
        reason: 'DUPLICATE_IN_FILE',
        message: `与第${seen}行的统一社会信用代码重复 (same code as row ${seen})`,
        value: echo(c.uscc!),
      });
    } else if (c.uscc !== null) firstRow.set(c.uscc, r.row);
    errors.push(...c.errors);
    c.errors = [];
    checked.push(c);
    if (i % 5000 === 0) opts.onProgress?.('validate', i, data.length);
  }

  const headers = new Map([...header.columns].map(([k, c]) => [k as string, c.header]));
  const write = async (tx: Tx) => {
    // 2. Places (building / grid / point in the district) and write scope, on every row.
    const resolver = await PlaceResolver.load(database, tx, checked);
    const before = await existingByUscc(
      database,
      tx,
      checked.flatMap((c) => (c.uscc === null ? [] : [c.uscc])),
    );
    const scope = new ScopeCheck(tx, opts.canWrite);
    const placed: { row: ValidRow; place: Place }[] = [];
    for (const c of checked) {
      const { place, errors: placeErrors } = resolver.resolve(c, headers);
      errors.push(...placeErrors);
      // Hole 1: both where the organization is now and where the row puts it must be in scope.
      const current = c.uscc === null ? undefined : before.get(c.uscc);
      if (current && !(await scope.allows(current.gridId as number | null))) {
        errors.push({
          row: c.row,
          column: usccHeader,
          reason: 'OUT_OF_SCOPE',
          message:
            '该组织现所在网格不在您负责的范围内 (the organization lies outside the grids you may change)',
          value: echo(c.uscc!),
        });
      }
      if (place && !(await scope.allows(place.gridId))) {
        errors.push({
          row: c.row,
          column: headers.get('grid') ?? headers.get('building') ?? '所在网格',
          reason: 'OUT_OF_SCOPE',
          message: '不在您负责的网格内 (outside the grids you may change)',
        });
      }
      if (place && c.values && !errors.rejected.has(c.row))
        placed.push({ row: { row: c.row, values: c.values }, place });
    }
    report.rejectedRows = errors.rejected.size;
    report.validRows = report.rows - errors.rejected.size;
    if (mode === 'all_or_nothing' && errors.size > 0) throw new DryRunRollback();
    // Nothing valid to write: a dry run still ends as one (not "applied").
    if (placed.length === 0) {
      if (report.dryRun) throw new DryRunRollback();
      return;
    }

    // 3. Upsert; audit what changed; refresh coverage of the changed organizations.
    const changed = await upsertOrganizations(
      tx,
      placed,
      (done) => opts.onProgress?.('write', done, placed.length),
      opts.actor,
    );
    report.inserted = changed.filter((c) => c.inserted).length;
    report.updated = changed.length - report.inserted;
    report.unchanged = placed.length - changed.length;
    await auditImport(tx, opts, report, placed, changed, before);
    if (changed.length > 0) {
      await refreshCoverage(tx, { organizationIds: changed.map((c) => c.id) });
    }
    if (report.dryRun) throw new DryRunRollback();
  };

  try {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL synchronous_commit = off`);
      // a 200,000-row import is bulk work, not a request statement (limits.ts)
      await liftStatementTimeout(tx);
      // JIT costs ~0.5 s per complex statement on a server and saves nothing here.
      if (database.engine === 'postgres') await tx.execute(sql`SET LOCAL jit = off`);
      await write(tx);
    });
    report.applied = true;
  } catch (e) {
    if (!(e instanceof DryRunRollback)) throw e;
  }
  const { errors: list, omitted } = errors.finish();
  const industryHeader = headers.get('industry');
  for (const e of list) {
    // the closest known labels, for the reported errors only (cheap: at most the report's size)
    if (e.reason === 'UNKNOWN_VALUE' && e.column === industryHeader && e.value) {
      const near = closestIndustryLabels(e.value);
      if (near.length > 0) e.message += `; 最接近 (closest known): ${near.join(', ')}`;
    }
  }
  report.errors = list;
  report.errorsOmitted = omitted;
  return report;
}

/** Per-grid write permission of the importing user, asked once per grid. */
class ScopeCheck {
  private cache = new Map<number | null, boolean>();
  constructor(
    private tx: Tx,
    private canWrite: ImportOptions['canWrite'],
  ) {}
  async allows(gridId: number | null): Promise<boolean> {
    if (!this.canWrite) return true;
    let ok = this.cache.get(gridId);
    if (ok === undefined) this.cache.set(gridId, (ok = await this.canWrite(gridId, this.tx)));
    return ok;
  }
}

/** One audit record per organization changed, and one summary per import that changed something. */
async function auditImport(
  tx: Tx,
  opts: ImportOptions,
  report: ImportReport,
  placed: { row: ValidRow; place: Place }[],
  changed: { id: number; uscc: string; inserted: boolean }[],
  before: Map<string, Record<string, unknown>>,
): Promise<void> {
  const byUscc = new Map(placed.map((p) => [p.row.values.uscc, p]));
  // built and written 5,000 at a time: 200,000 before/after records at once cost ~0.5 GB
  for (let i = 0; i < changed.length; i += 5000) {
    const entries: AuditEntry[] = changed.slice(i, i + 5000).map((c) => {
      const p = byUscc.get(c.uscc)!;
      const after = Object.fromEntries(AUDITED_FIELDS.map((f) => [f, p.row.values[f]]));
      return {
        actor: opts.actor,
        action: c.inserted ? 'organization.import.create' : 'organization.import.update',
        entityType: 'Organization',
        entityId: c.id,
        before: before.get(c.uscc) ?? null,
        after: { ...after, gridId: p.place.gridId, buildingId: p.place.buildingId },
      };
    });
    await audit(tx, entries);
  }
  // A re-import changes nothing and leaves no summary.
  if (changed.length === 0) return;
  await audit(tx, [
    {
      actor: opts.actor,
      action: 'ledger.import',
      entityType: 'LedgerFile',
      entityId: opts.fileName,
      after: {
        crs: report.crs,
        mode: report.mode,
        rows: report.rows,
        inserted: report.inserted,
        updated: report.updated,
        unchanged: report.unchanged,
        rejectedRows: report.rejectedRows,
      },
    },
  ]);
}
