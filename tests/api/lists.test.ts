import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/src/app.ts';
import { createDemoUsers } from '../../server/src/auth/demo-users.ts';
import { codes } from '../helpers/graphql.ts';
import { signInHttp, withListeningApp } from '../helpers/http-client.ts';
import { useSmallDemoApi } from '../helpers/small-demo-api.ts';

// The planner's lists (issue 15) on the small demo: 3 subdistricts x 2 grids x 2 buildings x 5
// organizations; one zombie, one joint branch of 3, one workstation, three 400 m centers.
const DISTRICT_BBOX = { minLon: 116.55, minLat: 40.05, maxLon: 116.7, maxLat: 40.15 };
const env = useSmallDemoApi({ evaluate: true });

const LIST = `query ($input: PlannerListInput!, $first: Int, $after: String) {
  plannerList(input: $input, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    rows { id name lon lat subdistrictName gridName industry employees status
      branchId branchName branchUnits branchRoom distanceM sameIndustry otherBranches
      workstationName organizations blankSpots }
  }
}`;
const COUNTS = `query ($input: PlannerListInput!) { plannerListCounts(input: $input) {
  blankSpots gaps joinCandidates workstations outsideCenters } }`;

async function all(input: Record<string, unknown>, first = 1000) {
  const r = await env.api.exec(LIST, { input, first });
  expect(r.errors).toBeUndefined();
  return r.data!.plannerList as { totalCount: number; rows: any[] };
}

describe('planner lists', () => {
  const scope = 'District:1';

  it('lists the blank spots and gaps the policy lists, with the same counts', async () => {
    for (const [list, kind] of [
      ['BLANK_SPOTS', 'BLANK_SPOT'],
      ['GAPS', 'GAP'],
    ] as const) {
      const mine = await all({ list, scope });
      const policy = await env.api.exec(
        `query ($s: ID, $k: CoverageListKind) { blankSpots(scope: $s, kind: $k, first: 1000) {
          totalCount nodes { id } } }`,
        { s: scope, k: kind },
      );
      expect(policy.errors).toBeUndefined();
      const theirs = policy.data!.blankSpots;
      expect(mine.totalCount).toBe(theirs.totalCount);
      expect(mine.rows.map((r) => r.id).sort()).toEqual(
        theirs.nodes.map((n: { id: string }) => n.id).sort(),
      );
      expect(mine.totalCount).toBeGreaterThan(0);
    }
    const blank = await all({ list: 'BLANK_SPOTS', scope });
    for (const r of blank.rows) {
      expect(r.status).toBe('BLANK_SPOT');
      expect(r.gridName).toBeTruthy();
      expect(Number.isFinite(r.lon)).toBe(true);
    }
  });

  it('counts what lies outside every circle as the map does', async () => {
    for (const walk of [null, 5, 15]) {
      const reach = walk ? { walkMinutes: walk } : null;
      const mine = await all({ list: 'OUTSIDE_CENTERS', scope, reach });
      const map = await env.api.exec(
        `query ($v: Viewport!, $reach: ReachInput) { mapOrganizations(viewport: $v,
          layer: OUTSIDE_CENTERS, reach: $reach) { total points { id } } }`,
        { v: { bbox: DISTRICT_BBOX, zoom: 15 }, reach },
      );
      expect(map.errors).toBeUndefined();
      expect(mine.rows.map((r) => r.id).sort()).toEqual(
        map.data!.mapOrganizations.points.map((p: { id: string }) => p.id).sort(),
      );
    }
    const own = await all({ list: 'OUTSIDE_CENTERS', scope });
    const far = await all({ list: 'OUTSIDE_CENTERS', scope, reach: { walkMinutes: 15 } });
    expect(far.totalCount).toBeLessThanOrEqual(own.totalCount);
  });

  it('suggests for the whole scope the joint branch each card suggests first', async () => {
    const list = await all({ list: 'JOIN_CANDIDATES', scope, withinMeters: 2000 });
    expect(list.totalCount).toBeGreaterThan(0);
    const listed = new Map(list.rows.map((r) => [r.id, r]));
    // Every active organization without a party organization: the card and the list agree.
    const orgs = await env.api.exec(
      `query { organizations(first: 1000, filter: { statuses: [OPERATING, SUSPENDED],
        hasPartyOrganization: false }) { nodes { id } } }`,
    );
    expect(orgs.errors).toBeUndefined();
    let agreed = 0;
    for (const { id } of orgs.data!.organizations.nodes as { id: string }[]) {
      const card = await env.api.exec(
        `query ($id: ID!) { mapJoinCandidates(organizationId: $id, withinMeters: 2000) {
          id unitCount room distanceM sameIndustry } }`,
        { id },
      );
      const first = card.data!.mapJoinCandidates[0];
      const row = listed.get(id);
      if (!first) {
        expect(row).toBeUndefined();
        continue;
      }
      expect(row).toBeDefined();
      expect(row.branchId).toBe(first.id);
      expect(row.distanceM).toBe(first.distanceM);
      expect(row.branchRoom).toBe(first.room);
      expect(row.sameIndustry).toBe(first.sameIndustry);
      expect(row.otherBranches).toBe(card.data!.mapJoinCandidates.length - 1);
      agreed++;
    }
    expect(agreed).toBe(list.totalCount);
  });

  it('lists workstations with their organizations and blank spots', async () => {
    const list = await all({ list: 'WORKSTATIONS', scope });
    expect(list.totalCount).toBe(1);
    const [w] = list.rows;
    expect(w.id).toMatch(/^Building:\d+$/);
    expect(w.workstationName).toBeTruthy();
    expect(w.organizations).toBeGreaterThan(0);
    expect(w.blankSpots).toBeLessThanOrEqual(w.organizations);
  });

  it('gives every list a count that equals its rows, per scope', async () => {
    for (const s of [scope, 'Subdistrict:1', 'Grid:1']) {
      const r = await env.api.exec(COUNTS, { input: { list: 'BLANK_SPOTS', scope: s } });
      expect(r.errors).toBeUndefined();
      const c = r.data!.plannerListCounts;
      expect(c.blankSpots).toBe((await all({ list: 'BLANK_SPOTS', scope: s })).rows.length);
      expect(c.gaps).toBe((await all({ list: 'GAPS', scope: s })).rows.length);
      expect(c.joinCandidates).toBe((await all({ list: 'JOIN_CANDIDATES', scope: s })).rows.length);
      expect(c.workstations).toBe((await all({ list: 'WORKSTATIONS', scope: s })).rows.length);
      expect(c.outsideCenters).toBe((await all({ list: 'OUTSIDE_CENTERS', scope: s })).rows.length);
    }
  });

  it('pages and sorts; refuses unknown sorts and oversized pages', async () => {
    const input = { list: 'BLANK_SPOTS', scope, sort: 'NAME', descending: true };
    const whole = await all(input);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const r: { data?: any } = await env.api.exec(LIST, { input, first: 3, after });
      const page: any = r.data!.plannerList;
      seen.push(...page.rows.map((x: { id: string }) => x.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(whole.rows.map((r) => r.id));
    const names = whole.rows.map((r) => r.name as string);
    expect([...names].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0))).toEqual(names);
    const byEmployees = (await all({ list: 'BLANK_SPOTS', scope, sort: 'EMPLOYEES' })).rows;
    for (let i = 1; i < byEmployees.length; i++) {
      expect(byEmployees[i].employees).toBeGreaterThanOrEqual(byEmployees[i - 1].employees);
    }
    const bad = await env.api.exec(LIST, {
      input: { list: 'BLANK_SPOTS', scope, sort: 'DISTANCE' },
    });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0]!.extensions!.reason).toBe('UNSUPPORTED_SORT');
    const big = await env.api.exec(LIST, { input: { list: 'GAPS', scope }, first: 100_000 });
    expect(codes(big)).toEqual(['BAD_USER_INPUT']);
    const building = await env.api.exec(LIST, { input: { list: 'GAPS', scope: 'Building:1' } });
    expect(codes(building)).toEqual(['BAD_USER_INPUT']);
    const far = await env.api.exec(LIST, {
      input: { list: 'JOIN_CANDIDATES', scope, withinMeters: 50_000 },
    });
    expect(codes(far)).toEqual(['BAD_USER_INPUT']);
  });

  it('exports a list as .xlsx and .csv with the rows of the API', async () => {
    await createDemoUsers(env.database, 'lists-password-1');
    const { app } = await createApp(env.database);
    await withListeningApp(app, async (base) => {
      const anon = await fetch(`${base}/lists/export.xlsx?list=BLANK_SPOTS&scope=${scope}`);
      expect(anon.status).toBe(401);
      const token = await signInHttp(`${base}/graphql`, 'planner', 'lists-password-1');
      const auth = { authorization: `Bearer ${token}` };
      const expected = await all({ list: 'JOIN_CANDIDATES', scope, sort: 'NAME' });
      const res = await fetch(
        `${base}/lists/export.xlsx?list=JOIN_CANDIDATES&scope=${scope}&sort=NAME&lang=en`,
        { headers: auth },
      );
      expect(res.status).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await res.arrayBuffer());
      const ws = book.worksheets[0]!;
      expect(ws.getRow(1).getCell(1).value).toBe('Name');
      const names: string[] = [];
      ws.eachRow((row, n) => n > 1 && names.push(String(row.getCell(1).value)));
      expect(names).toEqual(expected.rows.map((r) => r.name));
      const csv = await fetch(`${base}/lists/export.csv?list=WORKSTATIONS&scope=${scope}`, {
        headers: auth,
      });
      const text = await csv.text();
      expect(text.split('\r\n').filter(Boolean)).toHaveLength(2);
      expect(text).toContain('楼宇');
      const bad = await fetch(`${base}/lists/export.xlsx?list=NOPE&scope=${scope}`, {
        headers: auth,
      });
      expect(bad.status).toBe(400);
    });
  });
});
