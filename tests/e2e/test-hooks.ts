/** The hooks web/src/map/MapView.tsx exposes on `window` for browser tests (MapLibre's API). */
export interface TestMap {
  queryRenderedFeatures(options: { layers: string[] }): {
    layer: { id: string };
    properties: Record<string, unknown>;
    geometry: { type: string; coordinates?: unknown };
  }[];
  querySourceFeatures(source: string): {
    properties: Record<string, unknown>;
    geometry: { type: string; coordinates?: unknown };
  }[];
  getLayer(id: string): unknown;
  loaded(): boolean;
  isMoving(): boolean;
  getZoom(): number;
  jumpTo(options: { center: [number, number]; zoom: number }): void;
  easeTo(options: { center: [number, number]; offset: [number, number]; duration: number }): void;
  project(lngLat: [number, number]): { x: number; y: number };
  getCanvas(): HTMLCanvasElement;
}

declare global {
  interface Window {
    __atlasMap?: TestMap;
    __atlasPending?: number;
    __atlasFirstRender?: number;
  }
}
