import type { Map as MapLibreMap } from 'maplibre-gl';

/** The planning panel's width and margin (planning.css), kept clear when flying to a group. */
export const PANEL_WIDTH_PX = 360;

/**
 * Flies to a planned group or site. The panel covers the map's right side: the point is centred
 * in what is left.
 */
export function flyBesidePanel(map: MapLibreMap | null, lon: number, lat: number) {
  map?.flyTo({
    center: [lon, lat],
    zoom: 15,
    padding: { top: 0, bottom: 0, left: 0, right: PANEL_WIDTH_PX },
  });
}
