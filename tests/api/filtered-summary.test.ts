import { describe, expect, it } from 'vitest';
import { useSmallDemoApi } from '../helpers/small-demo-api.ts';

// Issue 15, "filters that mean the same everywhere": the panel's summary and the choropleth
// under an OrganizationFilter count exactly the organizations the ledger's list keeps with the
// same filter, and without a filter they stay the roll-ups' figures.
const env = useSmallDemoApi({ evaluate: true });

interface Row {
  id: string;
  grid: { id: string };
  coverage: { coverage: string; excluded: boolean; blankSpot: boolean; gap: boolean };
}

async function listed(filter: Record<string, unknown>): Promise<Row[]> {
  const r = await env.api.exec(
    `query ($f: OrganizationFilter) { organizations(filter: $f, first: 100) {
      totalCount nodes { id grid { id } coverage { coverage excluded blankSpot gap } } } }`,
    { f: filter },
  );
  expect(r.errors).toBeUndefined();
  const c = r.data!.organizations;
  expect(c.nodes.length).toBe(c.totalCount);
  return c.nodes;
}

function count(rows: Row[]) {
  const active = rows.filter((r) => !r.coverage.excluded);
  return {
    total: active.length,
    organizational: active.filter((r) => r.coverage.coverage === 'ORGANIZATIONAL').length,
    work: active.filter((r) => r.coverage.coverage === 'WORK').length,
    blankSpots: rows.filter((r) => r.coverage.blankSpot).length,
    gaps: rows.filter((r) => r.coverage.gap).length,
    excluded: rows.length - active.length,
  };
}

const SUMMARY = `query ($s: ID, $f: OrganizationFilter) { coverageSummary(scope: $s, filter: $f) {
  total organizational work blankSpots gaps excluded organizationalRate filtered } }`;
const GRIDS = `query ($s: ID, $f: OrganizationFilter) { mapGrids(subdistrictId: $s, filter: $f) {
  id organizations organizational work blankSpots gaps rate } }`;

const FILTERS: Record<string, unknown>[] = [
  { category: 'NEW_ECONOMIC' },
  { industries: ['it', 'law'] },
  { subKinds: ['INDIVIDUAL_BUSINESS'], employeesMax: 30 },
  { employeesMin: 40, statuses: ['OPERATING', 'ZOMBIE'] },
  { hasPartyOrganization: false },
];

describe('a filtered coverage summary and choropleth', () => {
  it('count what the organizations list keeps with the same filter', async () => {
    const subdistrict = `Subdistrict:${env.ids.subs[0]}`;
    for (const [scope, scopeFilter] of [
      [`District:${env.ids.districtId}`, { districtId: `District:${env.ids.districtId}` }],
      [subdistrict, { subdistrictId: subdistrict }],
    ] as const) {
      for (const filter of FILTERS) {
        const rows = await listed({ ...filter, ...scopeFilter });
        const want = count(rows);
        const r = await env.api.exec(SUMMARY, { s: scope, f: filter });
        expect(r.errors).toBeUndefined();
        const s = r.data!.coverageSummary;
        expect({ ...s, organizationalRate: undefined, filtered: undefined }).toEqual({
          ...want,
          organizationalRate: undefined,
          filtered: undefined,
        });
        expect(s.filtered).toBe(true);
        expect(s.organizationalRate).toBe(want.total ? want.organizational / want.total : null);
      }
    }
  });

  it('colours each grid by its kept organizations, and the unfiltered path is unchanged', async () => {
    const subdistrict = `Subdistrict:${env.ids.subs[0]}`;
    for (const filter of FILTERS) {
      const rows = await listed({ ...filter, subdistrictId: subdistrict });
      const r = await env.api.exec(GRIDS, { s: subdistrict, f: filter });
      expect(r.errors).toBeUndefined();
      const grids = r.data!.mapGrids as any[];
      expect(grids.length).toBeGreaterThan(0);
      for (const g of grids) {
        const want = count(rows.filter((o) => o.grid.id === g.id));
        expect({ id: g.id, ...want, excluded: undefined }).toEqual({
          id: g.id,
          total: g.organizations,
          organizational: g.organizational,
          work: g.work,
          blankSpots: g.blankSpots,
          gaps: g.gaps,
          excluded: undefined,
        });
        expect(g.rate).toBe(want.total ? want.organizational / want.total : null);
      }
    }
    // No filter (or an empty one): the roll-ups' figures, equal to the whole list's.
    const all = await listed({ subdistrictId: subdistrict });
    for (const f of [null, {}, { industries: [] }]) {
      const r = await env.api.exec(GRIDS, { s: subdistrict, f });
      expect(r.errors).toBeUndefined();
      for (const g of r.data!.mapGrids as any[]) {
        expect(g.organizations).toBe(count(all.filter((o) => o.grid.id === g.id)).total);
      }
      const s = await env.api.exec(SUMMARY, { s: subdistrict, f });
      expect(s.data!.coverageSummary.filtered).toBe(false);
      expect(s.data!.coverageSummary.total).toBe(count(all).total);
    }
  });

  it('refuses a bad filter as the lists do', async () => {
    const r = await env.api.exec(SUMMARY, {
      s: `District:${env.ids.districtId}`,
      f: { employeesMin: -1 },
    });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const g = await env.api.exec(GRIDS, { s: null, f: { employeesMin: 5, employeesMax: 1 } });
    expect(g.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
