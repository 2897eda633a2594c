import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../server/src/auth/guards.ts';
import type { Database } from '../../server/src/db/client.ts';
import { ensureSeedProfiles } from '../../server/src/policy/index.ts';
import { loadSmallDemo } from '../helpers/small-demo.ts';
import { testDatabase } from '../helpers/db.ts';
import { createTestApi } from '../helpers/graphql.ts';
import {
  demoIds,
  gridRow,
  rectPolygon,
  usersFor,
  W,
  X0,
  Y0,
  type Ids,
} from './editing-fixtures.ts';

/**
 * Issue 7: a role x operation x in-scope / out-of-scope matrix over every mutation. Out of scope
 * (or a read-only role): FORBIDDEN and nothing written. In scope: the guard lets it through (the
 * operation may still fail for its own reasons: a conflict, an overlap).
 */
let database: Database;
let api: Awaited<ReturnType<typeof createTestApi>>;
let ids: Ids;
let users: ReturnType<typeof usersFor>;

beforeAll(async () => {
  database = await testDatabase();
  await loadSmallDemo(database);
  await ensureSeedProfiles(database);
  api = await createTestApi(database);
  ids = await demoIds(database);
  users = usersFor(ids);
});
afterAll(async () => {
  await api.stop();
  await database.close();
});

/** One ledger row placing an organization in building 1 of the target grid (small demo codes). */
const LEDGER_CSV = [
  '名称,统一社会信用代码,类型,行业,从业人员数,党员数,营业收入(万元),地址,经度,纬度,所在楼宇,所在网格',
  '北京矩阵测试科技有限公司,91110113123456788M,非公有制企业,信息技术,120,5,8000,顺义区府前街1号,,,B1101130010011,',
].join('\n');

interface Op {
  /** Builds the request against the target grid (subdistrict 1, grid 1) as it is now. */
  request(): Promise<{ query: string; variables: Record<string, unknown> }>;
  /** Roles whose scope includes the target, besides district and subdistrict administrators. */
  managerInScope: boolean;
  /** Only district administrators may call it at all. */
  adminOnly?: boolean;
  /**
   * Per-row scope checks (ledger import): an out-of-scope caller gets a report rejecting the
   * rows as OUT_OF_SCOPE and nothing applied, instead of FORBIDDEN for the whole call.
   */
  rowScoped?: boolean;
}

const g00 = () => ids.grids[0]![0]!;
const g01 = () => ids.grids[0]![1]!;
const version = async (id: number) => (await gridRow(database, id))!.version;
const profileDocument = async () => {
  const r = await api.exec(`{ policyProfiles { key version document } }`);
  return r.data!.policyProfiles[0];
};

const OPS: Record<string, Op> = {
  importLedger: {
    managerInScope: true,
    rowScoped: true,
    request: async () => ({
      query: `mutation($f: LedgerFileInput!) { importLedger(file: $f) { applied rejectedRows errors { reason } } }`,
      variables: {
        f: { name: 'matrix.csv', contentBase64: Buffer.from(LEDGER_CSV).toString('base64') },
      },
    }),
  },
  takeCoverageSnapshot: {
    managerInScope: false,
    adminOnly: true,
    request: async () => ({
      query: `mutation($d: Date!) { takeCoverageSnapshot(takenOn: $d, label: "matrix") { id } }`,
      variables: {
        d: `20${10 + Math.floor(Math.random() * 80)}-0${1 + Math.floor(Math.random() * 9)}-1${Math.floor(Math.random() * 9)}`,
      },
    }),
  },
  updateGridBoundary: {
    managerInScope: true,
    request: async () => ({
      query: `mutation($id: ID!, $b: GeoJSON!, $v: Int!) { updateGridBoundary(gridId: $id, boundary: $b, expectedVersion: $v) { grids { id } } }`,
      variables: {
        id: `Grid:${g00()}`,
        b: rectPolygon(X0, Y0, X0 + W, Y0 + W / 2),
        v: await version(g00()),
      },
    }),
  },
  createGrid: {
    managerInScope: true,
    request: async () => ({
      query: `mutation($s: ID!, $p: ID!, $b: GeoJSON!) { createGrid(input: { subdistrictId: $s, parentGridId: $p, name: "子网格", boundary: $b }) { grids { id } } }`,
      variables: {
        s: `Subdistrict:${ids.subs[0]}`,
        p: `Grid:${g00()}`,
        b: rectPolygon(X0 + 0.001, Y0 + 0.001, X0 + 0.003, Y0 + 0.003),
      },
    }),
  },
  splitGrid: {
    managerInScope: true,
    request: async () => ({
      query: `mutation($id: ID!, $l: GeoJSON!, $v: Int!) { splitGrid(gridId: $id, line: $l, expectedVersion: $v) { grids { id } } }`,
      // A line that does not cross: authorized callers get LINE_DOES_NOT_SPLIT, nothing else.
      variables: {
        id: `Grid:${g00()}`,
        l: {
          type: 'LineString',
          coordinates: [
            [X0 + 0.01, Y0 + 0.001],
            [X0 + 0.01, Y0 + 0.002],
          ],
        },
        v: await version(g00()),
      },
    }),
  },
  mergeGrids: {
    managerInScope: false, // the manager of grid 1 does not manage grid 2
    request: async () => ({
      query: `mutation($a: ID!, $va: Int!, $b: ID!) { mergeGrids(gridId: $a, expectedVersion: $va, otherGridId: $b, otherExpectedVersion: 999) { grids { id } } }`,
      variables: { a: `Grid:${g00()}`, va: await version(g00()), b: `Grid:${g01()}` },
    }),
  },
  revertChange: {
    managerInScope: true,
    request: async () => {
      const [e] = await database.rows<{ id: number }>(
        sql`SELECT id FROM audit_log WHERE entity_type = 'grid' AND entity_id = ${String(g00())} AND action = 'grid.boundary.update' ORDER BY id LIMIT 1`,
      );
      return {
        query: `mutation($a: ID!) { revertChange(auditId: $a) { grids { id } } }`,
        variables: { a: `AuditEntry:${e!.id}` },
      };
    },
  },
  createUser: {
    managerInScope: false,
    adminOnly: true,
    request: async () => ({
      query: `mutation($g: ID!, $u: String!) { createUser(input: { username: $u, displayName: "x", role: GRID_MANAGER, password: "password-1", scopes: [{ kind: GRID, id: $g }] }) { id } }`,
      variables: { g: `Grid:${g00()}`, u: `u${Math.random().toString(36).slice(2, 10)}` },
    }),
  },
  createPolicyProfile: {
    managerInScope: false,
    adminOnly: true,
    request: async () => {
      const p = await profileDocument();
      const doc = typeof p.document === 'string' ? JSON.parse(p.document) : p.document;
      return {
        query: `mutation($d: JSON!) { createPolicyProfile(document: $d) { key } }`,
        variables: { d: { ...doc, key: `k${Math.random().toString(36).slice(2, 8)}` } },
      };
    },
  },
  updatePolicyProfile: {
    managerInScope: false,
    adminOnly: true,
    request: async () => {
      const p = await profileDocument();
      return {
        query: `mutation($k: String!, $v: Int!, $d: JSON!) { updatePolicyProfile(key: $k, version: $v, document: $d) { key } }`,
        variables: { k: p.key, v: p.version, d: p.document },
      };
    },
  },
};

/** Mutations every signed-in user may call on their own session. */
const SELF = new Set(['signIn', 'signOut', 'changePassword', '_empty']);

async function snapshot() {
  const [r] = await database.rows<Record<string, string>>(
    sql`SELECT (SELECT count(*) FROM audit_log) AS audit, (SELECT count(*) FROM grids) AS grids,
      (SELECT coalesce(sum(version), 0) FROM grids) AS versions, (SELECT count(*) FROM users) AS users,
      (SELECT count(*) FROM policy_profiles) AS profiles,
      (SELECT count(*) FROM coverage_snapshots) AS snapshots,
      (SELECT string_agg(id || ':' || coalesce(grid_id, 0), ',' ORDER BY id) FROM organizations) AS orgs`,
  );
  return r;
}

describe('role x operation x scope', () => {
  it('covers every mutation of the schema', async () => {
    const r = await api.exec(`{ __type(name: "Mutation") { fields { name } } }`);
    const all = r
      .data!.__type.fields.map((f: { name: string }) => f.name)
      .filter((n: string) => !SELF.has(n));
    expect(
      all.filter((n: string) => !OPS[n]),
      'mutations missing from the matrix',
    ).toEqual([]);
  });

  const cases: [string, () => SessionUser, 'in' | 'out'][] = [
    ['district admin, own district', () => users.districtAdmin, 'in'],
    ['district admin, other district', () => users.otherDistrictAdmin, 'out'],
    ['subdistrict admin, own subdistrict', () => users.subAdmin, 'in'],
    ['subdistrict admin, other subdistrict', () => users.otherSubAdmin, 'out'],
    ['grid manager, own grid', () => users.manager, 'in'],
    ['grid manager, other grid', () => users.otherManager, 'out'],
    ['planner', () => users.planner, 'out'],
    ['analyst', () => users.analyst, 'out'],
  ];

  for (const name of Object.keys(OPS)) {
    for (const [label, who, scope] of cases) {
      it(`${name}: ${label}`, async () => {
        const op = OPS[name]!;
        const user = who();
        let allowed = scope === 'in';
        if (user.role === 'grid_manager' && !op.managerInScope) allowed = false;
        if (op.adminOnly && user.role !== 'district_admin') allowed = false;
        // Profiles and snapshots are district-wide: any district administrator may write them.
        if (op.adminOnly && !name.endsWith('User') && user.role === 'district_admin') {
          allowed = true;
        }
        const { query, variables } = await op.request();
        const before = await snapshot();
        const r = await api.exec(query, variables, user);
        const code = r.errors?.[0]?.extensions?.code;
        if (allowed) {
          expect(code, JSON.stringify(r.errors)).not.toBe('FORBIDDEN');
        } else if (op.rowScoped && code === undefined) {
          const report = Object.values(r.data!)[0] as any;
          expect(report.applied).toBe(false);
          expect(report.errors.map((e: any) => e.reason)).toContain('OUT_OF_SCOPE');
          expect(await snapshot()).toEqual(before);
        } else {
          expect(code, JSON.stringify(r.errors ?? r.data)).toBe('FORBIDDEN');
          expect(await snapshot()).toEqual(before);
        }
      });
    }
  }

  it('anonymous callers get UNAUTHENTICATED for every mutation, nothing written', async () => {
    for (const name of Object.keys(OPS)) {
      const { query, variables } = await OPS[name]!.request();
      const before = await snapshot();
      const r = await api.exec(query, variables, null);
      expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(await snapshot()).toEqual(before);
    }
  });
});
