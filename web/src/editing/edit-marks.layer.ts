import type { FeatureCollection, Geometry } from 'geojson';
import type {
  ExpressionSpecification,
  GeoJSONSource,
  LayerSpecification,
  Map as MapLibreMap,
} from 'maplibre-gl';

/** Where a refusal or a reapply conflict happens, drawn over the edited grids (issue 13). */
export const EDIT_MARKS = 'edit-marks';
export const EDIT_MARKS_FILL = 'edit-marks-fill';
export const EDIT_MARKS_LINE = 'edit-marks-line';
export const EDIT_MARKS_POINT = 'edit-marks-point';
const RED = '#dc2626';

export function editMarksLayers(): LayerSpecification[] {
  const polygons: ExpressionSpecification = [
    'match',
    ['geometry-type'],
    ['Polygon', 'MultiPolygon'],
    true,
    false,
  ];
  return [
    {
      id: EDIT_MARKS_FILL,
      type: 'fill',
      source: EDIT_MARKS,
      filter: polygons,
      paint: { 'fill-color': RED, 'fill-opacity': 0.35 },
    },
    {
      id: EDIT_MARKS_LINE,
      type: 'line',
      source: EDIT_MARKS,
      filter: polygons,
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
  const data: FeatureCollection = {
    type: 'FeatureCollection',
    features: geometries
      .filter(isGeometry)
      .map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
  };
  const source = map.getSource(EDIT_MARKS) as GeoJSONSource | undefined;
  if (source) {
    source.setData(data);
  } else if (data.features.length) {
    // Not `isStyleLoaded()`: it is false while tiles load, and the mark would never show.
    map.addSource(EDIT_MARKS, { type: 'geojson', data: data });
    for (const layer of editMarksLayers()) map.addLayer(layer);
  }
}

/** A GeoJSON geometry as the API sends it (the scalar is untyped on the web). */
function isGeometry(g: unknown): g is Geometry {
  return (
    !!g &&
    typeof g === 'object' &&
    typeof (g as { type?: unknown }).type === 'string' &&
    ('coordinates' in g || 'geometries' in g)
  );
}
