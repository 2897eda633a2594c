import { eq, sql, type SQL } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import * as t from '../../server/src/db/schema.ts';
import { makeUscc } from '../../server/src/ledger/uscc.ts';
import { codes } from '../helpers/graphql.ts';
import { useSmallDemoApi } from '../helpers/small-demo-api.ts';

// Grouped search (issue 15, item 4) on the small demo: 3 subdistricts (胜利街道, 光明街道,
// 仁和镇) x 2 grids (胜利第1网格 ...) x 2 buildings (…大厦) x 5 organizations, a center per
// subdistrict. The demo has no credit codes or addresses; the test gives one organization a
// valid code and one building and organization an address.
const env = useSmallDemoApi();

const SEARCH = `query ($text: String!, $first: Int) { search(text: $text, first: $first) {
  text
  organizations { ...g } grids { ...g } subdistricts { ...g } buildings { ...g } centers { ...g }
} }
fragment g on SearchGroup { totalCount hits { id name matched detail address lon lat } }`;

interface Hit {
  id: string;
  name: string;
  matched: 'NAME' | 'CODE' | 'ADDRESS';
  detail: string | null;
  address: string | null;
  lon: number | null;
  lat: number | null;
}
interface Group {
  totalCount: number;
  hits: Hit[];
}
type Results = Record<
  'organizations' | 'grids' | 'subdistricts' | 'buildings' | 'centers',
  Group
> & {
  text: string;
};

async function search(text: string, first?: number): Promise<Results> {
  const r = await env.api.exec(SEARCH, { text, first });
  expect(r.errors).toBeUndefined();
  return r.data!.search as Results;
}

const USCC = makeUscc('91', '110113', 20_261_204);
const ADDRESS = '北京市顺义区胜利街道府前东街8号';
let codedOrg: { id: number; name: string };
let addressedBuilding: { id: number; name: string };
let addressedOrg: { id: number; name: string };

beforeAll(async () => {
  const { db } = env.database;
  const orgs = await db.select().from(t.organizations).orderBy(t.organizations.id);
  codedOrg = { id: orgs[0]!.id, name: `北京Acme${orgs[0]!.name.slice(2)}` };
  addressedOrg = orgs[1]!;
  await db
    .update(t.organizations)
    .set({ uscc: USCC, name: codedOrg.name })
    .where(eq(t.organizations.id, codedOrg.id));
  await db
    .update(t.organizations)
    .set({ address: `${ADDRESS}1201室` })
    .where(eq(t.organizations.id, addressedOrg.id));
  const buildings = await db.select().from(t.buildings).orderBy(t.buildings.id);
  addressedBuilding = buildings.at(-1)!;
  await db
    .update(t.buildings)
    .set({ address: ADDRESS })
    .where(eq(t.buildings.id, addressedBuilding.id));
});

describe('search', () => {
  it('finds a subdistrict, its grids, center, buildings and organizations by a name', async () => {
    const r = await search('胜利', 10);
    expect(r.text).toBe('胜利');
    expect(r.subdistricts.totalCount).toBe(1);
    expect(r.subdistricts.hits[0]).toMatchObject({ name: '胜利街道', matched: 'NAME' });
    expect(r.subdistricts.hits[0]!.detail).toBe('顺义区');
    expect(r.grids.hits.map((h) => h.name)).toEqual(['胜利第1网格', '胜利第2网格']);
    expect(r.grids.hits.every((h) => h.detail === '胜利街道' && h.id.startsWith('Grid:'))).toBe(
      true,
    );
    expect(r.centers.hits.map((h) => h.name)).toEqual(['胜利街道党群服务中心']);
    expect(r.buildings.hits.map((h) => h.name)).toContain('胜利大厦');
    // Names with 胜利 in them (one in 12 of the 60), and the organization whose address has it.
    const [{ n } = { n: -1 }] = await countWhere(
      sql`strpos(name, '胜利') > 0 OR strpos(address, '胜利') > 0`,
    );
    expect(r.organizations.totalCount).toBe(n);
    expect(r.organizations.hits.map((h) => h.id)).toContain(`Organization:${addressedOrg.id}`);
    // Names before addresses.
    expect(r.organizations.hits.map((h) => h.matched)).toEqual([
      ...Array<string>(n - 1).fill('NAME'),
      'ADDRESS',
    ]);
    for (const h of [...r.organizations.hits, ...r.buildings.hits, ...r.centers.hits]) {
      expect(Number.isFinite(h.lon) && Number.isFinite(h.lat)).toBe(true);
    }
    for (const h of [...r.grids.hits, ...r.subdistricts.hits]) expect(h.lon).toBeNull();
  });

  it('finds an organization by part of its credit code (4 characters or more, any case)', async () => {
    const part = USCC.slice(8, 14).toLowerCase();
    const r = await search(` ${part} `);
    expect(r.text).toBe(part);
    expect(r.organizations.totalCount).toBe(1);
    expect(r.organizations.hits[0]).toMatchObject({
      id: `Organization:${codedOrg.id}`,
      name: codedOrg.name,
      matched: 'CODE',
      detail: USCC,
    });
    // The whole code ranks first; three characters are not a partial code.
    const whole = await search(USCC);
    expect(whole.organizations.hits[0]).toMatchObject({ matched: 'CODE', detail: USCC });
    const three = await search(USCC.slice(9, 12));
    expect(three.organizations.hits.filter((h) => h.matched === 'CODE')).toEqual([]);
  });

  it('ignores case in names', async () => {
    for (const text of ['acme', 'ACME', 'Acme空港']) {
      const r = await search(text);
      expect(
        r.organizations.hits.map((h) => [h.id, h.matched]),
        text,
      ).toEqual([[`Organization:${codedOrg.id}`, 'NAME']]);
    }
  });

  it('finds a grid (community) by its name or code, and a subdistrict by its code', async () => {
    const byName = await search('光明第2网格');
    expect(byName.grids.totalCount).toBe(1);
    expect(byName.grids.hits[0]).toMatchObject({ name: '光明第2网格', matched: 'NAME' });
    const [grid] = await env.database.db
      .select()
      .from(t.grids)
      .where(eq(t.grids.name, '仁和第1网格'));
    const byCode = await search(grid!.code);
    expect(byCode.grids.hits[0]).toMatchObject({
      id: `Grid:${grid!.id}`,
      name: '仁和第1网格',
      matched: 'CODE',
      detail: '仁和镇',
    });
    const sub = await search('110113104');
    expect(sub.subdistricts.hits[0]).toMatchObject({ name: '仁和镇', matched: 'CODE' });
    // Its grids' codes start with it: they follow in their own group.
    expect(sub.grids.totalCount).toBe(2);
  });

  it('finds buildings and organizations by address, and buildings by name', async () => {
    const r = await search('府前东街');
    expect(r.buildings.hits).toEqual([
      expect.objectContaining({
        id: `Building:${addressedBuilding.id}`,
        name: addressedBuilding.name,
        matched: 'ADDRESS',
        address: ADDRESS,
      }),
    ]);
    expect(r.organizations.hits).toEqual([
      expect.objectContaining({
        id: `Organization:${addressedOrg.id}`,
        matched: 'ADDRESS',
        address: `${ADDRESS}1201室`,
      }),
    ]);
    expect(r.grids.totalCount + r.subdistricts.totalCount + r.centers.totalCount).toBe(0);
    const named = await search('大厦', 3);
    expect(named.buildings.totalCount).toBe(12);
    expect(named.buildings.hits).toHaveLength(3);
    expect(named.buildings.hits.every((h) => h.matched === 'NAME' && h.detail)).toBe(true);
  });

  it('bounds every group by `first` and counts all matches', async () => {
    const r = await search('北京', 4);
    expect(r.organizations.totalCount).toBe(60);
    expect(r.organizations.hits).toHaveLength(4);
    const none = await search('不存在的名字');
    for (const g of ['organizations', 'grids', 'subdistricts', 'buildings', 'centers'] as const) {
      expect(none[g]).toEqual({ totalCount: 0, hits: [] });
    }
  });

  it('hands out ids the rest of the API opens', async () => {
    const r = await search('胜利');
    const ids = [r.organizations, r.grids, r.subdistricts, r.buildings, r.centers].map(
      (g) => g.hits[0]!.id,
    );
    for (const id of ids) {
      const one = await env.api.exec(`query ($id: ID!) { node(id: $id) { id } }`, { id });
      expect(one.errors).toBeUndefined();
      expect(one.data!.node).toEqual({ id });
    }
  });

  it('refuses a text too short or too long and a `first` out of range, naming the argument', async () => {
    const cases: [string, number | undefined, string, string][] = [
      ['a', undefined, 'text', 'TOO_SHORT'],
      ['   x   ', undefined, 'text', 'TOO_SHORT'],
      ['', undefined, 'text', 'TOO_SHORT'],
      ['胜'.repeat(101), undefined, 'text', 'TOO_LONG'],
      [' '.repeat(5000), undefined, 'text', 'TOO_LONG'],
      ['胜利', 0, 'first', 'OUT_OF_RANGE'],
      ['胜利', 21, 'first', 'OUT_OF_RANGE'],
    ];
    for (const [text, first, field, reason] of cases) {
      const r = await env.api.exec(SEARCH, { text, first });
      expect(codes(r), `${text.slice(0, 10)} / ${first}`).toEqual(['BAD_USER_INPUT']);
      expect(r.errors![0]!.extensions).toMatchObject({ field, reason });
      expect(r.data).toBeNull();
    }
  });

  it('looks only in a scope when given one, and everywhere in the district', async () => {
    const SCOPED = SEARCH.replace(
      'query ($text: String!, $first: Int) { search(text: $text, first: $first)',
      'query ($text: String!, $first: Int, $scope: ID) { search(text: $text, first: $first, scope: $scope)',
    );
    const scoped = async (text: string, scope: string | null) => {
      const r = await env.api.exec(SCOPED, { text, first: 20, scope });
      expect(r.errors).toBeUndefined();
      return r.data!.search as Results;
    };
    const [sub] = env.ids.subs;
    const grid = env.ids.grids[0]![0]!;
    const everywhere = await scoped('北京', null);
    const district = await scoped('北京', `District:${env.ids.districtId}`);
    expect(district.organizations.totalCount).toBe(everywhere.organizations.totalCount);
    const inSub = await scoped('北京', `Subdistrict:${sub}`);
    const subOrgs = (await countWhere(sql`name LIKE '%北京%' AND subdistrict_id = ${sub!}`))[0]!.n;
    expect(inSub.organizations.totalCount).toBe(subOrgs);
    expect(inSub.organizations.totalCount).toBeLessThan(everywhere.organizations.totalCount);
    const inGrid = await scoped('北京', `Grid:${grid}`);
    const gridOrgs = (await countWhere(sql`name LIKE '%北京%' AND grid_id = ${grid}`))[0]!.n;
    expect(inGrid.organizations.totalCount).toBe(gridOrgs);
    expect(gridOrgs).toBeGreaterThan(0);
    // Grids, buildings and centers by their place: 大厦 are the buildings, 中心 the centers.
    const b = await scoped('大厦', `Subdistrict:${sub}`);
    expect(b.buildings.totalCount).toBe(4);
    const c = await scoped('中心', `Subdistrict:${sub}`);
    expect(c.centers.totalCount).toBe(1);
    expect((await scoped('中心', null)).centers.totalCount).toBe(3);
    const g = await scoped('网格', `Subdistrict:${sub}`);
    expect(g.grids.totalCount).toBe(2);
    expect(g.subdistricts.totalCount).toBe(0);
    expect((await scoped('网格', `Grid:${grid}`)).grids.totalCount).toBe(1);
    // A scope must be a node of the hierarchy.
    const bad = await env.api.exec(SCOPED, { text: '北京', scope: 'Organization:1' });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0]!.extensions).toMatchObject({ field: 'scope' });
  });

  it('answers signed-in users only, as every query', async () => {
    const r = await env.api.exec(SEARCH, { text: '胜利' }, null);
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    const planner = await env.api.exec(SEARCH, { text: '胜利' }, env.users.planner);
    expect(planner.errors).toBeUndefined();
  });
});

async function countWhere(cond: SQL) {
  const res = (await env.database.db.execute(
    sql`SELECT count(*)::int AS n FROM organizations WHERE ${cond}`,
  )) as unknown as { n: number }[] | { rows: { n: number }[] };
  return Array.isArray(res) ? res : res.rows;
}
