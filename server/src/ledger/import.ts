import { sql } from 'drizzle-orm';
import { writeAudit, type AuditEntry } from '../audit/audit.ts';
import type { Database, Tx } from '../db/client.ts';
import { refreshCoverage } from '../policy/index.ts';
import type { Crs } from './coords.ts';
import {
  AUDITED_FIELDS,
  existingByUscc,
  insertAuditBatch,
  upsertOrganizations,
} from './import.sql.ts';
import { PlaceResolver, type Place } from './resolve-place.ts';
import { readSheet, type SheetFormat } from './sheet.ts';
import { findHeader, validateRow, type RowError, type ValidRow } from './validate.ts';

/**
 * Ledger import (台账导入): every row validated and every rejection reported (row, column,
 * reason); all-or-nothing unless the caller asks for the valid rows only; idempotent (upsert by
 * credit code, unchanged rows untouched); one transaction with the audit records and the coverage
 * refresh of the organizations it changed. `dryRun` does all of it and rolls back.
 */
export type ImportMode = 'all_or_nothing' | 'valid_only';

export interface ImportOptions {
  fileName: string;
  format: SheetFormat;
  crs?: Crs;
  mode?: ImportMode;
  dryRun?: boolean;
  actor: string;
  /** Per-grid write permission (grid managers); rows outside are rejected as OUT_OF_SCOPE. */
  /** Called inside the import transaction: query with `tx` (PGlite has a single connection). */
  canWrite?: (gridId: number | null, tx: Tx) => Promise<boolean>;
  onProgress?: (phase: 'validate' | 'write', done: number, total: number) => void;
}

export interface ImportReport {
  fileName: string;
  crs: Crs;
  mode: ImportMode;
  dryRun: boolean;
  /** Data rows read (below the header). */
  rows: number;
  validRows: number;
  rejectedRows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  /** True when the database was changed (false for a dry run or a refused file). */
  applied: boolean;
  errors: RowError[];
}

class DryRunRollback extends Error {}

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
    validRows: 0,
    rejectedRows: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    applied: false,
    errors: [],
  };
  const sheet = await readSheet(buffer, opts.format);
  const { header, errors: headerErrors } = findHeader(sheet);
  report.errors.push(...headerErrors);
  if (!header || headerErrors.length > 0) return report;
  const data = sheet.filter((r) => r.row > header.headerRow);
  report.rows = data.length;

  // 1. Each row on its own; then duplicates of a credit code within the file.
  const valid: ValidRow[] = [];
  const firstRow = new Map<string, number>();
  const usccHeader = header.columns.get('uscc')!.header;
  for (const [i, r] of data.entries()) {
    const { values, errors } = validateRow(r, header, crs);
    const seen = values ? firstRow.get(values.uscc) : undefined;
    if (values && seen !== undefined) {
      errors.push({
        row: r.row,
        column: usccHeader,
        reason: 'DUPLICATE_IN_FILE',
        message: `与第${seen}行的统一社会信用代码重复 (same code as row ${seen})`,
        value: values.uscc,
      });
    } else if (values) firstRow.set(values.uscc, r.row);
    if (errors.length > 0) report.errors.push(...errors);
    else valid.push({ row: r.row, values: values! });
    if (i % 5000 === 0) opts.onProgress?.('validate', i, data.length);
  }

  const headers = new Map([...header.columns].map(([k, c]) => [k as string, c.header]));
  const write = async (tx: Tx) => {
    // 2. Places (building / grid / point in the district) and write scope.
    const resolver = await PlaceResolver.load(database, tx, valid);
    const placed: { row: ValidRow; place: Place }[] = [];
    const scopeCache = new Map<number | null, boolean>();
    for (const r of valid) {
      const { place, errors } = resolver.resolve(r, headers);
      if (place && opts.canWrite) {
        if (!scopeCache.has(place.gridId)) {
          scopeCache.set(place.gridId, await opts.canWrite(place.gridId, tx));
        }
        if (!scopeCache.get(place.gridId)) {
          errors.push({
            row: r.row,
            column: headers.get('grid') ?? headers.get('building') ?? '所在网格',
            reason: 'OUT_OF_SCOPE',
            message: '不在您负责的网格内 (outside the grids you may change)',
          });
        }
      }
      if (errors.length > 0) report.errors.push(...errors);
      else placed.push({ row: r, place: place! });
    }
    report.errors.sort((a, b) => a.row - b.row);
    const rejected = new Set(report.errors.map((e) => e.row));
    report.rejectedRows = rejected.size;
    report.validRows = report.rows - rejected.size;
    if (mode === 'all_or_nothing' && report.errors.length > 0) throw new DryRunRollback();
    if (placed.length === 0) return;

    // 3. Upsert; audit what changed; refresh coverage of the changed organizations.
    const before = await existingByUscc(
      database,
      tx,
      placed.map((p) => p.row.values.uscc),
    );
    const changed = await upsertOrganizations(tx, placed, (done) =>
      opts.onProgress?.('write', done, placed.length),
    );
    report.inserted = changed.filter((c) => c.inserted).length;
    report.updated = changed.length - report.inserted;
    report.unchanged = placed.length - changed.length;
    const byUscc = new Map(placed.map((p) => [p.row.values.uscc, p]));
    const entries: AuditEntry[] = changed.map((c) => {
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
    // One summary record per import that changed something (a re-import changes nothing).
    if (changed.length > 0)
      entries.push({
        actor: opts.actor,
        action: 'ledger.import',
        entityType: 'LedgerFile',
        entityId: opts.fileName,
        after: {
          crs,
          mode,
          rows: report.rows,
          inserted: report.inserted,
          updated: report.updated,
          unchanged: report.unchanged,
          rejectedRows: report.rejectedRows,
        },
      });
    const summary = entries.filter((e) => e.action === 'ledger.import');
    await insertAuditBatch(
      tx,
      entries.filter((e) => e.action !== 'ledger.import'),
    );
    await writeAudit(tx, summary);
    if (changed.length > 0) {
      await refreshCoverage(tx, { organizationIds: changed.map((c) => c.id) });
    }
    if (report.dryRun) throw new DryRunRollback();
  };

  try {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`SET LOCAL synchronous_commit = off`);
      // JIT costs ~0.5 s per complex statement on a server and saves nothing here.
      if (database.engine === 'postgres') await tx.execute(sql`SET LOCAL jit = off`);
      await write(tx);
    });
    report.applied = true;
  } catch (e) {
    if (!(e instanceof DryRunRollback)) throw e;
  }
  return report;
}
