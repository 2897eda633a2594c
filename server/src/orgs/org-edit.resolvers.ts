import type { OrganizationPlaceInput, Resolvers } from '../__generated__/resolvers.ts';
import { isRevertibleOrgChange } from '../audit/audit-types.ts';
import { auditEntry } from '../audit/history.sql.ts';
import {
  canPlaceOrganization,
  canRevertOrganization,
  canWriteOrganization,
} from '../auth/authorize.ts';
import { badInput, notFound } from '../errors.ts';
import { toWgs84, type Crs } from '../geo/crs.ts';
import type { Context } from '../graphql/context.ts';
import { parseIdOf, toGlobalId } from '../graphql/ids.ts';
import { requireProfile } from '../policy/index.ts';
import { editTarget } from './edit-run.ts';
import {
  createOrganization,
  deleteOrganization,
  moveOrganization,
  revertOrganizationChange,
  setOrganizationStatus,
  updateOrganization,
  type OrgEditOutcome,
} from './org-edit.ts';
import type { FactsInput } from './org-edit.validate.ts';
import { MAX_SNAP_METERS, placeAt, type PlaceInput } from './org-place.sql.ts';

const placeOf = (p: OrganizationPlaceInput): PlaceInput => ({
  lon: p.lon,
  lat: p.lat,
  crs: p.crs,
  buildingId: p.buildingId ? parseIdOf('Building', p.buildingId, 'place.buildingId') : null,
  gridId: p.gridId ? parseIdOf('Grid', p.gridId, 'place.gridId') : null,
});

/** The result with its organization as saved (read after the commit). */
async function withOrganization(ctx: Context, o: OrgEditOutcome) {
  return { ...o, organization: o.id === null ? null : await ctx.loaders.organization.load(o.id) };
}

const orgId = (id: string) => parseIdOf('Organization', id, 'id');

/** `Query.placeAt`: the point checked, snapped, and whether the caller may put an organization there. */
async function placeAtPoint(
  ctx: Context,
  a: { lon: number; lat: number; crs?: Crs | null; snapMeters?: number | null },
) {
  if (!(Math.abs(a.lon) <= 180)) throw badInput('lon', 'OUT_OF_RANGE', '经度须在 -180..180 之间');
  if (!(Math.abs(a.lat) <= 90)) throw badInput('lat', 'OUT_OF_RANGE', '纬度须在 -90..90 之间');
  const snap = a.snapMeters ?? 30;
  if (!(snap >= 0 && snap <= MAX_SNAP_METERS))
    throw badInput('snapMeters', 'OUT_OF_RANGE', `须在 0..${MAX_SNAP_METERS} 米之间`);
  const db = ctx.database.db;
  const p = await placeAt(db, toWgs84(a.lon, a.lat, a.crs ?? 'wgs84'), snap);
  const load = <T>(id: number | null, l: { load(id: number): Promise<T> }) =>
    id === null ? null : l.load(id);
  return {
    ...p,
    building: await load(p.buildingId, ctx.loaders.building),
    grid: await load(p.gridId, ctx.loaders.grid),
    subdistrict: await load(p.subdistrictId, ctx.loaders.subdistrict),
    district: await load(p.districtId, ctx.loaders.district),
    canPlaceOrganization:
      p.districtId !== null && (await canPlaceOrganization(ctx, db, p.gridId)).ok,
  };
}

/** Issue 16: the ledger kept current from the map, one organization at a time. */
export const orgEditResolvers: Resolvers = {
  Organization: {
    version: (o) => o.version,
    updatedBy: (o) => o.updatedBy,
    canEdit: async (o, _, ctx) => (await canWriteOrganization(ctx, ctx.database.db, o.id)).ok,
    canRevert: async (o, _, ctx) => (await canRevertOrganization(ctx, ctx.database.db, o.id)).ok,
  },
  Query: {
    placeAt: (_, a, ctx) => placeAtPoint(ctx, a),
  },
  Mutation: {
    createOrganization: async (_, a, ctx) => {
      const profile = await requireProfile(ctx, a.profile);
      const out = await createOrganization(
        ctx,
        a.input.facts as FactsInput,
        a.input.status ?? 'operating',
        placeOf(a.input.place),
        profile,
        a.dryRun ?? false,
      );
      return withOrganization(ctx, out);
    },
    updateOrganization: async (_, a, ctx) =>
      withOrganization(
        ctx,
        await updateOrganization(await editTarget(ctx, 'Organization', a), a.facts as FactsInput),
      ),
    setOrganizationStatus: async (_, a, ctx) =>
      withOrganization(
        ctx,
        await setOrganizationStatus(await editTarget(ctx, 'Organization', a), a.status),
      ),
    moveOrganization: async (_, a, ctx) => {
      const place = placeOf(a.place);
      return withOrganization(
        ctx,
        await moveOrganization(await editTarget(ctx, 'Organization', a), place),
      );
    },
    revertOrganizationChange: async (_, a, ctx) => {
      const entry = await auditEntry(ctx.database, parseIdOf('AuditEntry', a.auditId, 'auditId'));
      if (!entry) throw notFound(`${a.auditId} does not exist`);
      if (!isRevertibleOrgChange(entry)) {
        throw badInput(
          'auditId',
          'NOT_REVERTIBLE',
          `${entry.action} on ${entry.entityType}:${entry.entityId} cannot be reverted here (只能撤销组织的台账修改)`,
        );
      }
      const target = await editTarget(ctx, 'Organization', {
        ...a,
        id: toGlobalId('Organization', Number(entry.entityId)),
      });
      return withOrganization(ctx, await revertOrganizationChange(target, entry));
    },
    deleteOrganization: async (_, a, ctx) => {
      const r = await deleteOrganization(ctx, orgId(a.id), a.expectedVersion);
      return { id: toGlobalId('Organization', r.id), name: r.name };
    },
  },
};
