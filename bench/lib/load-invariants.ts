import { sql } from 'drizzle-orm';
import type { Database } from '../../server/src/db/client.ts';
import { rows } from '../../server/src/db/rows.ts';
import { gridVersionsWithoutAudit } from '../../tests/helpers/grids.ts';
import { checkIntact, INTACT } from '../../tests/helpers/invariants.ts';
import type { Ack, LoadParams, OrgAck } from './load-mix.ts';

/**
 * After a load run: every acknowledged save is in the database exactly once with its audit row,
 * no two saves from one expected version both succeeded, nothing was saved that was not
 * acknowledged, likewise for organization updates (checkOrgUpdates), the import is whole, and tests/helpers/invariants.ts holds (grids tile, since
 * the run ends by restoring every edited grid).
 */
export async function checkLoadInvariants(
  database: Database,
  run: {
    acks: Ack[];
    orgAcks: OrgAck[];
    editOrgs: LoadParams['editOrgs'];
    initialVersions: Map<number, number>;
    editGridIds: number[];
    importPrefix: string;
    inserted: number;
  },
) {
  const { db } = database;
  const sameVersion = new Map<string, number>();
  for (const a of run.acks) {
    const k = `${a.gridId}@${a.expected}`;
    sameVersion.set(k, (sameVersion.get(k) ?? 0) + 1);
  }
  const twoFromOneVersion = [...sameVersion].filter(([, n]) => n > 1).map(([k]) => k);

  const audits = await rows<{ grid: number; version: number; n: number }>(
    db,
    sql`SELECT entity_id::int AS grid, (after->>'version')::int AS version, count(*)::int AS n
        FROM audit_log WHERE action = 'grid.boundary.update' GROUP BY 1, 2`,
  );
  const audited = new Map(audits.map((a) => [`${a.grid}v${a.version}`, Number(a.n)]));
  const acked = new Set(run.acks.map((a) => `${a.gridId}v${a.version}`));
  const ackWithoutOneAuditRow = run.acks.filter(
    (a) => audited.get(`${a.gridId}v${a.version}`) !== 1,
  );
  const auditRowsNotAcknowledged = audits.filter((a) => !acked.has(`${a.grid}v${a.version}`));

  const versions = await rows<{ id: number; version: number }>(
    db,
    sql`SELECT id, version FROM grids WHERE id IN (SELECT unnest(string_to_array(${run.editGridIds.join(',')}, ',')::int[]))`,
  );
  const versionMismatch = versions
    .map((g) => ({
      grid: Number(g.id),
      version: Number(g.version),
      expected:
        (run.initialVersions.get(Number(g.id)) ?? 1) +
        run.acks.filter((a) => a.gridId === Number(g.id)).length,
    }))
    .filter((g) => g.version !== g.expected);

  // Every grid, edited or adjusted as a neighbour: its version moved by exactly its audit rows
  // (a save that wrote one grid of its group and not another would break this, or the tiling).
  const versionWithoutAudit = await gridVersionsWithoutAudit(db, run.initialVersions);
  const [groups] = await rows<{ n: number; adjusted: number }>(
    db,
    sql`SELECT count(DISTINCT change_id)::int AS n,
          count(*) FILTER (WHERE action = 'grid.boundary.adjust')::int AS adjusted
        FROM audit_log WHERE action LIKE 'grid.boundary.%'`,
  );

  const [imp] = await rows<{ orgs: number; summaries: number; creates: number }>(
    db,
    sql`SELECT (SELECT count(*) FROM organizations WHERE name LIKE ${run.importPrefix + '%'})::int AS orgs,
          (SELECT count(*) FROM audit_log WHERE action = 'ledger.import')::int AS summaries,
          (SELECT count(*) FROM audit_log WHERE action = 'organization.import.create')::int AS creates`,
  );
  const intact = await checkIntact(db, { gaps: true });
  const orgUpdates = await checkOrgUpdates(database, run.orgAcks, run.editOrgs);
  const result = {
    acknowledgedSaves: run.acks.length,
    twoFromOneVersion,
    ackWithoutOneAuditRow: ackWithoutOneAuditRow.length,
    auditRowsNotAcknowledged: auditRowsNotAcknowledged.length,
    versionMismatch,
    versionWithoutAudit,
    saveGroups: groups!.n,
    neighbourAdjustments: groups!.adjusted,
    import: {
      reportedInserted: run.inserted,
      organizations: imp!.orgs,
      auditCreates: imp!.creates,
      summaries: imp!.summaries,
    },
    orgUpdates,
    ...intact,
  };
  const holds =
    twoFromOneVersion.length === 0 &&
    ackWithoutOneAuditRow.length === 0 &&
    auditRowsNotAcknowledged.length === 0 &&
    versionMismatch.length === 0 &&
    versionWithoutAudit === 0 &&
    groups!.n === run.acks.length &&
    imp!.orgs === run.inserted &&
    imp!.creates === run.inserted &&
    imp!.summaries === 1 &&
    orgUpdates.holds &&
    JSON.stringify(intact) === JSON.stringify(INTACT);
  return { holds, ...result };
}

/** Keys an acknowledgement as `<id>v<version after>`. */
const key = (id: number, version: number) => `${id}v${version}`;

/**
 * The organization updates of a run: each acknowledged one has exactly one `organization.update`
 * audit row (its `after` at the acknowledged version and party member count), no audit row
 * without an acknowledgement, none twice from one expected version, and every edited
 * organization's version and count are those of its last acknowledged update.
 */
export async function checkOrgUpdates(
  database: Database,
  acks: OrgAck[],
  orgs: LoadParams['editOrgs'],
) {
  const audits = await rows<{ org: number; version: number; members: number; n: number }>(
    database.db,
    sql`SELECT entity_id::int AS org, (after->>'version')::int AS version,
          (after->>'partyMembers')::int AS members, count(*)::int AS n
        FROM audit_log WHERE action = 'organization.update' GROUP BY 1, 2, 3`,
  );
  const audited = new Map(audits.map((a) => [key(Number(a.org), Number(a.version)), a]));
  const acked = new Set(acks.map((a) => key(a.orgId, a.version)));
  const expected = new Map<string, number>();
  for (const a of acks)
    expected.set(`${a.orgId}@${a.expected}`, (expected.get(`${a.orgId}@${a.expected}`) ?? 0) + 1);
  const twoFromOneVersion = [...expected].filter(([, n]) => n > 1).map(([k]) => k);
  const ackWithoutOneAuditRow = acks.filter((a) => {
    const row = audited.get(key(a.orgId, a.version));
    return !row || Number(row.n) !== 1 || Number(row.members) !== a.partyMembers;
  }).length;
  const auditRowsNotAcknowledged = audits.filter(
    (a) => !acked.has(key(Number(a.org), Number(a.version))),
  ).length;
  const now = await rows<{ id: number; version: number; party_members: number }>(
    database.db,
    sql`SELECT id, version, party_members FROM organizations
        WHERE id IN (SELECT unnest(string_to_array(${orgs.map((o) => o.id).join(',')}, ',')::int[]))`,
  );
  const stateMismatch = now.filter((o) => {
    const start = orgs.find((x) => x.id === Number(o.id))!;
    const mine = acks.filter((a) => a.orgId === start.id).sort((a, b) => a.version - b.version);
    const last = mine.at(-1);
    return (
      Number(o.version) !== start.version + mine.length ||
      Number(o.party_members) !== (last?.partyMembers ?? start.partyMembers)
    );
  }).length;
  return {
    holds:
      twoFromOneVersion.length === 0 &&
      ackWithoutOneAuditRow === 0 &&
      auditRowsNotAcknowledged === 0 &&
      stateMismatch === 0,
    acknowledged: acks.length,
    twoFromOneVersion,
    ackWithoutOneAuditRow,
    auditRowsNotAcknowledged,
    stateMismatch,
  };
}
