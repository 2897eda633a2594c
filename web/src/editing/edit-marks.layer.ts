import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';

/** Where a refusal or a reapply conflict happens, drawn over the edited grids (issue 13). */
export const EDIT_MARKS = 'edit-marks';
export const EDIT_MARKS_FILL = 'edit-marks-fill';
export const EDIT_MARKS_LINE = 'edit-marks-line';
export const EDIT_MARKS_POINT = 'edit-marks-point';
const RED = '#dc2626';

export function editMarksLayers(): LayerSpecification[] {
  const polygons = ['match', ['geometry-type'], ['Polygon', 'MultiPolygon'], true, false];
  return [
    {
      id: EDIT_MARKS_FILL,
      type: 'fill',
      source: EDIT_MARKS,
      filter: polygons as never,
      paint: { 'fill-color': RED, 'fill-opacity': 0.35 },
    },
    {
      id: EDIT_MARKS_LINE,
      type: 'line',
      source: EDIT_MARKS,
      filter: polygons as never,
      paint: { 'line-color': RED, 'line-width': 2 },
    },
    {
      id: EDIT_MARKS_POINT,
      type: 'circle',
      source: EDIT_MARKS,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': 11,
        'circle-color': 'rgba(0,0,0,0)',
        'circle-stroke-color': RED,
        'circle-stroke-width': 3,
      },
    },
  ];
}

/** Shows these geometries (GeoJSON Points or Polygons) as marks; none clears them. */
export function setEditMarks(map: MapLibreMap, geometries: readonly unknown[]) {
  const data = {
    type: 'FeatureCollection' as const,
    features: geometries
      .filter((g): g is { type: string } => !!g && typeof g === 'object' && 'type' in g)
      .map((geometry) => ({ type: 'Feature' as const, properties: {}, geometry })),
  };
  const source = map.getSource(EDIT_MARKS) as GeoJSONSource | undefined;
  if (source) {
    source.setData(data as never);
  } else if (data.features.length) {
    // Not `isStyleLoaded()`: it is false while tiles load, and the mark would never show.
    map.addSource(EDIT_MARKS, { type: 'geojson', data: data as never });
    for (const layer of editMarksLayers()) map.addLayer(layer);
  }
}
