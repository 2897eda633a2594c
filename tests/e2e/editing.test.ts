import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserSkipReason, useBrowserSuite, type BrowserSuite } from './atlas-server.ts';
import {
  changedGrids,
  dragMouse,
  dragVertex,
  fitGrid,
  gql as query,
  holds,
  openEditor,
  panClear,
  ringOf,
  saveWithPreview,
  screenPoint,
} from './editing-page.ts';

// Issues 7 and 13 in a browser: tools only for those who may edit; two sessions from one version
// (the second reapplies its own operations on the latest); undo/redo then save; a vertex shared
// by two grids moves in both, saved as one change that leaves no sliver.
const skip = browserSkipReason();
const SHOTS = 'test-results/editing';
const SLOW = 300_000; // two Chromium pages with swiftshader WebGL on a shared 2-core machine

let suite: BrowserSuite;
const GRID = 'Grid:1';
const gql = (token: string, q: string, v: Record<string, unknown> = {}) =>
  query(suite.server.url, token, q, v);
const boundary = async (token: string, id: string) =>
  (await gql(token, `query($id: ID!) { grid(id: $id) { version boundary } }`, { id })).grid as {
    version: number;
    boundary: { type: string; coordinates: any };
  };
/** An edge of the grid that a neighbour in the session has too (both ends, consecutive). */
const sharedEdge = (page: Page, gridId: string) =>
  page.evaluate((id) => {
    const s = window.__atlasEdit!;
    const ring = s.partsOf(id)[0]!.outer;
    const key = (p: number[]) => p.join();
    const others = [...(s as any).grids.keys()].filter((g: string) => g !== id);
    for (let i = 0; i < ring.length - 1; i++) {
      const [p, q] = [ring[i]!, ring[i + 1]!];
      for (const g of others) {
        const r = s.partsOf(g)[0]!.outer.map(key);
        const j = r.indexOf(key(p));
        const k = r.indexOf(key(q));
        if (j >= 0 && k >= 0 && Math.abs(j - k) === 1) return { p, q, owner: g as string };
      }
    }
    return null;
  }, gridId);
const outer = (b: { type: string; coordinates: any }): number[][] =>
  b.type === 'Polygon' ? b.coordinates[0] : b.coordinates[0][0];

describe.skipIf(!!skip)('editing grids in the browser', () => {
  let admin = '';
  suite = useBrowserSuite(SHOTS);
  beforeAll(async () => {
    admin = await suite.signIn('subadmin');
  });
  /**
   * Opens the editor on GRID and pans the middle of an edge it shares with a neighbour into the
   * part of the map the card leaves clear; `px` is a position's pixel on that page.
   */
  const openAtSharedEdge = async (shot: string) => {
    const page = await openEditor(suite, admin, GRID, shot);
    const edge = await sharedEdge(page, GRID);
    expect(edge, 'the grid shares an edge with a neighbour').not.toBeNull();
    const { p, q, owner } = edge!;
    const mid = [(p[0]! + q[0]!) / 2, (p[1]! + q[1]!) / 2];
    await panClear(page, mid);
    await page.waitForTimeout(300);
    return { page, p, q, owner, mid, px: (ll: number[]) => screenPoint(page, ll) };
  };

  it(
    'hides the edit tools from a planner, and 新建网格 from a grid manager; the card names the manager',
    async () => {
      const me = await gql(await suite.signIn('manager1'), `{ me { displayName scopes { id } } }`);
      expect(me.me.scopes).toEqual([{ id: GRID }]);
      const manager: string = me.me.displayName;
      for (const [user, tools] of [
        ['planner', 0],
        ['manager1', 1],
      ] as const) {
        const token = await suite.signIn(user);
        const page = await suite.page(token);
        await page.goto(`${suite.server.url}/?sel=${encodeURIComponent(GRID)}`);
        await page.waitForFunction(() => window.__atlasFirstRender != null, null, {
          timeout: 90_000,
        });
        if (tools) await page.getByTestId('edit-start').waitFor({ timeout: 30_000 });
        else await page.waitForTimeout(1000);
        expect(await page.getByTestId('edit-start').count()).toBe(tools);
        expect(await page.getByTestId('edit-create').count()).toBe(0);
        // The card names the grid's manager (the user whose scope it is), for both.
        await page.getByTestId('grid-manager').first().waitFor({ timeout: 30_000 });
        expect(await page.getByTestId('grid-managers').textContent()).toContain(manager);
        await page.screenshot({ path: `${SHOTS}/tools-${user}.png` });
        await page.close();
      }
    },
    SLOW,
  );

  it(
    'reapply after a conflict replays my move on the latest version: both changes are kept',
    async () => {
      const start = (await boundary(admin, GRID)).version;
      const a = await openEditor(suite, admin, GRID, `${SHOTS}/a`);
      const b = await openEditor(suite, admin, GRID, `${SHOTS}/b`);

      await dragVertex(a, GRID, 0);
      const aMoved = (await ringOf(a, GRID))[0]!;
      await saveWithPreview(a, `${SHOTS}/a`);

      await dragVertex(b, GRID, 2);
      const bMoved = (await ringOf(b, GRID))[2]!;
      await b.getByTestId('edit-save').click();
      const conflict = b.getByTestId('edit-conflict');
      await conflict.waitFor({ timeout: 60_000 });
      expect(await conflict.textContent()).toContain('subadmin');
      await b.screenshot({ path: `${SHOTS}/b-conflict.png` });

      await b.getByTestId('edit-reapply').click();
      await expect
        .poll(() => b.getByTestId('edit-message').textContent(), { timeout: 30_000 })
        .toContain('重新应用');
      const replayed = await ringOf(b, GRID);
      expect(holds(replayed, aMoved)).toBe(true);
      expect(holds(replayed, bMoved)).toBe(true);
      await b.screenshot({ path: `${SHOTS}/b-reapplied.png` });
      await saveWithPreview(b, `${SHOTS}/b`);

      const saved = await boundary(admin, GRID);
      expect(saved.version).toBe(start + 2);
      expect(holds(outer(saved.boundary), aMoved)).toBe(true);
      expect(holds(outer(saved.boundary), bMoved)).toBe(true);
      await a.close();
      await b.close();
    },
    SLOW,
  );

  it(
    'undo and redo work across operations; the save writes the redone boundary',
    async () => {
      const page = await openEditor(suite, admin, GRID, `${SHOTS}/undo`);
      const before = await ringOf(page, GRID);
      await dragVertex(page, GRID, 1);
      const moved = await ringOf(page, GRID);
      await page.getByTestId('edit-undo').click();
      expect(await ringOf(page, GRID)).toEqual(before);
      expect(await changedGrids(page)).toEqual([]);
      await page.getByTestId('edit-redo').click();
      expect(await ringOf(page, GRID)).toEqual(moved);
      // Handles survive undo/redo: another drag still works and is one more step.
      await page.getByTestId('edit-undo').click();
      await dragVertex(page, GRID, 1, 0.2);
      await page.getByTestId('edit-undo').click();
      await page.getByTestId('edit-redo').click();
      const redone = await ringOf(page, GRID);
      await page.screenshot({ path: `${SHOTS}/undo-redone.png` });
      await saveWithPreview(page, `${SHOTS}/undo`);
      expect(holds(outer((await boundary(admin, GRID)).boundary), redone[1]!)).toBe(true);
      await page.close();
    },
    SLOW,
  );

  it(
    'a shared vertex moves in both grids on screen and in one save, with no sliver after reload',
    async () => {
      const tilingQuery = `query($s: ID) { tilingViolations(subdistrictId: $s) { gapAreaM2 overlapAreaM2 } }`;
      const tiling = async () =>
        (await gql(admin, tilingQuery, { s: 'Subdistrict:1' })).tilingViolations[0] ?? {
          gapAreaM2: 0,
          overlapAreaM2: 0,
        };
      const before = await tiling();
      const page = await openEditor(suite, admin, GRID, `${SHOTS}/shared`);
      // A vertex of the grid that some neighbour also has.
      const shared = await page.evaluate((id) => {
        const s = window.__atlasEdit!;
        const ring = s.partsOf(id)[0]!.outer;
        const others = [...(s as any).grids.keys()].filter((g: string) => g !== id);
        const key = (p: number[]) => p.join();
        for (let i = 0; i < ring.length - 1; i++) {
          const owner = others.find((g: string) =>
            s.partsOf(g).some((p) => p.outer.some((q) => key(q) === key(ring[i]!))),
          );
          if (owner) return { index: i, owner };
        }
        return null;
      }, GRID);
      expect(shared).not.toBeNull();
      await dragVertex(page, GRID, shared!.index, 0.25);
      const moved = (await ringOf(page, GRID))[shared!.index]!;
      expect(holds(await ringOf(page, shared!.owner), moved)).toBe(true);
      expect((await changedGrids(page)).length).toBeGreaterThanOrEqual(2);
      await page.screenshot({ path: `${SHOTS}/shared-dragged.png` });
      await saveWithPreview(page, `${SHOTS}/shared`);
      expect(holds(outer((await boundary(admin, shared!.owner)).boundary), moved)).toBe(true);

      await page.reload();
      await page.waitForFunction(() => window.__atlasFirstRender != null, null, {
        timeout: 90_000,
      });
      await fitGrid(page, suite.server.url, admin, GRID);
      await page.waitForTimeout(3000);
      await page.screenshot({ path: `${SHOTS}/shared-reloaded.png` });
      // No sliver: the save added no gap and no overlap (1 m² of float noise at most).
      const after = await tiling();
      expect(after.gapAreaM2).toBeLessThanOrEqual(before.gapAreaM2 + 1);
      expect(after.overlapAreaM2).toBeLessThanOrEqual(before.overlapAreaM2 + 1);
      await page.close();
    },
    SLOW,
  );
  it(
    'warns while dragging, before the drop: a vertex of the outline dragged inward leaves a gap (zh, en)',
    async () => {
      // A grid with a vertex no other grid has (on the subdistrict's outline), from the API.
      const sub = await gql(
        admin,
        `{ subdistrict(id: "Subdistrict:1") { grids(topLevelOnly: true) { id boundary } } }`,
      );
      const grids = sub.subdistrict.grids as { id: string; boundary: { coordinates: any } }[];
      const rings = (g: (typeof grids)[0]): number[][][] =>
        (g.boundary as any).type === 'Polygon'
          ? g.boundary.coordinates
          : g.boundary.coordinates.flat();
      let pick: { id: string; index: number } | null = null;
      for (const g of grids) {
        const ring = outer(g.boundary as any);
        const others = grids.filter((o) => o.id !== g.id).flatMap(rings);
        const index = ring.slice(0, -1).findIndex((p) => !others.some((r) => holds(r, p)));
        if (index >= 0) {
          pick = { id: g.id, index };
          break;
        }
      }
      expect(pick, 'a grid of Subdistrict:1 has a vertex on the outline').not.toBeNull();
      const page = await openEditor(suite, admin, pick!.id, `${SHOTS}/warn`);
      const warning = page.getByTestId('edit-warning');
      expect(await warning.count()).toBe(0);
      let midDrag = '';
      let marked = 0;
      await dragVertex(page, pick!.id, pick!.index, 0.3, async () => {
        await warning.waitFor({ timeout: 10_000 });
        midDrag = (await warning.textContent()) ?? '';
        marked = await page.evaluate(
          () => window.__atlasMap!.queryRenderedFeatures({ layers: ['edit-marks-fill'] }).length,
        );
        await page.screenshot({ path: `${SHOTS}/warn-dragging.png` });
      });
      expect(midDrag).toContain('空隙');
      expect(marked).toBeGreaterThan(0);
      // English mode: the same warning in English.
      await page.getByTestId('lang-switch').click();
      await expect.poll(() => warning.textContent(), { timeout: 10_000 }).toContain('no grid');
      await page.screenshot({ path: `${SHOTS}/warn-en.png` });
      // Undo puts the vertex back: the warning and its mark go.
      await page.getByTestId('edit-undo').click();
      await expect.poll(() => warning.count(), { timeout: 10_000 }).toBe(0);
      await page.close();
    },
    SLOW,
  );
  it(
    'redraws a shared boundary as a line between two shared vertices: the neighbour follows, one save',
    async () => {
      const { page, p, q, owner, px } = await openAtSharedEdge(`${SHOTS}/redraw`);
      // A bend off the middle of the edge, a fifth of its length sideways.
      const bend = [
        (p[0]! + q[0]!) / 2 - (q[1]! - p[1]!) / 5,
        (p[1]! + q[1]!) / 2 + (q[0]! - p[0]!) / 5,
      ];
      const before = (await ringOf(page, GRID)).length;
      await page.getByTestId('edit-redraw').click();
      for (const ll of [p, bend, q]) {
        const at = await px(ll);
        await page.mouse.click(at.x, at.y);
        await page.waitForTimeout(150);
      }
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.getByTestId('edit-message').textContent(), { timeout: 10_000 })
        .toContain('已重画');
      const mine = await ringOf(page, GRID);
      expect(mine.length).toBe(before + 1);
      const added = mine.find(
        (v) =>
          Math.hypot(v[0]! - bend[0]!, v[1]! - bend[1]!) <
          Math.hypot(q[0]! - p[0]!, q[1]! - p[1]!) / 20,
      );
      expect(added, 'the bend is a vertex of the grid').toBeDefined();
      expect(holds(await ringOf(page, owner), added!)).toBe(true);
      expect((await changedGrids(page)).length).toBe(2);
      await page.screenshot({ path: `${SHOTS}/redraw-drawn.png` });
      // One step: undo takes both back, redo brings both.
      await page.getByTestId('edit-undo').click();
      expect(holds(await ringOf(page, owner), added!)).toBe(false);
      await page.getByTestId('edit-redo').click();
      expect(holds(await ringOf(page, owner), added!)).toBe(true);
      await saveWithPreview(page, `${SHOTS}/redraw`);
      expect(holds(outer((await boundary(admin, GRID)).boundary), added!)).toBe(true);
      expect(holds(outer((await boundary(admin, owner)).boundary), added!)).toBe(true);
      await page.close();
    },
    SLOW,
  );
  it(
    'a midpoint dragged on a shared edge bends both grids; undo takes it out of both',
    async () => {
      const { page, p, q, owner, mid, px } = await openAtSharedEdge(`${SHOTS}/midpoint`);
      const mine = (await ringOf(page, GRID)).length;
      const theirs = (await ringOf(page, owner)).length;
      const from = await px(mid);
      // 40 px sideways, across the edge.
      const a = await px(p);
      const b = await px(q);
      const len = Math.hypot(b.x - a.x, b.y - a.y);
      const to = { x: from.x - ((b.y - a.y) / len) * 40, y: from.y + ((b.x - a.x) / len) * 40 };
      await dragMouse(page, from, to);
      await page.waitForTimeout(300);
      const ring = await ringOf(page, GRID);
      expect(ring.length).toBe(mine + 1);
      const added = ring.find(
        (v) =>
          !holds([p, q], v) &&
          Math.hypot(v[0]! - mid[0]!, v[1]! - mid[1]!) < Math.hypot(q[0]! - p[0]!, q[1]! - p[1]!),
      );
      expect(added, 'the bend is a new vertex of the grid').toBeDefined();
      expect((await ringOf(page, owner)).length).toBe(theirs + 1);
      expect(holds(await ringOf(page, owner), added!)).toBe(true);
      await page.screenshot({ path: `${SHOTS}/midpoint-bent.png` });
      // Undo takes the bend out of both (terra-draw records the insert and the drag as two steps).
      for (let k = 0; k < 2 && (await ringOf(page, GRID)).length > mine; k++) {
        await page.getByTestId('edit-undo').click();
      }
      expect((await ringOf(page, GRID)).length).toBe(mine);
      expect((await ringOf(page, owner)).length).toBe(theirs);
      await page.close();
    },
    SLOW,
  );

  it(
    'a collapse that would move organizations asks first: nothing is written until confirmed',
    async () => {
      // The vertex whose pull into the grid's middle gives up the land with most organizations
      // (by their locations): the quadrilateral (previous, vertex, next, target) is released.
      const FRAC = 0.9;
      const g = (
        await gql(
          admin,
          `query($id: ID!) { grid(id: $id) { version boundary
            organizations(first: 200) { nodes { location } } } }`,
          { id: GRID },
        )
      ).grid as {
        version: number;
        boundary: { type: string; coordinates: any };
        organizations: { nodes: { location: { coordinates: number[] } | null }[] };
      };
      const ring = outer(g.boundary);
      const n = ring.length - 1;
      const c = ring.slice(0, n).reduce((a, p) => [a[0]! + p[0]! / n, a[1]! + p[1]! / n], [0, 0]);
      const inside = (pt: number[], poly: number[][]) => {
        let odd = false;
        for (let a = 0, b = poly.length - 1; a < poly.length; b = a++) {
          const [xa, ya] = poly[a]!;
          const [xb, yb] = poly[b]!;
          if (
            ya! > pt[1]! !== yb! > pt[1]! &&
            pt[0]! < ((xb! - xa!) * (pt[1]! - ya!)) / (yb! - ya!) + xa!
          )
            odd = !odd;
        }
        return odd;
      };
      const released = (i: number) => {
        const v = ring[i]!;
        const target = [v[0]! + (c[0]! - v[0]!) * FRAC, v[1]! + (c[1]! - v[1]!) * FRAC];
        const quad = [ring[(i + n - 1) % n]!, v, ring[(i + 1) % n]!, target];
        return g.organizations.nodes.filter(
          (o) => o.location && inside(o.location.coordinates, quad),
        ).length;
      };
      const best = [...Array(n).keys()].sort((a, b) => released(b) - released(a))[0]!;
      expect(released(best), 'some vertex pulled inward releases organizations').toBeGreaterThan(0);

      const page = await openEditor(suite, admin, GRID, `${SHOTS}/collapse`);
      await dragVertex(page, GRID, best, FRAC);
      await page.getByTestId('edit-save').click();
      const dialog = page.getByTestId('edit-preview');
      await dialog.waitFor({ timeout: 60_000 });
      await page.screenshot({ path: `${SHOTS}/collapse-asks.png` });
      const moves = (await page.getByTestId('edit-preview-moves').textContent()) ?? '';
      expect(Number(/(\d+) 个组织/.exec(moves)?.[1]), moves).toBeGreaterThan(0);
      // The organizations are named, each with the grid it goes to (a neighbour, not "no grid").
      expect(await dialog.locator('li').filter({ hasText: '组织' }).count()).toBeGreaterThan(0);
      expect(await dialog.textContent()).not.toContain('无网格');
      // Asked, not saved: the server still has the version the edit started from.
      expect((await boundary(admin, GRID)).version).toBe(g.version);
      await page.getByTestId('edit-cancel').click();
      await expect.poll(() => dialog.count(), { timeout: 10_000 }).toBe(0);
      expect((await boundary(admin, GRID)).version).toBe(g.version);
      // Confirmed, it is saved.
      await saveWithPreview(page, `${SHOTS}/collapse`);
      expect((await boundary(admin, GRID)).version).toBe(g.version + 1);
      await page.close();
    },
    SLOW,
  );

  it(
    'fitting the map to a grid keeps it clear of the card',
    async () => {
      const page = await suite.page(admin);
      await page.goto(
        `${suite.server.url}/?scope=${encodeURIComponent(GRID)}&sel=${encodeURIComponent(GRID)}`,
      );
      await page.waitForFunction(() => window.__atlasFirstRender != null, null, {
        timeout: 90_000,
      });
      await page.getByTestId('card').waitFor({ timeout: 30_000 });
      const { boundary: b } = await boundary(admin, GRID);
      const pts: number[][] = b.type === 'Polygon' ? b.coordinates.flat(1) : b.coordinates.flat(2);
      // The grid's box on screen: inside the map, and left of the card or below it.
      const clear = () =>
        page.evaluate((ps) => {
          const m = window.__atlasMap!;
          const r = m.getCanvas().getBoundingClientRect();
          const xy = ps.map((p) => m.project(p as [number, number]));
          const xs = xy.map((p) => p.x + r.left);
          const ys = xy.map((p) => p.y + r.top);
          const card = document.querySelector('[data-testid="card"]')!.getBoundingClientRect();
          const [x0, x1, y0, y1] = [
            Math.min(...xs),
            Math.max(...xs),
            Math.min(...ys),
            Math.max(...ys),
          ];
          const onMap = x0 >= r.left && x1 <= r.right && y0 >= r.top && y1 <= r.bottom;
          return onMap && (x1 <= card.left || y0 >= card.bottom);
        }, pts);
      // The fit is animated (600 ms).
      await expect.poll(clear, { timeout: 20_000 }).toBe(true);
      await page.screenshot({ path: `${SHOTS}/fit-with-card.png` });
      await page.close();
    },
    SLOW,
  );
});
