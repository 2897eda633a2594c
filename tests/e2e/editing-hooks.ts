import type {} from './test-hooks.ts';

/** The terra-draw feature shape the editing test reads (web/src/editing/GridEditor.tsx hook). */
export interface TestDrawFeature {
  id: string | number;
  geometry: { type: string; coordinates: unknown };
}

declare module './test-hooks.ts' {
  interface TestMap {
    fitBounds(bounds: [number, number, number, number], options?: Record<string, unknown>): void;
  }
}

declare global {
  interface Window {
    __atlasDraw?: { getSnapshot(): TestDrawFeature[] };
    /** The editing session (web/src/editing/edit-session.ts). */
    __atlasEdit?: {
      partsOf(gridId: string): { outer: number[][] }[];
      changed(): { grid: { id: string; name: string } }[];
    };
  }
}
