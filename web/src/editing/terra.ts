import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
  type GeoJSONStoreFeatures,
  type SnapToCustom,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { snapToRings } from './snap.ts';

export const EDIT_COLOR = '#c2410c';
/** Neighbours loaded beside the edited grid: their shared vertices move with it. */
export const NEIGHBOUR_COLOR = '#2563eb';

/**
 * terra-draw on the MapLibre map: `select` edits grids' vertices (drag, drag a midpoint to insert
 * one, delete), `polygon` draws a new grid, `linestring` draws a split line. Every mode snaps to
 * the boundaries of grids outside the session (`neighbours()`), so shared edges stay shared. Undo
 * and redo belong to the session (edit-session.ts), not to terra-draw's session history, which
 * dropped the vertex handles on undo.
 */
export function createDraw(map: MapLibreMap, neighbours: () => number[][][], editedGridId: string) {
  const color = (f: GeoJSONStoreFeatures) =>
    !f.properties.gridId || f.properties.gridId === editedGridId ? EDIT_COLOR : NEIGHBOUR_COLOR;
  const snap: SnapToCustom = (event, ctx) =>
    snapToRings(
      { x: event.containerX, y: event.containerY },
      neighbours(),
      ctx.project,
      ctx.unproject,
    );
  const snapping = { toCustom: snap, toCoordinate: true };
  const draw = new TerraDraw({
    adapter: new TerraDrawMapLibreGLAdapter({ map, coordinatePrecision: 9 }),
    // Grid parts are `<grid id>#<part>` (edit-session.ts); drawn features get a UUID.
    idStrategy: {
      isValidId: (id) => typeof id === 'string' && id.length > 0,
      getId: () => crypto.randomUUID(),
    },
    modes: [
      new TerraDrawSelectMode({
        flags: {
          polygon: {
            feature: {
              draggable: false,
              coordinates: {
                draggable: true,
                midpoints: { draggable: true },
                deletable: true,
                snappable: snapping,
              },
            },
          },
        },
        styles: {
          selectedPolygonColor: color,
          selectedPolygonOutlineColor: color,
          selectedPolygonFillOpacity: 0.15,
          selectionPointColor: EDIT_COLOR,
          midPointColor: '#fdba74',
        },
      }),
      new TerraDrawPolygonMode({
        snapping,
        styles: { fillColor: color, outlineColor: color, fillOpacity: 0.12, outlineWidth: 2 },
      }),
      new TerraDrawLineStringMode({ snapping, styles: { lineStringColor: EDIT_COLOR } }),
    ],
  });
  draw.start();
  return draw;
}
