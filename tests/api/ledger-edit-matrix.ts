import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Database } from '../../server/src/db/client.ts';
import { rows } from '../../server/src/db/rows.ts';
import { makeUscc } from '../../server/src/ledger/uscc.ts';
import type { createTestApi } from '../helpers/graphql.ts';

/**
 * The role x operation x scope matrix's entries for the ledger edits of issue 16
 * (auth-matrix.test.ts): every target lies in the matrix's target grid, and each request sets
 * up what it needs (a fresh organization, a unit to remove) as the system user first.
 */
type Api = Awaited<ReturnType<typeof createTestApi>>;
type Data = Record<string, any>;
export interface MatrixEnv {
  database: () => Database;
  api: () => Api;
  grid: () => number;
}
export interface MatrixOp {
  request(): Promise<{ query: string; variables: Record<string, unknown> }>;
  verify(data: Data, before: unknown, variables: Record<string, unknown>): Promise<void>;
  managerInScope: boolean;
}

let n = 0;
/** The database id of a global id. */
export const num = (gid: string) => Number(gid.split(':')[1]);

/** What the matrices' entries share: the first row of a query, and a request that succeeded. */
export function matrixHelpers(env: MatrixEnv) {
  return {
    one: async <T>(q: ReturnType<typeof sql>) => (await rows<T>(env.database().db, q))[0]!,
    ok: (r: { errors?: readonly unknown[] }) =>
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined(),
  };
}

export function ledgerEditOps(env: MatrixEnv): Record<string, MatrixOp> {
  const { one, ok } = matrixHelpers(env);
  /** A fresh organization in the target grid, created by the system user. */
  const freshOrg = async (status = 'OPERATING') => {
    const r = await env
      .api()
      .exec(
        `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id version } } }`,
        {
          i: {
            facts: { name: `矩阵测试单位${++n}`, subKind: 'INDIVIDUAL_BUSINESS', employees: 3 },
            status,
            place: { gridId: `Grid:${env.grid()}` },
          },
        },
      );
    ok(r);
    const o = r.data!.createOrganization.organization;
    return { id: num(o.id), gid: o.id as string, version: o.version as number };
  };
  /** An organization of the small demo in the target grid (by its place in the grid). */
  const gridOrg = (k: number) =>
    one<{ id: number; version: number; employees: number; status: string; lon: number }>(
      sql`SELECT id, version, employees, status, ST_X(location) AS lon FROM organizations
          WHERE grid_id = ${env.grid()} ORDER BY id OFFSET ${k} LIMIT 1`,
    );
  const joint = () =>
    one<{ id: number; version: number }>(
      sql`SELECT id, version FROM party_organizations WHERE is_joint ORDER BY id LIMIT 1`,
    );
  const instructor = async () =>
    Number((await one<{ id: number }>(sql`SELECT id FROM instructors ORDER BY id LIMIT 1`)).id);
  const isMember = async (org: number) =>
    Number(
      (
        await one<{ n: number }>(
          sql`SELECT count(*) AS n FROM party_org_units WHERE organization_id = ${org} AND left_on IS NULL`,
        )
      ).n,
    );
  const assigned = async (org: number) =>
    Number(
      (
        await one<{ n: number }>(
          sql`SELECT count(*) AS n FROM instructor_assignments WHERE organization_id = ${org} AND ended_on IS NULL`,
        )
      ).n,
    );

  return {
    createOrganization: {
      managerInScope: true,
      request: async () => ({
        query: `mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { organization { id } } }`,
        variables: {
          i: {
            facts: {
              name: `矩阵新建${++n}`,
              uscc: makeUscc('92', '110113', 5000 + n),
              subKind: 'INDIVIDUAL_BUSINESS',
            },
            place: { gridId: `Grid:${env.grid()}` },
          },
        },
      }),
      verify: async (data, _b, v) => {
        const o = await one<{ grid_id: number }>(
          sql`SELECT grid_id FROM organizations WHERE uscc = ${(v.i as any).facts.uscc}`,
        );
        expect(Number(o.grid_id)).toBe(env.grid());
        expect(data.createOrganization.organization.id).toMatch(/^Organization:/);
      },
    },
    updateOrganization: {
      managerInScope: true,
      request: async () => {
        const o = await gridOrg(4);
        return {
          query: `mutation($id: ID!, $v: Int!, $e: Int!) { updateOrganization(id: $id, expectedVersion: $v, facts: { employees: $e }) { version } }`,
          variables: {
            id: `Organization:${o.id}`,
            v: Number(o.version),
            e: Number(o.employees) + 1,
          },
        };
      },
      verify: async (data, _b, v) => {
        const o = await gridOrg(4);
        expect([Number(o.employees), Number(o.version)]).toEqual([v.e, (v.v as number) + 1]);
        expect(data.updateOrganization.version).toBe((v.v as number) + 1);
      },
    },
    setOrganizationStatus: {
      managerInScope: true,
      request: async () => {
        const o = await gridOrg(3);
        return {
          query: `mutation($id: ID!, $v: Int!, $s: OrgStatus!) { setOrganizationStatus(id: $id, expectedVersion: $v, status: $s) { version } }`,
          variables: {
            id: `Organization:${o.id}`,
            v: Number(o.version),
            s: o.status === 'suspended' ? 'OPERATING' : 'SUSPENDED',
          },
        };
      },
      verify: async (_d, _b, v) => {
        expect((await gridOrg(3)).status).toBe(String(v.s).toLowerCase());
      },
    },
    confirmOrganization: {
      managerInScope: true,
      request: async () => {
        const o = await gridOrg(2);
        return {
          query: `mutation($id: ID!, $v: Int!) { confirmOrganization(id: $id, expectedVersion: $v) { organization { version checkedBy } } }`,
          variables: { id: `Organization:${o.id}`, v: Number(o.version) },
        };
      },
      verify: async (data, _b, v) => {
        const o = await gridOrg(2);
        const at = await one<{ fresh: boolean }>(
          sql`SELECT checked_at > now() - interval '1 minute' AS fresh FROM organizations WHERE id = ${o.id}`,
        );
        expect([Number(o.version), at.fresh]).toEqual([v.v, true]);
        expect(data.confirmOrganization.organization.checkedBy).toBeTruthy();
      },
    },
    moveOrganization: {
      managerInScope: true,
      request: async () => {
        const o = await gridOrg(2);
        const [x0, y0] = [116.6 + 0.001, 40.1 + 0.001];
        const lon = Math.abs(Number(o.lon) - x0) < 1e-9 ? x0 + 0.001 : x0;
        return {
          query: `mutation($id: ID!, $v: Int!, $p: OrganizationPlaceInput!) { moveOrganization(id: $id, expectedVersion: $v, place: $p) { version } }`,
          variables: { id: `Organization:${o.id}`, v: Number(o.version), p: { lon, lat: y0 } },
        };
      },
      verify: async (_d, _b, v) => {
        expect(Number((await gridOrg(2)).lon)).toBeCloseTo((v.p as any).lon, 9);
      },
    },
    deleteOrganization: {
      managerInScope: true,
      request: async () => {
        const o = await freshOrg('DEREGISTERED');
        return {
          query: `mutation($id: ID!, $v: Int!) { deleteOrganization(id: $id, expectedVersion: $v) { id } }`,
          variables: { id: o.gid, v: o.version },
        };
      },
      verify: async (_d, _b, v) => {
        const r = await one<{ n: number }>(
          sql`SELECT count(*) AS n FROM organizations WHERE id = ${num(v.id as string)}`,
        );
        expect(Number(r.n)).toBe(0);
      },
    },
    revertOrganizationChange: {
      managerInScope: false, // administrators only
      request: async () => {
        const o = await freshOrg();
        ok(
          await env
            .api()
            .exec(
              `mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, expectedVersion: $v, facts: { employees: 30 }) { version } }`,
              { id: o.gid, v: o.version },
            ),
        );
        const entry = await one<{ id: number }>(
          sql`SELECT id FROM audit_log WHERE entity_type = 'Organization' AND entity_id = ${String(o.id)}
              AND action = 'organization.update' ORDER BY id DESC LIMIT 1`,
        );
        return {
          query: `mutation($a: ID!, $v: Int!) { revertOrganizationChange(auditId: $a, expectedVersion: $v) { version } }`,
          variables: { a: `AuditEntry:${entry.id}`, v: o.version + 1, o: o.id },
        };
      },
      verify: async (_d, _b, v) => {
        const r = await one<{ employees: number }>(
          sql`SELECT employees FROM organizations WHERE id = ${v.o as number}`,
        );
        expect(Number(r.employees)).toBe(3);
      },
    },
    foundPartyOrganization: {
      managerInScope: true,
      request: async () => {
        const o = await freshOrg();
        return {
          query: `mutation($u: ID!) { foundPartyOrganization(input: { name: "矩阵支部", setup: STANDALONE, memberCount: 3, unitIds: [$u] }) { partyOrganization { id } } }`,
          variables: { u: o.gid },
        };
      },
      verify: async (_d, _b, v) => expect(await isMember(num(v.u as string))).toBe(1),
    },
    addPartyOrganizationUnits: {
      managerInScope: true,
      request: async () => {
        const [o, j] = [await freshOrg(), await joint()];
        return {
          query: `mutation($id: ID!, $v: Int!, $u: ID!) { addPartyOrganizationUnits(id: $id, expectedVersion: $v, unitIds: [$u]) { version } }`,
          variables: { id: `PartyOrganization:${j.id}`, v: Number(j.version), u: o.gid },
        };
      },
      verify: async (_d, _b, v) => expect(await isMember(num(v.u as string))).toBe(1),
    },
    removePartyOrganizationUnits: {
      managerInScope: true,
      request: async () => {
        const o = await freshOrg();
        const j = await joint();
        ok(
          await env
            .api()
            .exec(
              `mutation($id: ID!, $v: Int!, $u: ID!) { addPartyOrganizationUnits(id: $id, expectedVersion: $v, unitIds: [$u]) { version } }`,
              { id: `PartyOrganization:${j.id}`, v: Number(j.version), u: o.gid },
            ),
        );
        return {
          query: `mutation($id: ID!, $v: Int!, $u: ID!) { removePartyOrganizationUnits(id: $id, expectedVersion: $v, unitIds: [$u]) { version } }`,
          variables: { id: `PartyOrganization:${j.id}`, v: Number(j.version) + 1, u: o.gid },
        };
      },
      verify: async (_d, _b, v) => expect(await isMember(num(v.u as string))).toBe(0),
    },
    dissolvePartyOrganization: {
      managerInScope: true,
      request: async () => {
        const o = await freshOrg();
        const r = await env
          .api()
          .exec(
            `mutation($u: ID!) { foundPartyOrganization(input: { name: "待撤销支部", setup: STANDALONE, memberCount: 3, unitIds: [$u] }) { partyOrganization { id version } } }`,
            { u: o.gid },
          );
        ok(r);
        const p = r.data!.foundPartyOrganization.partyOrganization;
        return {
          query: `mutation($id: ID!, $v: Int!) { dissolvePartyOrganization(id: $id, expectedVersion: $v) { version } }`,
          variables: { id: p.id, v: p.version, u: o.gid },
        };
      },
      verify: async (_d, _b, v) => {
        const p = await one<{ d: string | null }>(
          sql`SELECT dissolved_on AS d FROM party_organizations WHERE id = ${num(v.id as string)}`,
        );
        expect(p.d).not.toBeNull();
        expect(await isMember(num(v.u as string))).toBe(0);
      },
    },
    assignInstructor: {
      managerInScope: true,
      request: async () => {
        const o = await freshOrg();
        return {
          query: `mutation($i: ID!, $o: ID!, $v: Int!) { assignInstructor(instructorId: $i, organizationId: $o, expectedVersion: $v) { version } }`,
          variables: { i: `Instructor:${await instructor()}`, o: o.gid, v: o.version },
        };
      },
      verify: async (_d, _b, v) => expect(await assigned(num(v.o as string))).toBe(1),
    },
    releaseInstructor: {
      managerInScope: true,
      request: async () => {
        const o = await freshOrg();
        const i = `Instructor:${await instructor()}`;
        ok(
          await env
            .api()
            .exec(
              `mutation($i: ID!, $o: ID!, $v: Int!) { assignInstructor(instructorId: $i, organizationId: $o, expectedVersion: $v) { version } }`,
              { i, o: o.gid, v: o.version },
            ),
        );
        return {
          query: `mutation($i: ID!, $o: ID!, $v: Int!) { releaseInstructor(instructorId: $i, organizationId: $o, expectedVersion: $v) { version } }`,
          variables: { i, o: o.gid, v: o.version + 1 },
        };
      },
      verify: async (_d, _b, v) => expect(await assigned(num(v.o as string))).toBe(0),
    },
    // The planner's accept of an instructor group (issue 18): assignInstructor for each of its
    // organizations in one transaction, so it is allowed exactly where assignInstructor is.
    acceptInstructorDeployment: {
      managerInScope: true,
      request: async () => {
        const orgs = [await freshOrg(), await freshOrg()];
        return {
          query: `mutation($g: [InstructorGroupInput!]!) { acceptInstructorDeployment(groups: $g) { assignments { version } } }`,
          variables: {
            g: [
              {
                instructorId: `Instructor:${await instructor()}`,
                organizations: orgs.map((o) => ({ id: o.gid, expectedVersion: o.version })),
              },
            ],
            orgs: orgs.map((o) => o.gid),
          },
        };
      },
      verify: async (d, _b, v) => {
        expect(d.acceptInstructorDeployment.assignments).toHaveLength(2);
        for (const o of v.orgs as string[]) expect(await assigned(num(o))).toBe(1);
      },
    },
    // A group that needs one more instructor (issue 18): the instructor is created in the group's
    // subdistrict, which only its writers may do (an instructor serves a whole subdistrict, so
    // not a grid manager), then assigned as above; one deployment entry groups the assignments.
    'acceptInstructorDeployment (new instructor)': {
      managerInScope: false,
      request: async () => {
        const a = await freshOrg();
        const name = `矩阵新指导员${++n}`;
        return {
          query: `mutation($g: [InstructorGroupInput!]!) { acceptInstructorDeployment(groups: $g) { assignments { version instructor { id name } } } }`,
          variables: {
            g: [
              {
                newInstructor: { name },
                organizations: [{ id: a.gid, expectedVersion: a.version }],
                expectedLoad: 0,
              },
            ],
            a: a.gid,
            name,
          },
        };
      },
      verify: async (d, _b, v) => {
        const [row] = d.acceptInstructorDeployment.assignments;
        expect(row.instructor.name).toBe(v.name);
        expect(await assigned(num(v.a as string))).toBe(1);
        const created = await one<{ n: number }>(
          sql`SELECT count(*) AS n FROM audit_log WHERE action = 'instructor.create'
              AND entity_id = ${String(num(row.instructor.id))}`,
        );
        expect(Number(created.n)).toBe(1);
      },
    },
  };
}
