import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { postGraphql } from '../helpers/http-client.ts';
import type { BrowserSuite } from './atlas-server.ts';
import './editing-hooks.ts';

export async function gql(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
) {
  return (await postGraphql<any>(`${url}/graphql`, query, variables, token)).data;
}

/** Opens the map as `token`'s user with `gridId` selected and fitted, then starts editing it. */
export async function openEditor(
  suite: BrowserSuite,
  token: string,
  gridId: string,
  shot: string,
): Promise<Page> {
  const url = suite.server.url;
  const page = await suite.page(token);
  await page.goto(`${url}/?sel=${encodeURIComponent(gridId)}`);
  await page.waitForFunction(() => window.__atlasFirstRender != null, null, { timeout: 90_000 });
  await fitGrid(page, url, token, gridId);
  await page.getByTestId('edit-start').click({ timeout: 30_000 });
  await page.waitForFunction(() => !!window.__atlasEdit);
  await page.screenshot({ path: `${shot}-editing.png` });
  return page;
}

/** Fits the map to a grid's boundary. */
export async function fitGrid(page: Page, url: string, token: string, gridId: string) {
  const g = await gql(url, token, `query($id: ID!) { grid(id: $id) { boundary } }`, { id: gridId });
  const pts: number[][] = g.grid.boundary.coordinates.flat(2);
  const xs = pts.map((p) => p[0]!);
  const ys = pts.map((p) => p[1]!);
  const bounds = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  await page.evaluate((b) => {
    window.__atlasMap!.fitBounds(b as [number, number, number, number], {
      padding: 80,
      animate: false,
    });
  }, bounds);
}

/** The outer ring of part 0 of a grid in the editing session, as drawn now. */
export const ringOf = (page: Page, gridId: string) =>
  page.evaluate((id) => window.__atlasEdit!.partsOf(id)[0]!.outer, gridId);

/** Names of the grids the session changed. */
export const changedGrids = (page: Page) =>
  page.evaluate(() => window.__atlasEdit!.changed().map((c) => c.grid.name));

/**
 * Drags vertex `index` of the edited grid `frac` of the way to its centroid, with the mouse;
 * returns the vertex's position before the drag. The pixels come from the map itself
 * (`map.project`, offset by the canvas's box); when the vertex or its target is hidden (under the
 * card, the lists dock, a control or off the canvas), the map is first centred on the drag so
 * that the pointer lands on the map and not on what covers it.
 */
export async function dragVertex(
  page: Page,
  gridId: string,
  index: number,
  frac = 1 / 3,
  /** Runs with the mouse still down at the target (what the page shows mid-drag). */
  holding?: () => Promise<void>,
) {
  const aim = () =>
    page.evaluate(
      ([id, i, k]) => {
        const ring = window.__atlasEdit!.partsOf(id)[0]!.outer;
        const n = ring.length - 1;
        const c = ring.slice(0, n).reduce((a, p) => [a[0]! + p[0]! / n, a[1]! + p[1]! / n], [0, 0]);
        const v = ring[i % n]!;
        const target = [v[0]! + (c[0]! - v[0]!) * k, v[1]! + (c[1]! - v[1]!) * k];
        const m = window.__atlasMap!;
        const canvas = m.getCanvas();
        const r = canvas.getBoundingClientRect();
        const px = (ll: number[]) => {
          const p = m.project(ll as [number, number]);
          return { x: p.x + r.left, y: p.y + r.top };
        };
        // A point 3 px around which the canvas is on top: the pointer reaches the map there.
        const onMap = ({ x, y }: { x: number; y: number }) =>
          [-3, 0, 3].every((dx) =>
            [-3, 0, 3].every((dy) => document.elementFromPoint(x + dx, y + dy) === canvas),
          );
        const from = px(v);
        const to = px(target);
        return {
          at: v,
          from,
          to,
          visible: onMap(from) && onMap(to),
          middle: [(v[0]! + target[0]!) / 2, (v[1]! + target[1]!) / 2],
        };
      },
      [gridId, index, frac] as const,
    );
  let aimed = await aim();
  if (!aimed.visible) {
    await panClear(page, aimed.middle);
    await page.waitForTimeout(300);
    aimed = await aim();
    expect(aimed.visible, 'the vertex and its target are on the map, not under a panel').toBe(true);
  }
  const { from, to, at } = aimed;
  const before = JSON.stringify(await ringOf(page, gridId));
  await dragMouse(page, from, to, holding);
  expect(JSON.stringify(await ringOf(page, gridId))).not.toEqual(before);
  return at;
}

interface Point {
  x: number;
  y: number;
}

/** Where a position is on the page, in pixels (`map.project`, offset by the canvas's box). */
export const screenPoint = (page: Page, lngLat: number[]): Promise<Point> =>
  page.evaluate((l) => {
    const m = window.__atlasMap!;
    const r = m.getCanvas().getBoundingClientRect();
    const x = m.project(l as [number, number]);
    return { x: x.x + r.left, y: x.y + r.top };
  }, lngLat);

/**
 * Drags the mouse from one pixel to another in ten steps, as a hand would;
 * `holding` runs with the button still down at the target.
 */
export async function dragMouse(page: Page, from: Point, to: Point, holding?: () => Promise<void>) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let s = 1; s <= 10; s++) {
    await page.mouse.move(from.x + ((to.x - from.x) * s) / 10, from.y + ((to.y - from.y) * s) / 10);
  }
  await holding?.();
  await page.mouse.up();
}

/**
 * Pans the map so that `lngLat` lands in the middle of the larger part of the map the card leaves
 * clear (below it or left of it), as a user would before working there.
 */
export async function panClear(page: Page, lngLat: number[]) {
  await page.evaluate((centre) => {
    const m = window.__atlasMap!;
    const r = m.getCanvas().getBoundingClientRect();
    const card = document.querySelector('[data-testid="card"]')?.getBoundingClientRect();
    let [x, y] = [r.width / 2, r.height / 2];
    if (card) {
      const below = r.bottom - card.bottom;
      const left = card.left - r.left;
      if (below * r.width >= left * r.height) y = (card.bottom - r.top + r.height) / 2;
      else x = left / 2;
    }
    m.easeTo({
      center: centre as [number, number],
      offset: [x - r.width / 2, y - r.height / 2],
      duration: 0,
    });
  }, lngLat);
}

/** Save, look at the preview, confirm; waits for "已保存". */
export async function saveWithPreview(page: Page, shot: string) {
  await page.getByTestId('edit-save').click();
  await page.getByTestId('edit-preview').waitFor({ timeout: 60_000 });
  await page.screenshot({ path: `${shot}-preview.png` });
  await page.getByTestId('edit-confirm').click();
  await expect
    .poll(() => page.getByTestId('edit-message').textContent(), { timeout: 60_000 })
    .toContain('已保存');
  await page.screenshot({ path: `${shot}-saved.png` });
}

/** Does a ring hold this position (to 1e-9 degrees)? */
export const holds = (ring: number[][], p: number[]) =>
  ring.some((q) => Math.abs(q[0]! - p[0]!) < 1e-9 && Math.abs(q[1]! - p[1]!) < 1e-9);
