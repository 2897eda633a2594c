import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { rows } from '../../server/src/db/rows.ts';
import { codes } from '../helpers/graphql.ts';
import { useSmallDemoApi } from '../helpers/small-demo-api.ts';

/**
 * The semiannual check (issue 16, seed 000 art. 13): per grid, the organizations not confirmed
 * or corrected since the latest snapshot; "confirmed unchanged" is scoped, version-checked and
 * audited; a new snapshot starts the next round.
 */
const env = useSmallDemoApi({ evaluate: true });

const CHECK = `query($g: ID!, $first: Int) { node(id: $g) { ... on Grid {
  ledgerCheck { since { id takenOn } organizations checked pending(first: $first) { id name } } } } }`;
const CONFIRM = `mutation($id: ID!, $v: Int!) { confirmOrganization(id: $id, expectedVersion: $v) {
  organization { id version checkedAt checkedBy } check { organizations checked } } }`;
const UPDATE = `mutation($id: ID!, $v: Int!) {
  updateOrganization(id: $id, expectedVersion: $v, facts: { activists: 2 }) { version } }`;
const SNAPSHOT = `mutation($d: Date!) { takeCoverageSnapshot(takenOn: $d) { id } }`;

const grid = () => `Grid:${env.ids.grids[0]![0]}`;
/** The manager's grid's organizations, by id. */
const gridOrgs = () =>
  rows<{ id: number; version: number }>(
    env.database.db,
    sql`SELECT id, version FROM organizations WHERE grid_id = ${env.ids.grids[0]![0]} ORDER BY id`,
  );
const check = async (first?: number) => {
  const r = await env.api.exec(CHECK, { g: grid(), first }, env.users.manager);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.node.ledgerCheck;
};
const auditCount = async () =>
  Number(
    (await rows<{ n: number }>(env.database.db, sql`SELECT count(*) AS n FROM audit_log`))[0]!.n,
  );

describe('the semiannual check', () => {
  it('lists every organization until one is confirmed or corrected after the snapshot', async () => {
    const orgs = await gridOrgs();
    const none = await check();
    expect(none).toMatchObject({ since: null, organizations: orgs.length, checked: 0 });
    expect(none.pending).toHaveLength(orgs.length);
    // before any snapshot a confirmation counts; the snapshot starts the round over
    const [a, b, c] = orgs;
    const early = await env.api.exec(
      CONFIRM,
      { id: `Organization:${c!.id}`, v: Number(c!.version) },
      env.users.manager,
    );
    expect(early.data?.confirmOrganization.check).toEqual({
      organizations: orgs.length,
      checked: 1,
    });
    expect(codes(await env.api.exec(SNAPSHOT, { d: '2026-06-15' }))).toEqual([]);
    expect(await check()).toMatchObject({ checked: 0 });

    const r = await env.api.exec(
      CONFIRM,
      { id: `Organization:${a!.id}`, v: Number(a!.version) },
      env.users.manager,
    );
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    expect(r.data!.confirmOrganization).toMatchObject({
      organization: { version: Number(a!.version), checkedBy: env.users.manager.username },
      check: { organizations: orgs.length, checked: 1 },
    });
    const [log] = await rows<{ action: string; actor: string; before: any; after: any }>(
      env.database.db,
      sql`SELECT action, actor, before, after FROM audit_log ORDER BY id DESC LIMIT 1`,
    );
    expect(log).toMatchObject({
      action: 'organization.confirm',
      actor: env.users.manager.username,
      before: { checkedAt: null, version: Number(a!.version) },
      after: { checkedBy: env.users.manager.username, version: Number(a!.version) },
    });

    // a correction counts as checked too
    expect(
      codes(
        await env.api.exec(
          UPDATE,
          { id: `Organization:${b!.id}`, v: Number(b!.version) },
          env.users.manager,
        ),
      ),
    ).toEqual([]);
    const after = await check();
    expect(after).toMatchObject({ since: { takenOn: '2026-06-15' }, checked: 2 });
    const pendingIds = after.pending.map((o: { id: string }) => o.id);
    expect(pendingIds).not.toContain(`Organization:${a!.id}`);
    expect(pendingIds).not.toContain(`Organization:${b!.id}`);
    expect(pendingIds).toHaveLength(orgs.length - 2);
    expect((await check(1)).pending).toHaveLength(1);
  });

  it('refuses a stale version, another grid and a bad page size, writing nothing', async () => {
    const [, , c] = await gridOrgs();
    const before = await auditCount();
    const stale = await env.api.exec(
      CONFIRM,
      { id: `Organization:${c!.id}`, v: Number(c!.version) + 5 },
      env.users.manager,
    );
    expect(codes(stale)).toEqual(['CONFLICT']);
    const other = await env.api.exec(
      CONFIRM,
      { id: `Organization:${c!.id}`, v: Number(c!.version) },
      env.users.otherManager,
    );
    expect(codes(other)).toEqual(['FORBIDDEN']);
    const planner = await env.api.exec(
      CONFIRM,
      { id: `Organization:${c!.id}`, v: Number(c!.version) },
      env.users.planner,
    );
    expect(codes(planner)).toEqual(['FORBIDDEN']);
    const big = await env.api.exec(CHECK, { g: grid(), first: 501 }, env.users.manager);
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(await auditCount()).toBe(before);
    expect((await check()).checked).toBe(2);
  });

  it('leaves deregistered organizations out, and starts over at the next snapshot', async () => {
    const orgs = await gridOrgs();
    const last = orgs.at(-1)!;
    const gone = await env.api.exec(
      `mutation($id: ID!, $v: Int!) { setOrganizationStatus(id: $id, expectedVersion: $v, status: DEREGISTERED) { version } }`,
      { id: `Organization:${last.id}`, v: Number(last.version) },
      env.users.manager,
    );
    expect(codes(gone)).toEqual([]);
    expect(await check()).toMatchObject({ organizations: orgs.length - 1, checked: 2 });
    expect(codes(await env.api.exec(SNAPSHOT, { d: '2026-11-15' }))).toEqual([]);
    expect(await check()).toMatchObject({
      since: { takenOn: '2026-11-15' },
      organizations: orgs.length - 1,
      checked: 0,
    });
  });
});
