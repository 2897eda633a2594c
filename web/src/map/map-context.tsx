import type { Map as MapLibreMap } from 'maplibre-gl';
import { createContext, useContext } from 'react';

/**
 * The map instance for anything that draws on it (layers here, drawing tools in editing/):
 * null until the style has loaded.
 */
export const MapContext = createContext<MapLibreMap | null>(null);
export const useAtlasMap = () => useContext(MapContext);
