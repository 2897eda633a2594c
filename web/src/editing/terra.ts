import type { Map as MapLibreMap } from 'maplibre-gl';
import {
  TerraDraw,
  TerraDrawLineStringMode,
  TerraDrawPolygonMode,
  TerraDrawSelectMode,
  TerraDrawSessionUndoRedo,
  type SnapToCustom,
} from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { snapToRings } from './snap.ts';

export const EDIT_COLOR = '#c2410c';

/**
 * terra-draw on the MapLibre map: `select` edits a grid's vertices (drag, insert at midpoints,
 * delete), `polygon` draws a new grid, `linestring` draws a split line. Every mode snaps to the
 * neighbouring grids' boundaries (`neighbours()`), so shared edges stay shared. Undo/redo covers
 * the whole editing session.
 */
export function createDraw(map: MapLibreMap, neighbours: () => number[][][]) {
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
    modes: [
      new TerraDrawSelectMode({
        flags: {
          polygon: {
            feature: {
              draggable: false,
              coordinates: {
                draggable: true,
                midpoints: true,
                deletable: true,
                snappable: snapping,
              },
            },
          },
        },
        styles: {
          selectedPolygonColor: EDIT_COLOR,
          selectedPolygonOutlineColor: EDIT_COLOR,
          selectedPolygonFillOpacity: 0.15,
          selectionPointColor: EDIT_COLOR,
          midPointColor: '#fdba74',
        },
      }),
      new TerraDrawPolygonMode({
        snapping,
        styles: { fillColor: EDIT_COLOR, outlineColor: EDIT_COLOR, fillOpacity: 0.15 },
      }),
      new TerraDrawLineStringMode({ snapping, styles: { lineStringColor: EDIT_COLOR } }),
    ],
    undoRedo: { sessionLevel: new TerraDrawSessionUndoRedo() },
  });
  draw.start();
  return draw;
}
