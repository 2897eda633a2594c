import type { MapOrgStatus, Resolvers, ServiceCenterLevel } from '../__generated__/resolvers.ts';
import type { Geometry } from '../db/geojson.ts';
import { parseIdOf, toGlobalId } from '../graphql/ids.ts';
import { coverageSource } from './coverage-source.sql.ts';
import { joinCandidates } from './join-candidates.sql.ts';
import { centersInView, gridRates, orgsInView } from './map.sql.ts';
import { jointBranchesInView, jointCellsInView, workstationsInView } from './places.sql.ts';
import {
  checkViewport,
  JOINT_DETAIL_ZOOM,
  reachMeters,
  reachMinutes,
  WALK_METERS_PER_MINUTE,
} from './viewport.ts';

const geo = (text: string | null): Geometry | null =>
  text ? (JSON.parse(text) as Geometry) : null;
const status = (s: string) => s as MapOrgStatus;

export const mapResolvers: Resolvers = {
  Query: {
    mapGrids: async (_, { viewport, subdistrictId, profileKey, filter }, ctx) => {
      const v = viewport ? checkViewport(viewport) : null;
      const rows = await gridRates(ctx.database, {
        bbox: v?.bbox,
        zoom: v?.zoom,
        subdistrictId: subdistrictId
          ? parseIdOf('Subdistrict', subdistrictId, 'subdistrictId')
          : undefined,
        source: await coverageSource(ctx.database, profileKey),
        filter,
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
        reach: { walkMinutes: reachMinutes(reach) },
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
      const source = await coverageSource(ctx.database, profileKey);
      if (v.zoom < JOINT_DETAIL_ZOOM) {
        const { cellSize, cells } = await jointCellsInView(
          ctx.database,
          v.bbox,
          v.zoom,
          source.jointUnitLimit,
        );
        const total = cells.reduce((n, c) => n + c.branches, 0);
        return { aggregated: true, cellSize, total, cells, branches: [] };
      }
      const found = await jointBranchesInView(ctx.database, v.bbox, source, v.zoom);
      const branches = found.branches.map((j) => ({
        ...j,
        id: toGlobalId('PartyOrganization', j.id),
        overLimit: j.unitCount > source.jointUnitLimit,
        hull: geo(j.hull),
        members: j.members.map((m) => ({
          ...m,
          id: toGlobalId('Organization', m.id),
          status: status(m.status),
        })),
      }));
      // Up to MAX_JOINT_BRANCHES are drawn; total counts them all (the map shows how many more).
      return { aggregated: false, cellSize: null, total: found.total, cells: [], branches };
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
    mapJoinCandidates: async (_, { organizationId, withinMeters, profileKey }, ctx) => {
      const id = parseIdOf('Organization', organizationId, 'organizationId');
      const source = await coverageSource(ctx.database, profileKey);
      const rows = await joinCandidates(ctx.database, id, withinMeters ?? 1000, source);
      return rows.map((c) => ({ ...c, id: toGlobalId('PartyOrganization', c.id) }));
    },
    mapInfo: async (_, { profileKey }, ctx) => {
      const source = await coverageSource(ctx.database, profileKey);
      return {
        profileKey: source.profileKey,
        jointUnitLimit: source.jointUnitLimit,
        walkMetersPerMinute: WALK_METERS_PER_MINUTE,
        basemapUrl: process.env.ATLAS_BASEMAP_URL?.trim() || null,
      };
    },
  },
};
