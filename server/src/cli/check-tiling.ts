import { cliOptions, openConfiguredDatabase } from './args.ts';
import { sql } from 'drizzle-orm';
import { migrateDatabase } from '../db/client.ts';
import { rows } from '../db/rows.ts';
import { LIMITS } from '../editing/limits.ts';
import { subdistrictViolations } from '../editing/tiling.sql.ts';

/**
 * `pnpm check:tiling [--subdistrict CODE] [--json]` (issue 13): lists where the grids of each
 * subdistrict fail to cover it exactly (gaps, overlaps, land outside it, pieces above
 * LIMITS.tilingToleranceM2). Exits 1 when any is found, so CI or a cron can use it.
 */
async function main() {
  const values = cliOptions({
    subdistrict: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (values.help) {
    console.log(
      'usage: pnpm check:tiling [--subdistrict CODE] [--json]   (DATABASE_URL or ATLAS_DATA_DIR)',
    );
    return;
  }
  const database = await openConfiguredDatabase();
  let found = 0;
  try {
    await migrateDatabase(database);
    const subs = await rows<{ id: number; code: string; name: string }>(
      database.db,
      values.subdistrict
        ? sql`SELECT id, code, name FROM subdistricts WHERE code = ${values.subdistrict}`
        : sql`SELECT id, code, name FROM subdistricts ORDER BY code`,
    );
    if (subs.length === 0) throw new Error(`no subdistrict ${values.subdistrict ?? ''}`.trim());
    const t0 = performance.now();
    for (const s of subs) {
      const violations = await subdistrictViolations(database.db, Number(s.id));
      found += violations.length;
      if (values.json) {
        console.log(JSON.stringify({ subdistrict: s.code, name: s.name, violations }));
        continue;
      }
      if (violations.length === 0) continue;
      console.log(`${s.code} ${s.name}: ${violations.length} violation(s)`);
      for (const v of violations) {
        const at = (v.at as { coordinates: number[] }).coordinates.map((c) => c.toFixed(6));
        console.log(
          `  ${v.kind.padEnd(7)} ${v.areaM2.toFixed(1).padStart(12)} m²  at ${at.join(',')}  grids ${v.gridIds.join(',') || '-'}`,
        );
      }
    }
    const secs = ((performance.now() - t0) / 1000).toFixed(1);
    if (!values.json) {
      console.log(
        `${subs.length} subdistrict(s) checked in ${secs} s: ${found} violation(s) above ` +
          `${LIMITS.tilingToleranceM2} m²`,
      );
    }
  } finally {
    await database.close();
  }
  if (found > 0) process.exit(1);
}

main().catch((e) => {
  console.error(`check:tiling failed: ${e instanceof Error ? e.message : e}`);
  process.exit(2);
});
