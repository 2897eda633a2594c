import type { GeoJSONSource } from 'maplibre-gl';
import { useEffect } from 'react';
import type { MapOverlay } from './layers/layer-specs.ts';
import { useAtlasMap } from './map-context.tsx';

/**
 * Draws a GeoJSON overlay (the planning proposals, sites, instructor groups) on the map: the
 * source and its layers are added with the first data, later data only replaces the source's
 * features, and both go when there is nothing to draw (null) or the component unmounts.
 * `overlay` must keep its identity across renders (a module constant made by `mapOverlay`).
 */
export function useMapOverlay(overlay: MapOverlay, data: GeoJSON.FeatureCollection | null) {
  const { source: sourceId, layers } = overlay;
  const map = useAtlasMap();
  useEffect(() => {
    if (!map || !data) return;
    const source = map.getSource(sourceId) as GeoJSONSource | undefined;
    if (source) source.setData(data);
    else {
      map.addSource(sourceId, { type: 'geojson', data });
      for (const layer of layers) map.addLayer(layer);
    }
  }, [map, sourceId, layers, data]);
  const drawn = data != null;
  useEffect(() => {
    if (!map || !drawn) return;
    return () => {
      for (const layer of layers) if (map.getLayer(layer.id)) map.removeLayer(layer.id);
      if (map.getSource(sourceId)) map.removeSource(sourceId);
    };
  }, [map, sourceId, layers, drawn]);
}
