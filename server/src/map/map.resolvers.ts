import type { MapOrgStatus, Resolvers, ServiceCenterLevel } from '../__generated__/resolvers.ts';
import type { Geometry } from '../db/geojson.ts';
import { parseIdOf, toGlobalId } from '../graphql/ids.ts';
import { coverageSource } from './coverage-source.sql.ts';
import { centersInView, gridRates, orgsInView } from './map.sql.ts';
import { jointBranchesInView, workstationsInView } from './places.sql.ts';
import { checkViewport, reachMeters, WALK_METERS_PER_MINUTE } from './viewport.ts';

/** Seed 000 art. 6: a joint organization "generally no more than 15 member units". */
export const DEFAULT_JOINT_UNIT_LIMIT = 15;

const geo = (text: string | null): Geometry | null =>
  text ? (JSON.parse(text) as Geometry) : null;
const status = (s: string) => s as MapOrgStatus;

export const mapResolvers: Resolvers = {
  Query: {
    mapGrids: async (_, { viewport, subdistrictId, profileKey }, ctx) => {
      const v = viewport ? checkViewport(viewport) : null;
      const rows = await gridRates(ctx.database, {
        bbox: v?.bbox,
        zoom: v?.zoom,
        subdistrictId: subdistrictId
          ? parseIdOf('Subdistrict', subdistrictId, 'subdistrictId')
          : undefined,
        source: await coverageSource(ctx.database, profileKey),
      });
      return rows.map((g) => ({
        ...g,
        id: toGlobalId('Grid', g.id),
        subdistrictId: toGlobalId('Subdistrict', g.subdistrictId),
        parentId: g.parentId == null ? null : toGlobalId('Grid', g.parentId),
        boundary: geo(g.boundary),
        rate: g.organizations > 0 ? g.organizational / g.organizations : null,
      }));
    },
    mapOrganizations: async (_, { viewport, layer, filter, reach, profileKey }, ctx) => {
      const v = checkViewport(viewport);
      const res = await orgsInView(ctx.database, {
        ...v,
        layer,
        filter,
        reachM: reachMeters(reach),
        source: await coverageSource(ctx.database, profileKey),
      });
      const total = res.aggregated ? res.cells.reduce((n, c) => n + c.count, 0) : res.points.length;
      return {
        ...res,
        total,
        points: res.points.map((p) => ({
          ...p,
          id: toGlobalId('Organization', p.id),
          status: status(p.status),
        })),
      };
    },
    mapJointBranches: async (_, { viewport, profileKey }, ctx) => {
      const v = checkViewport(viewport);
      const rows = await jointBranchesInView(
        ctx.database,
        v.bbox,
        await coverageSource(ctx.database, profileKey),
      );
      return rows.map((j) => ({
        ...j,
        id: toGlobalId('PartyOrganization', j.id),
        overLimit: j.unitCount > DEFAULT_JOINT_UNIT_LIMIT,
        hull: geo(j.hull),
        members: j.members.map((m) => ({
          ...m,
          id: toGlobalId('Organization', m.id),
          status: status(m.status),
        })),
      }));
    },
    mapWorkstations: async (_, { viewport, profileKey }, ctx) => {
      const v = checkViewport(viewport);
      const rows = await workstationsInView(
        ctx.database,
        v.bbox,
        await coverageSource(ctx.database, profileKey),
      );
      return rows.map((w) => ({
        ...w,
        id: toGlobalId('BuildingWorkstation', w.id),
        buildingId: toGlobalId('Building', w.buildingId),
      }));
    },
    mapServiceCenters: async (_, { viewport, reach }, ctx) => {
      const v = checkViewport(viewport);
      const rows = await centersInView(ctx.database, v.bbox, reachMeters(reach));
      return rows.map((c) => ({
        ...c,
        id: toGlobalId('ServiceCenter', c.id),
        level: c.level as ServiceCenterLevel,
      }));
    },
    mapInfo: async (_, { profileKey }, ctx) => ({
      profileKey: (await coverageSource(ctx.database, profileKey)).profileKey,
      jointUnitLimit: DEFAULT_JOINT_UNIT_LIMIT,
      walkMetersPerMinute: WALK_METERS_PER_MINUTE,
      basemapUrl: process.env.ATLAS_BASEMAP_URL?.trim() || null,
    }),
  },
};
