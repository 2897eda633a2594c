import maplibregl, { type Map as MapLibreMap } from 'maplibre-gl';

/**
 * A red marker the user drags to a place on the map (issue 16: a new organization's point, a
 * point moved to another building). `onDrop` gets where it was let go; the caller may set it
 * elsewhere (snapped to a building) with `setLngLat`.
 */
export function dragMarker(
  map: MapLibreMap,
  at: [number, number],
  testId: string,
  onDrop: (lon: number, lat: number) => void,
): maplibregl.Marker {
  const marker = new maplibregl.Marker({ color: '#dc2626', draggable: true })
    .setLngLat(at)
    .addTo(map);
  marker.getElement().dataset.testid = testId;
  marker.getElement().style.cursor = 'grab';
  marker.on('dragend', () => {
    const p = marker.getLngLat();
    onDrop(p.lng, p.lat);
  });
  return marker;
}

/** The map the app draws (MapView keeps it on `window`; cards live outside its React tree). */
export const atlasMap = (): MapLibreMap | null => (window.__atlasMap as MapLibreMap) ?? null;

/** [lon, lat] of a GeoJSON point, or null. */
export function pointOf(g: unknown): [number, number] | null {
  const c = (g as { type?: string; coordinates?: unknown } | null)?.coordinates;
  return Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number'
    ? [c[0], c[1]]
    : null;
}
