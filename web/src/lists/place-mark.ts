import maplibregl, { type Map as MapLibreMap } from 'maplibre-gl';
import { COLORS } from '../map/layers/palette.ts';

/** One mark per map: where the row picked from a list lies (moved, never duplicated). */
const marks = new WeakMap<MapLibreMap, maplibregl.Marker>();

/** Flies the map to a list row's place and marks it; street zoom unless already closer. */
export function flyToAndMark(map: MapLibreMap, lon: number, lat: number) {
  let mark = marks.get(map);
  if (!mark) {
    const el = document.createElement('div');
    el.className = 'place-mark';
    el.dataset.testid = 'place-mark';
    mark = new maplibregl.Marker({ element: el });
    marks.set(map, mark);
  }
  mark.setLngLat([lon, lat]).addTo(map);
  map.flyTo({ center: [lon, lat], zoom: Math.max(map.getZoom(), 16), duration: 800 });
}

export const PLACE_MARK_COLOR = COLORS.highlight;
