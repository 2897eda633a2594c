import type { HierarchyQuery } from '../__generated__/graphql.ts';

export type Hierarchy = HierarchyQuery['districts'];
export type Level = 'district' | 'subdistrict' | 'grid';

export interface Crumb {
  id: string;
  name: string;
  code: string;
  level: Level;
  boundary: unknown;
}

const crumb = (
  level: Level,
  n: { id: string; name: string; code: string; boundary?: unknown },
) => ({
  id: n.id,
  name: n.name,
  code: n.code,
  level,
  boundary: n.boundary ?? null,
});

/**
 * The path district > subdistrict > grid down to `scope` (a global id). An unknown or empty
 * scope is the first district.
 */
export function crumbsFor(scope: string | null, districts: Hierarchy): Crumb[] {
  for (const d of districts) {
    if (d.id === scope) return [crumb('district', d)];
    for (const s of d.subdistricts) {
      if (s.id === scope) return [crumb('district', d), crumb('subdistrict', s)];
      const g = s.grids.find((x) => x.id === scope);
      if (g) return [crumb('district', d), crumb('subdistrict', s), crumb('grid', g)];
    }
  }
  const first = districts[0];
  return first ? [crumb('district', first)] : [];
}

/** The next level down from the end of the path (subdistricts of a district, grids of one). */
export function childrenOf(path: Crumb[], districts: Hierarchy): Crumb[] {
  const last = path[path.length - 1];
  if (!last) return [];
  if (last.level === 'district') {
    const d = districts.find((x) => x.id === last.id);
    return (d?.subdistricts ?? []).map((s) => crumb('subdistrict', s));
  }
  if (last.level === 'subdistrict') {
    for (const d of districts) {
      const s = d.subdistricts.find((x) => x.id === last.id);
      if (s) return s.grids.map((g) => crumb('grid', g));
    }
  }
  return [];
}

/** Finds a grid's path by id, for a grid clicked on the map. */
export const isGridId = (id: string | null) => !!id && id.startsWith('Grid:');
