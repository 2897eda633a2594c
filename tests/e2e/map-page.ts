import type { Page } from 'playwright-core';
import './test-hooks.ts';

/**
 * Waits until every layer has the data of the current viewport and the map has drawn it: `before`
 * ms for a move to start, then no request pending and the map loaded and still, then `after` ms
 * for the last frame.
 */
export async function settleMap(page: Page, before = 300, after = 200) {
  await page.waitForTimeout(before);
  await page.waitForFunction(
    () => {
      const m = window.__atlasMap!;
      return (window.__atlasPending ?? 0) === 0 && m.loaded() && !m.isMoving();
    },
    null,
    { timeout: 90_000, polling: 100 },
  );
  await page.waitForTimeout(after);
}

/** Rendered features of some layers right now (through the window.__atlasMap test hook). */
export const renderedFeatures = (page: Page, layers: string[]) =>
  page.evaluate((ids) => {
    const m = window.__atlasMap!;
    return m.queryRenderedFeatures({ layers: ids.filter((id) => m.getLayer(id)) }).map((f) => ({
      layer: f.layer.id,
      props: f.properties,
      coords: f.geometry.type === 'Point' ? (f.geometry.coordinates as [number, number]) : null,
    }));
  }, layers);
