import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import type { Viewport } from '../__generated__/graphql.ts';
import { request } from '../api.ts';
import { CHANGE_EVENTS } from '../use-request.ts';
import { toOrganizationFilter, type LayerKey, type ViewState } from '../view/view-state.ts';
import {
  centerFeatures,
  EMPTY,
  gridFeatures,
  jointFeatures,
  orgFeatures,
  workstationFeatures,
} from './features.ts';
import { BLANK_SOURCE } from './layers/blank-spots.layer.ts';
import { GRIDS_SOURCE } from './layers/grids-choropleth.layer.ts';
import { JOINT_SOURCE } from './layers/joint-branches.layer.ts';
import { CENTERS_SOURCE, OUTSIDE_SOURCE } from './layers/service-centers.layer.ts';
import { WORKSTATIONS_SOURCE } from './layers/workstations.layer.ts';
import {
  MapGridsQuery,
  MapJointBranchesQuery,
  MapOrganizationsQuery,
  MapServiceCentersQuery,
  MapWorkstationsQuery,
} from './map-queries.ts';

/**
 * Organizations outside every service circle are shown from this zoom on: counted per grid
 * below the point zoom, so a subdistrict's view (zoom 11-12.5) shows and counts them.
 */
export const OUTSIDE_MIN_ZOOM = 11;

/** The visible bounds (a little padded) and zoom, as the API's Viewport. */
export function viewportOf(map: MapLibreMap): Viewport {
  const b = map.getBounds();
  const padX = (b.getEast() - b.getWest()) * 0.1;
  const padY = (b.getNorth() - b.getSouth()) * 0.1;
  return {
    bbox: {
      minLon: Math.max(-180, b.getWest() - padX),
      minLat: Math.max(-90, b.getSouth() - padY),
      maxLon: Math.min(180, b.getEast() + padX),
      maxLat: Math.min(90, b.getNorth() + padY),
    },
    zoom: map.getZoom(),
  };
}

const setData = (map: MapLibreMap, source: string, data: GeoJSON.FeatureCollection) =>
  (map.getSource(source) as GeoJSONSource | undefined)?.setData(data);

/**
 * Loads what the viewport needs for the layers switched on, after every move, whenever the
 * layers, filters or reach change, and after an edit (CHANGE_EVENTS). Answers to older requests
 * are dropped.
 */
export function useViewportData(
  map: MapLibreMap | null,
  view: ViewState,
  walkMetersPerMinute: number,
  onLoaded?: (what: string) => void,
) {
  const seq = useRef(0);
  const [status, setStatus] = useState<MapDataStatus>({
    loading: false,
    failed: 0,
    jointHidden: 0,
  });
  const { layers, walk, filters } = view;
  const key = JSON.stringify({ layers, walk, filters, walkMetersPerMinute });
  useEffect(() => {
    if (!map) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      const mine = ++seq.current;
      const viewport = viewportOf(map);
      const fresh = () => mine === seq.current;
      const reach = walk ? { walkMinutes: walk } : null;
      const filter = toOrganizationFilter(filters);
      const on = (k: LayerKey) => layers.includes(k);
      const jobs: Promise<void>[] = [];
      const job = <T>(
        enabled: boolean,
        source: string,
        fetcher: () => Promise<T>,
        toFc: (r: T) => GeoJSON.FeatureCollection,
      ) => {
        if (!enabled) {
          setData(map, source, EMPTY);
          return;
        }
        jobs.push(
          fetcher().then((r) => {
            if (fresh()) {
              setData(map, source, toFc(r));
              onLoaded?.(source);
            }
          }),
        );
      };
      job(
        on('grids'),
        GRIDS_SOURCE,
        () => request(MapGridsQuery, { viewport, filter }),
        (r) => gridFeatures(r.mapGrids),
      );
      job(
        on('blank'),
        BLANK_SOURCE,
        () => request(MapOrganizationsQuery, { viewport, layer: 'BLANK_SPOTS', filter }),
        (r) => orgFeatures(r.mapOrganizations),
      );
      job(
        on('joint'),
        JOINT_SOURCE,
        () => request(MapJointBranchesQuery, { viewport }),
        (r) => {
          // The server draws a capped number of branches per view; total counts them all.
          const j = r.mapJointBranches;
          const jointHidden = j.aggregated ? 0 : Math.max(0, j.total - j.branches.length);
          setStatus((s) => (s.jointHidden === jointHidden ? s : { ...s, jointHidden }));
          return jointFeatures(j);
        },
      );
      if (!on('joint')) setStatus((s) => (s.jointHidden === 0 ? s : { ...s, jointHidden: 0 }));
      job(
        on('ws'),
        WORKSTATIONS_SOURCE,
        () => request(MapWorkstationsQuery, { viewport }),
        (r) => workstationFeatures(r.mapWorkstations),
      );
      job(
        on('centers'),
        CENTERS_SOURCE,
        () => request(MapServiceCentersQuery, { viewport }),
        (r) => centerFeatures(r.mapServiceCenters, walk, walkMetersPerMinute),
      );
      // What lies outside every circle is computed from each center's neighbourhood: from zoom
      // OUTSIDE_MIN_ZOOM on (a few km on screen; 400 m circles are specks below that).
      job(
        on('centers') && viewport.zoom >= OUTSIDE_MIN_ZOOM,
        OUTSIDE_SOURCE,
        () => request(MapOrganizationsQuery, { viewport, layer: 'OUTSIDE_CENTERS', filter, reach }),
        (r) => orgFeatures(r.mapOrganizations),
      );
      window.__atlasPending = (window.__atlasPending ?? 0) + 1;
      if (jobs.length > 0) setStatus((s) => (s.loading ? s : { ...s, loading: true }));
      await Promise.allSettled(jobs).then((results) => {
        window.__atlasPending = (window.__atlasPending ?? 1) - 1;
        for (const r of results)
          if (r.status === 'rejected') console.error('[atlas] map data:', r.reason);
        // Only the newest load speaks: an older one finishing late says nothing of the view.
        if (fresh()) {
          const failed = results.filter((r) => r.status === 'rejected').length;
          setStatus((s) => ({ ...s, loading: false, failed }));
        }
      });
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void load(), 120);
    };
    void load();
    map.on('moveend', schedule);
    // a ledger edit or a boundary save changes counts, points and circles: reload the layers
    for (const e of CHANGE_EVENTS) window.addEventListener(e, schedule);
    return () => {
      clearTimeout(timer);
      map.off('moveend', schedule);
      for (const e of CHANGE_EVENTS) window.removeEventListener(e, schedule);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- layers, walk, filters and speed compare by value through key; onLoaded is new each render
  }, [map, key]);
  return status;
}

/** Whether the layers are fetching the current view, and how many of its requests failed. */
export interface MapDataStatus {
  loading: boolean;
  failed: number;
  /** Joint branches in view that the server did not draw (past its cap): zoom in to see them. */
  jointHidden: number;
}
