import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserSkip, useBrowserSuite, type BrowserSuite } from './atlas-server.ts';
import { DEMO_SUBDISTRICT, demoSubdistrictIn } from './demo.ts';
import { renderedFeatures, settleMap } from './map-page.ts';

// The planner's four questions for 胜利街道 (issue 15) through the lists beside the map, in
// Debian's Chromium against the real server on the demo district. Clicks are counted from the
// district's first view; screenshots go to test-results/lists/ (not committed).
const skip = browserSkip();

const SHOTS = 'test-results/lists';

let suite: BrowserSuite;
let page: Page;
let token: string;
let scope: string;

/** The data of a GraphQL request as the suite's user. */
const api = (query: string, variables?: Record<string, unknown>) =>
  suite.api(token, query, variables);

const counts = async (walk: number | null) =>
  (
    await api(
      `query ($input: PlannerListInput!) { plannerListCounts(input: $input) {
        blankSpots gaps joinCandidates workstations outsideCenters } }`,
      { input: { list: 'BLANK_SPOTS', scope, reach: walk ? { walkMinutes: walk } : null } },
    )
  ).plannerListCounts as Record<string, number>;

/** Waits until every layer has the data of the current viewport and the map has drawn it. */
const settle = () => settleMap(page, 300, 200);

const rendered = (layers: string[]) => renderedFeatures(page, layers);

/** The count a list's tab shows, once loaded. */
async function tabCount(key: string): Promise<number> {
  const el = page.getByTestId(`list-count-${key}`);
  await expect.poll(async () => el.textContent(), { timeout: 60_000 }).not.toBe('…');
  return Number((await el.textContent())!.replace(/[^\d]/g, ''));
}

/** Waits until the open list shows `n` rows in all (the previous list's range may linger). */
async function expectListTotal(n: number) {
  await expect.poll(listTotal, { timeout: 60_000 }).toBe(n);
}

async function listTotal(): Promise<number> {
  const range = page.getByTestId('list-range');
  await expect.poll(async () => range.textContent(), { timeout: 60_000 }).toMatch(/共|of/);
  const text = (await range.textContent())!;
  const m = /共 ([\d,]+) 条|of ([\d,]+)/.exec(text)!;
  return Number((m[1] ?? m[2])!.replace(/,/g, ''));
}

let clicks = 0;
const click = async (testId: string) => {
  clicks++;
  await page.getByTestId(testId).click();
};

describe.skipIf(!!skip)("the planner's lists in a browser", () => {
  suite = useBrowserSuite(SHOTS);
  beforeAll(async () => {
    token = await suite.signIn();
    const h = await api(`{ districts { subdistricts { id name } } }`);
    scope = demoSubdistrictIn(h).id;
    page = await suite.page(token, {
      viewport: { width: 1500, height: 880 },
      acceptDownloads: true,
    });
  });

  it('opens on the district, fitted, with two layers, fitted classes and named subdistricts', async () => {
    await page.goto(suite.server.url);
    await page.waitForFunction(() => window.__atlasFirstRender != null, null, { timeout: 60_000 });
    await settle();
    await page.screenshot({ path: `${SHOTS}/district-zh.png` });
    const on = async (k: string) => page.getByTestId(`layer-${k}`).isChecked();
    expect([await on('grids'), await on('blank'), await on('joint'), await on('ws')]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    // Fitted to the district: the whole of it on screen at about zoom 10.
    const zoom = await page.evaluate(() => window.__atlasMap!.getZoom());
    expect(zoom).toBeGreaterThan(9);
    expect(zoom).toBeLessThan(11.5);
    expect((await rendered(['subdistricts-label'])).length).toBeGreaterThan(5);
    expect((await rendered(['scope-line'])).length).toBeGreaterThan(0);
    // The choropleth separates the data: several classes, each colour used by some grid.
    const classes = await page.getByTestId('legend-class').count();
    expect(classes).toBeGreaterThanOrEqual(4);
  });

  it('answers the four questions for 胜利街道 in a few clicks, as the API counts', async () => {
    // Clicks are counted for each question from the district's first view (the subdistrict
    // chosen in the breadcrumb's list is one click); the questions follow each other, so a
    // question's count is the clicks it takes once the subdistrict is open, plus that one.
    clicks = 0;
    clicks++; // choosing the subdistrict from the breadcrumb's list
    await page.getByTestId('scope-children').selectOption({ label: DEMO_SUBDISTRICT });
    await settle();
    const api0 = await counts(null);
    const perQuestion: Record<string, number> = {};
    const asked = (q: string, from: number) => (perQuestion[q] = 1 + clicks - from);
    // 1. Blank spots: the list that opens by default.
    expect(await tabCount('blank')).toBe(api0.blankSpots);
    await expectListTotal(api0.blankSpots!);
    await page.screenshot({ path: `${SHOTS}/q1-blank-spots.png` });
    asked('blank spots', 1);
    // 2. Which could join an existing joint branch.
    let from = clicks;
    await click('list-tab-join');
    await expectListTotal(api0.joinCandidates!);
    expect(await tabCount('join')).toBe(api0.joinCandidates);
    expect(api0.joinCandidates).toBeGreaterThan(0);
    expect(await page.getByTestId('list-row').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/q2-join.png` });
    asked('could join a joint branch', from);
    // 3. Buildings with workstations.
    from = clicks;
    await click('list-tab-ws');
    await expectListTotal(api0.workstations!);
    expect(await tabCount('ws')).toBe(api0.workstations);
    await page.screenshot({ path: `${SHOTS}/q3-workstations.png` });
    asked('workstations', from);
    // 4. Outside every 5-minute circle: the circles on, 5 minutes, the list.
    from = clicks;
    await click('layer-centers');
    await click('walk-5');
    await click('list-tab-outside');
    const api5 = await counts(5);
    await expectListTotal(api5.outsideCenters!);
    expect(await tabCount('outside')).toBe(api5.outsideCenters);
    await settle();
    asked('outside every 5-minute circle', from);
    await page.screenshot({ path: `${SHOTS}/q4-outside-5min.png` });
    // Visible at the subdistrict's view: cells with their count badge, or single marks.
    const marks = await rendered(['outside-cells', 'outside-points']);
    expect(marks.length).toBeGreaterThan(0);
    // Known gap (issue 15): the outside cells' count badges sit on the grid's point, where the
    // blank spots' badge already is, and are dropped by collision; reported, not asserted yet.
    const badges = (await rendered(['outside-cells-count'])).length;
    const cellMarks = marks.filter((m) => m.layer === 'outside-cells').length;
    if (cellMarks && !badges) console.warn(`[e2e] ${cellMarks} outside cells without a badge`);
    expect(
      (await rendered(['grids-label'])).length + (await rendered(['subdistricts-label'])).length,
    ).toBeGreaterThan(0);
    console.log(
      `[e2e] clicks per question from the district view: ${Object.entries(perQuestion)
        .map(([q, n]) => `${q} ${n}`)
        .join(', ')} (counts: blank ${api0.blankSpots}, join ${api0.joinCandidates}, ` +
        `workstations ${api0.workstations}, outside 5 min ${api5.outsideCenters})`,
    );
    for (const n of Object.values(perQuestion)) expect(n).toBeLessThanOrEqual(5);
  });

  it('opens a deep link with scope and sel alone, and Back returns to the previous view', async () => {
    const row = await api(
      `query ($input: PlannerListInput!) { plannerList(input: $input, first: 1) { rows { id name } } }`,
      { input: { list: 'BLANK_SPOTS', scope } },
    );
    const org = row.plannerList.rows[0] as { id: string; name: string };
    const deep = await suite.page(token, {
      viewport: { width: 1500, height: 880 },
    });
    await deep.goto(
      `${suite.server.url}/?scope=${encodeURIComponent(scope)}&sel=${encodeURIComponent(org.id)}`,
    );
    await deep.waitForFunction(() => window.__atlasFirstRender != null, null, { timeout: 60_000 });
    // The scope is open (breadcrumb, lists) and the card of the selection shows.
    await expect
      .poll(async () => deep.getByTestId('crumb-subdistrict').textContent(), { timeout: 30_000 })
      .toContain(DEMO_SUBDISTRICT);
    await deep.getByTestId('card').waitFor({ timeout: 30_000 });
    expect(await deep.getByTestId('card').textContent()).toContain(org.name);
    // Fitted to the subdistrict, not left on the district.
    await expect
      .poll(async () => deep.evaluate(() => window.__atlasMap!.getZoom()), { timeout: 30_000 })
      .toBeGreaterThan(11);
    // Going to the district and back: Back returns to the subdistrict and its selection.
    await deep.getByTestId('crumb-district').click();
    await expect.poll(() => deep.url()).not.toContain('scope=Subdistrict');
    await deep.goBack();
    await expect.poll(() => deep.url()).toContain(`scope=${encodeURIComponent(scope)}`);
    expect(deep.url()).toContain(`sel=${encodeURIComponent(org.id)}`);
    await expect
      .poll(async () => deep.getByTestId('crumb-subdistrict').textContent(), { timeout: 30_000 })
      .toContain(DEMO_SUBDISTRICT);
    await deep.close();
  });

  it('flies to a row and marks it, sorts, pages and exports the list as .xlsx', async () => {
    const first = page.getByTestId('list-row').first();
    const id = await first.getAttribute('data-id');
    await first.click();
    await page.getByTestId('place-mark').waitFor({ timeout: 15_000 });
    await settle();
    expect(await page.evaluate(() => window.__atlasMap!.getZoom())).toBeGreaterThanOrEqual(15.9);
    expect(page.url()).toContain(`sel=${encodeURIComponent(id!)}`);
    await page.getByTestId('card').waitFor({ timeout: 15_000 });
    await page.screenshot({ path: `${SHOTS}/street-zh.png` });
    // Sort by name, descending (two clicks on the header).
    await page.getByTestId('list-sort-name').click();
    await page.getByTestId('list-sort-name').click();
    await expect
      .poll(async () => page.getByTestId('list-sort-name').getAttribute('aria-sort'))
      .toBe('descending');
    const total = await listTotal();
    expect(total).toBe((await counts(5)).outsideCenters);
    if (total > 50) {
      await page.getByTestId('list-next').click();
      await expect.poll(async () => page.getByTestId('list-range').textContent()).toMatch(/51/);
    }
    const download = page.waitForEvent('download', { timeout: 60_000 });
    await page.getByTestId('list-export-xlsx').click();
    const file = await (await download).path();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const ws = book.worksheets[0]!;
    expect(ws.rowCount).toBe(total + 1);
    expect(ws.getRow(1).getCell(1).value).toBe('名称');
    const names: string[] = [];
    ws.eachRow((r, n) => n > 1 && names.push(String(r.getCell(1).value)));
    const sorted = [...names].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
    expect(names).toEqual(sorted);
  });

  it('shows the subdistrict and street views in both languages (screenshots) and pans fast', async () => {
    await page.getByTestId('crumb-subdistrict').click();
    await settle();
    await page.screenshot({ path: `${SHOTS}/subdistrict-zh.png` });
    await page.getByTestId('lang-switch').click();
    await settle();
    await page.screenshot({ path: `${SHOTS}/subdistrict-en.png` });
    expect(await page.getByTestId('list-tab-outside').textContent()).toMatch(/Outside circles/);
    await page.getByTestId('list-row').first().click();
    await settle();
    await page.screenshot({ path: `${SHOTS}/street-en.png` });
    // Pan at district level with all layers on: time until every layer has its new data drawn.
    await page.getByTestId('crumb-district').click();
    await settle();
    await page.screenshot({ path: `${SHOTS}/district-en.png` });
    for (const k of ['joint', 'ws']) await page.getByTestId(`layer-${k}`).click();
    await settle();
    await page.screenshot({ path: `${SHOTS}/district-all-layers-en.png` });
    const times: number[] = [];
    for (const dx of [200, -200, 150, -150, 100]) {
      const t0 = Date.now();
      await page.evaluate((d) => {
        const m = window.__atlasMap as unknown as { panBy(o: [number, number], a: object): void };
        m.panBy([d, 0], { duration: 0 });
      }, dx);
      await settle();
      times.push(Date.now() - t0 - 500); // less settle()'s fixed waits
    }
    times.sort((a, b) => a - b);
    console.log(`[e2e] district pan with all layers: median ${times[2]} ms (${times.join(', ')})`);
  });
});
