import maplibregl, { type MapGeoJSONFeature, type Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Camera, ViewState } from '../view/view-state.ts';
import { installImages } from './badges.ts';
import { baseStyle } from './base-style.ts';
import { EMPTY } from './features.ts';
import { ALL_SOURCES, layerGroups } from './layer-groups.ts';
import { BLANK_CELLS, BLANK_POINTS } from './layers/blank-spots.layer.ts';
import {
  GRIDS_FILL,
  GRIDS_HOVER,
  GRIDS_SELECTED,
  rateColor,
} from './layers/grids-choropleth.layer.ts';
import type { RateClass } from './rate-scale.ts';
import { JOINT_CELLS, JOINT_MEMBERS, JOINT_SEATS } from './layers/joint-branches.layer.ts';
import { CENTERS_POINT, OUTSIDE_CELLS, OUTSIDE_POINTS } from './layers/service-centers.layer.ts';
import { WORKSTATIONS_SYMBOL } from './layers/workstations.layer.ts';
import { MapContext } from './map-context.tsx';
import { MapStatus } from './MapStatus.tsx';
import { useViewportData } from './use-viewport-data.ts';
import { isEditingActive } from '../editing/editing-state.ts';

declare global {
  interface Window {
    /** Test hook: the MapLibre instance (browser tests query rendered features through it). */
    __atlasMap?: MapLibreMap;
    /** Test hook: milliseconds from navigation start to the first map with grids drawn. */
    __atlasFirstRender?: number;
    /** Test hook: viewport loads still in flight (0 when every layer has its data). */
    __atlasPending?: number;
  }
}

/** What the pointer is over, for the tooltip. */
export interface Hover {
  x: number;
  y: number;
  feature: MapGeoJSONFeature;
}

/** Clickable layers, most specific first; a click opens the card of the first hit. */
const CLICKABLE = [
  BLANK_POINTS,
  OUTSIDE_POINTS,
  WORKSTATIONS_SYMBOL,
  JOINT_SEATS,
  JOINT_MEMBERS,
  CENTERS_POINT,
  BLANK_CELLS,
  OUTSIDE_CELLS,
  JOINT_CELLS,
  GRIDS_FILL,
];

interface Props {
  view: ViewState;
  /** mapInfo.walkMetersPerMinute: the walking-time circles' speed. */
  walkMetersPerMinute: number;
  basemapUrl: string | null;
  initialCamera: Camera;
  /** The choropleth's classes (rate-scale.ts), fitted to the scope's rates. */
  rateClasses: readonly RateClass[];
  selectedGridId: string | null;
  onCamera(c: Camera): void;
  onSelect(id: string | null): void;
  onHover(h: Hover | null): void;
  /** Once the style and our sources and layers are in place. */
  onReady?(): void;
  children?: ReactNode;
}

export function MapView(props: Props) {
  const container = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const handlers = useRef(props);
  handlers.current = props;

  useEffect(() => {
    const c = props.initialCamera;
    const m = new maplibregl.Map({
      container: container.current!,
      style: baseStyle(props.basemapUrl),
      center: [c.lon, c.lat],
      zoom: c.zoom,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
    });
    m.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
    m.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    installImages(m);
    window.__atlasMap = m;
    m.on('load', () => {
      for (const s of ALL_SOURCES) m.addSource(s, { type: 'geojson', data: EMPTY });
      for (const g of layerGroups()) for (const l of g.layers) m.addLayer(l);
      setMap(m);
      handlers.current.onReady?.();
    });
    m.on('moveend', () => {
      const ctr = m.getCenter();
      handlers.current.onCamera({ lon: ctr.lng, lat: ctr.lat, zoom: m.getZoom() });
    });
    let hoveredGrid = '';
    m.on('mousemove', (e) => {
      const layers = CLICKABLE.filter((id) => m.getLayer(id));
      const [f] = m.queryRenderedFeatures(e.point, { layers });
      m.getCanvas().style.cursor = f ? 'pointer' : '';
      const gridId = f?.layer.id === GRIDS_FILL ? String(f.properties.id) : '';
      if (gridId !== hoveredGrid && m.getLayer(GRIDS_HOVER)) {
        hoveredGrid = gridId;
        m.setFilter(GRIDS_HOVER, ['==', ['get', 'id'], gridId]);
      }
      handlers.current.onHover(f ? { x: e.point.x, y: e.point.y, feature: f } : null);
    });
    m.on('mouseout', () => handlers.current.onHover(null));
    m.on('click', (e) => {
      if (isEditingActive()) return; // a click places a vertex of the drawing (web/src/editing)
      const layers = CLICKABLE.filter((id) => m.getLayer(id));
      const [f] = m.queryRenderedFeatures(e.point, { layers });
      if (!f) return handlers.current.onSelect(null);
      if ([BLANK_CELLS, OUTSIDE_CELLS, JOINT_CELLS].includes(f.layer.id)) {
        m.easeTo({ center: e.lngLat, zoom: Math.min(m.getZoom() + 2, 18) });
        return;
      }
      const id = f.layer.id === JOINT_SEATS ? f.properties.branchId : f.properties.id;
      handlers.current.onSelect(id ? String(id) : null);
    });
    return () => {
      m.remove();
      if (window.__atlasMap === m) delete window.__atlasMap;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the map is made once; later props reach it through handlers
  }, []);

  // Layer toggles.
  const layersKey = props.view.layers.join(',');
  useEffect(() => {
    if (!map) return;
    for (const g of layerGroups()) {
      const visible = g.key == null || props.view.layers.includes(g.key);
      for (const l of g.layers)
        map.setLayoutProperty(l.id, 'visibility', visible ? 'visible' : 'none');
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- layers compare by value through layersKey
  }, [map, layersKey]);

  const classesKey = JSON.stringify(props.rateClasses);
  useEffect(() => {
    if (map) map.setPaintProperty(GRIDS_FILL, 'fill-color', rateColor(props.rateClasses));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- classes compare by value through classesKey
  }, [map, classesKey]);

  useEffect(() => {
    if (map) map.setFilter(GRIDS_SELECTED, ['==', ['get', 'id'], props.selectedGridId ?? '']);
  }, [map, props.selectedGridId]);

  const status = useViewportData(map, props.view, props.walkMetersPerMinute, (source) => {
    if (source === 'grids' && window.__atlasFirstRender == null && map) {
      map.once('idle', () => {
        window.__atlasFirstRender ??= Math.round(performance.now());
      });
    }
  });

  return (
    <MapContext.Provider value={map}>
      <div ref={container} className="atlas-map" data-testid="map" />
      <MapStatus status={status} />
      {props.children}
    </MapContext.Provider>
  );
}
