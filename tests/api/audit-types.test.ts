import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { audit } from '../../server/src/audit/audit.ts';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from '../../server/src/audit/audit-types.ts';
import {
  auditCount,
  LEDGER_HEADER as HEADER,
  rectPolygon,
  UPDATE,
  W,
  X0,
  Y0,
} from './editing-fixtures.ts';
import { rows } from '../../server/src/db/rows.ts';
import { useSmallDemoApi } from '../helpers/small-demo-api.ts';

/** Issue 11 hole 6, issue 12: closed audit entity types and actions, one writer, one history. */
const env = useSmallDemoApi();

const gid = (n: number) => `Grid:${n}`;

describe('one history per object (issue 11 hole 6, issue 12)', () => {
  const HISTORY = `query($id: String!, $t: String!) { auditLog(filter: { entityType: $t, entityId: $id }) {
    totalCount nodes { action entityType before after } } }`;

  it("lists an organization's import and its move by a boundary edit under one entity type", async () => {
    const file = [
      HEADER,
      '北京历史测试科技有限公司,91110113123456788M,非公有制企业,信息技术,50,3,800,顺义区,,,B1101130020011,',
    ].join('\n');
    const imp = await env.api.exec(
      `mutation($f: LedgerFileInput!) { importLedger(file: $f) { applied inserted errors { reason message } } }`,
      { f: { name: 'history.csv', contentBase64: Buffer.from(file).toString('base64') } },
    );
    expect(imp.data!.importLedger, JSON.stringify(imp)).toMatchObject({
      applied: true,
      inserted: 1,
    });
    const [o] = await rows<{ id: number; grid_id: number }>(
      env.database.db,
      sql`SELECT id, grid_id FROM organizations WHERE uscc = '91110113123456788M'`,
    );
    const g = env.ids.grids[1]![0]!;
    expect(Number(o!.grid_id)).toBe(g);
    // Shrink the grid to its eastern half: the building at a third of its width falls outside,
    // into the neighbour that takes the land released (issue 13: no land in no grid).
    const sx = X0 + W;
    const edit = await env.api.exec(
      UPDATE,
      {
        id: gid(g),
        b: rectPolygon(sx + W / 2, Y0, sx + W, Y0 + W / 2),
        v: 1,
        o: { clipNeighbours: true },
      },
      env.users.districtAdmin,
    );
    expect(edit.errors, JSON.stringify(edit.errors)).toBeUndefined();
    expect(edit.data!.updateGridBoundary.movedOrganizationIds).toContain(`Organization:${o!.id}`);

    const h = await env.api.exec(
      HISTORY,
      { id: String(o!.id), t: 'Organization' },
      env.users.analyst,
    );
    expect(h.errors).toBeUndefined();
    expect(h.data!.auditLog.nodes.map((e: any) => e.action)).toEqual([
      'organization.grid.reassign',
      'organization.import.create',
    ]);
    expect(h.data!.auditLog.nodes[0]).toMatchObject({
      entityType: 'Organization',
      before: { gridId: g },
    });
    const movedTo = h.data!.auditLog.nodes[0].after.gridId;
    expect(movedTo).not.toBe(g);
    expect(env.ids.grids.flat()).toContain(movedTo);
    // Old spellings still find it; unknown types and actions are input errors, not empty pages.
    const lower = await env.api.exec(HISTORY, { id: String(o!.id), t: 'organization' });
    expect(lower.data!.auditLog.totalCount).toBe(2);
    const unknown = await env.api.exec(HISTORY, { id: '1', t: 'Organisation' });
    expect(unknown.errors![0]!.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_ENTITY_TYPE',
    });
    const badAction = await env.api.exec(
      `{ auditLog(filter: { action: "grid.move" }) { totalCount } }`,
    );
    expect(badAction.errors![0]!.extensions!.reason).toBe('UNKNOWN_ACTION');
  });

  it('writes only known entity types, each action on its own type', async () => {
    const [{ n } = { n: 0 }] = await rows<{ n: number }>(
      env.database.db,
      sql`SELECT count(*) AS n FROM audit_log WHERE entity_type NOT IN ${sql.raw(
        `(${AUDIT_ENTITY_TYPES.map((t) => `'${t}'`).join(', ')})`,
      )}`,
    );
    expect(Number(n)).toBe(0);
    const pairs = await rows<{ action: string; entity_type: string }>(
      env.database.db,
      sql`SELECT DISTINCT action, entity_type FROM audit_log`,
    );
    expect(pairs.length).toBeGreaterThan(3);
    for (const p of pairs) {
      expect(AUDIT_ACTIONS[p.action as keyof typeof AUDIT_ACTIONS], p.action).toBe(p.entity_type);
    }
    // A pair the types would refuse, forced through a cast, is refused at run time too.
    await expect(
      audit(env.database.db, {
        actor: 'test',
        action: 'grid.create',
        // @ts-expect-error grid.create is recorded on a Grid: the types refuse this pair
        entityType: 'Organization',
        entityId: 1,
      }),
    ).rejects.toThrow(/recorded on Grid/);
  });

  it('writes a large batch (a ledger import) through the same writer', async () => {
    const before = await auditCount(env.database);
    await audit(
      env.database.db,
      Array.from({ length: 450 }, (_, i) => ({
        actor: 'batch',
        action: 'organization.import.update' as const,
        entityType: 'Organization' as const,
        entityId: 100000 + i,
        after: { i },
      })),
    );
    expect(await auditCount(env.database)).toBe(before + 450);
    const [r] = await rows<{ after: unknown }>(
      env.database.db,
      sql`SELECT after FROM audit_log WHERE actor = 'batch' AND entity_id = '100449'`,
    );
    const after = typeof r!.after === 'string' ? JSON.parse(r!.after) : r!.after;
    expect(after).toEqual({ i: 449 });
    await rows(env.database.db, sql`DELETE FROM audit_log WHERE actor = 'batch'`);
  });

  it('migration 0007 unifies the spellings rows were written with before', async () => {
    await rows(
      env.database.db,
      sql`INSERT INTO audit_log (actor, action, entity_type, entity_id) VALUES
        ('legacy', 'organization.grid.reassign', 'organization', '7'),
        ('legacy', 'grid.boundary.update', 'grid', '7'),
        ('legacy', 'building.grid.reassign', 'building', '7'),
        ('legacy', 'user.create', 'user', '7'),
        ('legacy', 'profile.update', 'policy_profile', '7'),
        ('legacy', 'organization.import.create', 'Organization', '7')`,
    );
    const file = readFileSync(
      fileURLToPath(new URL('../../migrations/0007_audit_entity_types.sql', import.meta.url)),
      'utf8',
    );
    await rows(env.database.db, sql.raw(file));
    const result = await rows<{ action: string; entity_type: string }>(
      env.database.db,
      sql`SELECT action, entity_type FROM audit_log WHERE actor = 'legacy' ORDER BY id`,
    );
    expect(result.map((r) => r.entity_type)).toEqual([
      'Organization',
      'Grid',
      'Building',
      'User',
      'PolicyProfile',
      'Organization',
    ]);
    const h = await env.api.exec(
      `{ auditLog(filter: { entityType: "Organization", entityId: "7", actor: "legacy" }) { totalCount } }`,
    );
    expect(h.data!.auditLog.totalCount).toBe(2);
    await rows(env.database.db, sql`DELETE FROM audit_log WHERE actor = 'legacy'`);
  });
});
