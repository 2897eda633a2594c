import type { StyleSpecification } from 'maplibre-gl';
import { COLORS } from './layers/palette.ts';

export const BASEMAP_LAYER = 'basemap';

/**
 * Offline by default: a plain background under our own layers, no external tiles or glyphs.
 * An optional basemap (VITE_BASEMAP_URL at build time, or ATLAS_BASEMAP_URL from the server)
 * is either a style URL (ends in .json) or a raster tile template with {z}/{x}/{y}.
 */
export function baseStyle(basemapUrl?: string | null): StyleSpecification | string {
  const url = basemapUrl?.trim();
  if (url && /\.json(\?|$)/.test(url)) return url;
  const style: StyleSpecification = {
    version: 8,
    sources: {},
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': COLORS.background } },
    ],
  };
  if (url && url.includes('{z}')) {
    style.sources[BASEMAP_LAYER] = { type: 'raster', tiles: [url], tileSize: 256 };
    style.layers.push({
      id: BASEMAP_LAYER,
      type: 'raster',
      source: BASEMAP_LAYER,
      paint: { 'raster-opacity': 0.6 },
    });
  }
  return style;
}
