import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  browserSkipReason,
  CHROMIUM,
  CHROMIUM_FLAGS,
  ensureWebBuild,
  signIn,
  startServer,
  type RunningServer,
} from './atlas-server.ts';
import './editing-hooks.ts';

// Issue 7 in a browser: a grid manager moves a vertex and saves; a second session, which
// started from the same version, gets the conflict (who changed it), reloads and reapplies.
const skip = browserSkipReason();
const SHOTS = 'test-results/editing';
const FLAGS = CHROMIUM_FLAGS;

let server: RunningServer;
let browser: Browser;
let gridId = '';

async function gql(token: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return ((await res.json()) as { data: any }).data;
}

async function openEditor(token: string, name: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
  await page.addInitScript((t) => localStorage.setItem('atlas.token', t), token);
  await page.goto(`${server.url}/?sel=${encodeURIComponent(gridId)}`);
  await page.waitForFunction(() => window.__atlasFirstRender != null, null, { timeout: 90_000 });
  const g = await gql(token, `query($id: ID!) { grid(id: $id) { boundary } }`, { id: gridId });
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
  await page.getByTestId('edit-start').click({ timeout: 30_000 });
  await page.waitForFunction(() => !!window.__atlasDraw);
  await page.screenshot({ path: `${SHOTS}/${name}-editing.png` });
  return page;
}

/** Drags vertex `index` of the edited polygon a third of the way to its centroid, with the mouse. */
async function dragVertex(page: Page, index: number) {
  const { from, to } = await page.evaluate((i) => {
    const d = window.__atlasDraw!;
    const f = d.getSnapshot().find((x) => x.geometry.type === 'Polygon')!;
    const ring = (f.geometry.coordinates as number[][][])[0]!;
    const n = ring.length - 1;
    const c = ring.slice(0, n).reduce((a, p) => [a[0]! + p[0]! / n, a[1]! + p[1]! / n], [0, 0]);
    const v = ring[i % n]!;
    const m = window.__atlasMap!;
    const r = m.getCanvas().getBoundingClientRect();
    const px = (ll: number[]) => {
      const p = m.project(ll as [number, number]);
      return { x: p.x + r.left, y: p.y + r.top };
    };
    return { from: px(v), to: px([v[0]! + (c[0]! - v[0]!) / 3, v[1]! + (c[1]! - v[1]!) / 3]) };
  }, index);
  const before = await polygonOf(page);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let s = 1; s <= 10; s++) {
    await page.mouse.move(from.x + ((to.x - from.x) * s) / 10, from.y + ((to.y - from.y) * s) / 10);
  }
  await page.mouse.up();
  expect(await polygonOf(page)).not.toEqual(before);
}

const polygonOf = (page: Page) =>
  page.evaluate(() =>
    JSON.stringify(
      window.__atlasDraw!.getSnapshot().find((x) => x.geometry.type === 'Polygon')?.geometry,
    ),
  );

describe.skipIf(!!skip)('editing a grid in the browser', () => {
  let manager = '';
  let admin = '';
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ensureWebBuild();
    server = await startServer();
    manager = await signIn(server.url, 'manager1');
    admin = await signIn(server.url, 'subadmin');
    const me = await gql(manager, `{ me { scopes { id } } }`);
    gridId = me.me.scopes[0].id;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('hides the edit tools from a planner', async () => {
    const planner = await signIn(server.url, 'planner');
    const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
    await page.addInitScript((t) => localStorage.setItem('atlas.token', t), planner);
    await page.goto(`${server.url}/?sel=${encodeURIComponent(gridId)}`);
    await page.waitForFunction(() => window.__atlasFirstRender != null, null, { timeout: 90_000 });
    await page.waitForTimeout(1000);
    expect(await page.getByTestId('edit-start').count()).toBe(0);
    expect(await page.getByTestId('user-menu').textContent()).toContain('规划人员');
    await page.close();
  });

  it('saves a moved vertex; a second session from the same version sees the conflict, then reapplies', async () => {
    const start = (
      await gql(manager, `query($id: ID!) { grid(id: $id) { version } }`, { id: gridId })
    ).grid.version as number;
    const a = await openEditor(manager, 'a');
    const b = await openEditor(admin, 'b');

    await dragVertex(a, 0);
    await a.getByTestId('edit-save').click();
    await expect
      .poll(() => a.getByTestId('edit-message').textContent(), { timeout: 30_000 })
      .toContain('已保存');
    await a.screenshot({ path: `${SHOTS}/a-saved.png` });

    await dragVertex(b, 2);
    await b.getByTestId('edit-save').click();
    const conflict = b.getByTestId('edit-conflict');
    await conflict.waitFor({ timeout: 30_000 });
    expect(await conflict.textContent()).toContain('manager1');
    await b.screenshot({ path: `${SHOTS}/b-conflict.png` });

    await b.getByTestId('edit-reapply').click();
    await b.getByTestId('edit-save').click();
    await expect
      .poll(() => b.getByTestId('edit-message').textContent(), { timeout: 30_000 })
      .toContain('已保存');
    await b.screenshot({ path: `${SHOTS}/b-saved.png` });

    const h = await gql(
      manager,
      `query($id: ID!) { grid(id: $id) { version history { action actor } } }`,
      {
        id: gridId,
      },
    );
    expect(h.grid.version).toBe(start + 2);
    expect(
      h.grid.history
        .filter((e: any) => e.action === 'grid.boundary.update')
        .map((e: any) => e.actor),
    ).toEqual(['subadmin', 'manager1']);
  });
});
