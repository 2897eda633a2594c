import type { SymbolLayerSpecification } from 'maplibre-gl';
import { expect, it } from 'vitest';
import { WORKSTATION_ICON } from '../badges.ts';
import {
  WORKSTATIONS_SOURCE,
  WORKSTATIONS_SYMBOL,
  workstationLayers,
} from './workstations.layer.ts';

it('draws buildings with a workstation as their own symbol, never hidden, larger as one zooms in', () => {
  const [layer, ...others] = workstationLayers() as SymbolLayerSpecification[];
  expect(others).toEqual([]);
  expect(layer).toMatchObject({
    id: WORKSTATIONS_SYMBOL,
    type: 'symbol',
    source: WORKSTATIONS_SOURCE,
  });
  expect(layer!.layout!['icon-image']).toBe(WORKSTATION_ICON);
  expect(layer!.layout!['icon-allow-overlap']).toBe(true);
  // ['interpolate', ['linear'], ['zoom'], zoom, size, zoom, size, ...]: sizes grow with the zoom.
  const [kind, , input, ...stops] = layer!.layout!['icon-size'] as unknown as unknown[];
  expect([kind, input]).toEqual(['interpolate', ['zoom']]);
  const sizes = stops.filter((_, i) => i % 2 === 1) as number[];
  expect(sizes.length).toBeGreaterThan(1);
  expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
  expect(sizes[0]).toBeLessThan(sizes.at(-1)!);
});
