import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { districts, grids, organizations, subdistricts } from '../db/schema.ts';
import type { ScopeRef } from './roles.ts';

/** Where a grid sits, to compare with a user's scopes. */
export interface GridPlace {
  id: number;
  subdistrictId: number;
  parentGridId: number | null;
}

export async function gridPlace(ex: Executor, gridId: number): Promise<GridPlace | null> {
  const [g] = await ex
    .select({ id: grids.id, subdistrictId: grids.subdistrictId, parentGridId: grids.parentGridId })
    .from(grids)
    .where(eq(grids.id, gridId));
  return g ?? null;
}

export async function districtOfSubdistrict(ex: Executor, id: number): Promise<number | null> {
  const [row] = await ex
    .select({ d: subdistricts.districtId })
    .from(subdistricts)
    .where(eq(subdistricts.id, id));
  return row?.d ?? null;
}

/** The district a scope node lies in (null if the node does not exist). */
export async function districtOfScope(ex: Executor, s: ScopeRef): Promise<number | null> {
  if (s.kind === 'district') {
    const [row] = await ex
      .select({ id: districts.id })
      .from(districts)
      .where(eq(districts.id, s.id));
    return row?.id ?? null;
  }
  if (s.kind === 'subdistrict') return districtOfSubdistrict(ex, s.id);
  const g = await gridPlace(ex, s.id);
  return g ? districtOfSubdistrict(ex, g.subdistrictId) : null;
}

/** The grid an organization lies in now; undefined if there is no such organization. */
export async function gridOfOrganization(
  ex: Executor,
  orgId: number,
): Promise<number | null | undefined> {
  const [o] = await ex
    .select({ gridId: organizations.gridId })
    .from(organizations)
    .where(eq(organizations.id, orgId));
  return o === undefined ? undefined : o.gridId;
}

/**
 * Does one of the scopes cover the grid? District and subdistrict scopes cover every grid inside;
 * grid scopes cover the grid and the grids nested in it (walked up through the parents).
 */
export async function scopesCover(
  ex: Executor,
  scopes: readonly ScopeRef[],
  g: GridPlace,
): Promise<boolean> {
  let districtId: number | null | undefined;
  for (const s of scopes) {
    if (s.kind === 'subdistrict' && s.id === g.subdistrictId) return true;
    if (s.kind === 'district') {
      if (districtId === undefined) districtId = await districtOfSubdistrict(ex, g.subdistrictId);
      if (s.id === districtId) return true;
    }
  }
  const gridScopes = new Set(scopes.filter((s) => s.kind === 'grid').map((s) => s.id));
  let cur: GridPlace | null = g;
  // Nesting is at most a few levels deep (editing/limits.ts); the bound guards against a cycle.
  for (let depth = 0; cur && depth < 5; depth++) {
    if (gridScopes.has(cur.id)) return true;
    cur = cur.parentGridId ? await gridPlace(ex, cur.parentGridId) : null;
  }
  return false;
}
