import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserSkip, useBrowserSuite, type BrowserSuite } from './atlas-server.ts';
import type {} from './test-hooks.ts';

// Issue 16 in a browser: a grid manager corrects an organization from its card (employees and
// a trade union), sees the change and the coverage before -> after, saves, and the card's
// reasons and the grid's counts follow; a session that opened the form earlier gets the conflict
// with who saved; a planner sees the same card without edit controls.
const skip = browserSkip();
const SHOTS = 'test-results/ledger-edit';

let suite: BrowserSuite;

async function gql(token: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${suite.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function openCard(token: string, id: string, scope?: string): Promise<Page> {
  const page = await suite.page(token, { viewport: { width: 1280, height: 900 } });
  const at = scope ? `scope=${encodeURIComponent(scope)}&` : '';
  await page.goto(`${suite.server.url}/?${at}sel=${encodeURIComponent(id)}`);
  await page.waitForFunction(() => window.__atlasFirstRender != null, null, { timeout: 90_000 });
  await page.getByTestId('org-card').waitFor({ timeout: 60_000 });
  return page;
}

/** The map page (no card needed), after the first render. */
async function openMap(token: string, query: string): Promise<Page> {
  const page = await suite.page(token, { viewport: { width: 1280, height: 900 } });
  await page.goto(`${suite.server.url}/?${query}`);
  await page.waitForFunction(() => window.__atlasFirstRender != null, null, { timeout: 90_000 });
  return page;
}

const settled = (page: Page) =>
  page.waitForFunction(() => window.__atlasMap!.loaded() && !window.__atlasMap!.isMoving());

/**
 * How far down the map the card or the new-organization form reaches (px from the map's top):
 * what lies below it is the part of the map a user sees.
 */
const clearTop = (page: Page) =>
  page.evaluate(() => {
    const r = window.__atlasMap!.getCanvas().getBoundingClientRect();
    const over = document.querySelector('[data-testid="card"], [data-testid="add-org-form"]');
    return { top: over ? over.getBoundingClientRect().bottom - r.top : 0, height: r.height };
  });

/** Centres a point in the part of the map below the card or form. */
async function centreOn(page: Page, at: [number, number], zoom: number) {
  const { top, height } = await clearTop(page);
  await page.evaluate(
    ([c, z, dy]) => {
      const m = window.__atlasMap!;
      m.jumpTo({ center: c, zoom: z });
      m.easeTo({ center: c, offset: [0, dy], duration: 0 });
    },
    [at, zoom, (top + height) / 2 - height / 2] as const,
  );
  await settled(page);
}

/** Fits points into the part of the map below the card (a user pans there before dragging). */
async function fitClear(page: Page, pts: [number, number][]) {
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const { top } = await clearTop(page);
  await page.evaluate(
    ([b, t]) => {
      (window.__atlasMap as any).fitBounds(b, {
        padding: { top: t + 40, bottom: 40, left: 40, right: 40 },
        maxZoom: 18,
        animate: false,
      });
    },
    [[Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], top] as const,
  );
  await settled(page);
}

/** Where a point is on the page. */
async function screenOf(page: Page, at: [number, number]) {
  return page.evaluate((p) => {
    const m = window.__atlasMap!;
    const r = m.getCanvas().getBoundingClientRect();
    const q = m.project(p);
    return { x: r.left + q.x, y: r.top + q.y };
  }, at);
}

/**
 * Drags the move marker from the point it stands on and lets it go `offset` px beside another: the
 * pin is grabbed 12 px above its tip and released 12 px above the target (the marker keeps the
 * grab's distance from its point).
 */
async function dragTo(page: Page, from: [number, number], to: [number, number], offset: number) {
  const start = await screenOf(page, from);
  const end = await screenOf(page, to);
  await page.mouse.move(start.x, start.y - 12);
  await page.mouse.down();
  await page.mouse.move(start.x + 5, start.y - 7, { steps: 3 });
  await page.mouse.move(end.x + offset, end.y - 12 + offset, { steps: 12 });
  await page.mouse.up();
}

/** Starts a move on the open card, drags its marker (dragTo) and waits for the save's preview. */
async function dragMove(page: Page, from: [number, number], to: [number, number], offset: number) {
  await page.getByTestId('move-button').click();
  await page.getByTestId('move-marker').waitFor();
  await dragTo(page, from, to, offset);
  await page.getByTestId('move-preview').waitFor({ timeout: 30_000 });
}

/** Saves the previewed move and waits until the move session has closed. */
async function saveMove(page: Page) {
  await page.getByTestId('move-save').click();
  await page.getByTestId('move-session').waitFor({ state: 'detached', timeout: 30_000 });
}

const BLANK = `query($g: ID!) { organizations(filter: { gridId: $g, statuses: [OPERATING] }, first: 200) {
  nodes { id name partyMembers employees hasTradeUnion partyOrganization { id } instructors { id }
    coverage { blankSpot } } } }`;
const GRID = `query($g: ID!) { grid(id: $g) { coverageSummary { blankSpots } } }`;

describe.skipIf(!!skip)('editing the ledger from an organization card', () => {
  let manager = '';
  let gridId = '';
  suite = useBrowserSuite(SHOTS);
  beforeAll(async () => {
    manager = await suite.signIn('manager1');
    gridId = (await gql(manager, `{ me { scopes { id } } }`)).me.scopes[0].id;
  });

  it('a manager previews and saves a correction; the card and the grid follow; a stale form gets the conflict', async () => {
    const orgs = (await gql(manager, BLANK, { g: gridId })).organizations.nodes as any[];
    // without members and under 50 employees, a trade union is all the rules ask (work coverage)
    const o = orgs.find((x) => x.coverage.blankSpot && x.partyMembers === 0 && x.employees < 40);
    expect(o, 'a small blank spot without members in the manager grid').toBeTruthy();
    const blankBefore = (await gql(manager, GRID, { g: gridId })).grid.coverageSummary.blankSpots;

    const stale = await openCard(manager, o.id);
    await stale.getByTestId('org-edit-button').click();
    await stale.getByTestId('org-editor').waitFor();

    const page = await openCard(manager, o.id);
    expect(await page.getByTestId('org-status').textContent()).toBe('空白点');
    await page.getByTestId('org-edit-button').click();
    await page.getByTestId('edit-employees').fill(String(o.employees + 1));
    await page.getByTestId('edit-hasTradeUnion').check();
    await page.screenshot({ path: `${SHOTS}/1-form.png` });
    await page.getByTestId('edit-preview-button').click();
    const preview = page.getByTestId('edit-preview');
    await preview.waitFor({ timeout: 30_000 });
    const text = (await preview.textContent()) ?? '';
    expect(text).toContain('从业人员数');
    expect(text).toContain('工会');
    expect(await page.getByTestId('edit-coverage-change').textContent()).toMatch(
      /空白点.*工作覆盖/,
    );
    await preview.screenshot({ path: `${SHOTS}/2-preview.png` });
    await page.screenshot({ path: `${SHOTS}/2-preview-page.png` });
    // the preview wrote nothing
    expect((await gql(manager, GRID, { g: gridId })).grid.coverageSummary.blankSpots).toBe(
      blankBefore,
    );

    await page.getByTestId('edit-save').click();
    await expect
      .poll(() => page.getByTestId('org-status').textContent(), { timeout: 30_000 })
      .toBe('工作覆盖');
    expect(await page.getByTestId('org-editor').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/3-saved.png` });
    // The card's history names the change, who made it and the field, in Chinese.
    await page.getByTestId('history-toggle').click();
    const entry = page.getByTestId('history-entry').first();
    await entry.waitFor({ timeout: 30_000 });
    const said = (await entry.innerText()).replace(/\s+/g, ' ');
    expect(said).toContain('修改台账');
    expect(said).toContain('manager1');
    expect(said).toMatch(new RegExp(`从业人员数: ${o.employees} → ${o.employees + 1}`));
    expect(said).toContain('工会: 否 → 是');
    expect(said).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
    await page.getByTestId('card-history').screenshot({ path: `${SHOTS}/3-history.png` });
    expect((await gql(manager, GRID, { g: gridId })).grid.coverageSummary.blankSpots).toBe(
      blankBefore - 1,
    );

    // the form opened before the save is stale now
    await stale.getByTestId('edit-employees').fill(String(o.employees + 5));
    await stale.getByTestId('edit-preview-button').click();
    const conflict = stale.getByTestId('edit-conflict');
    await conflict.waitFor({ timeout: 30_000 });
    expect(await conflict.textContent()).toContain('manager1');
    await stale.screenshot({ path: `${SHOTS}/4-conflict.png` });
  }, 400_000);

  it('names the bad field next to its input', async () => {
    const orgs = (await gql(manager, BLANK, { g: gridId })).organizations.nodes as any[];
    const page = await openCard(manager, orgs[0].id);
    await page.getByTestId('org-edit-button').click();
    await page.getByTestId('edit-uscc').fill('91110113123456788A');
    await page.getByTestId('edit-employees').fill('-3');
    await page.getByTestId('edit-preview-button').click();
    await page.getByTestId('problem-uscc').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('problem-uscc').textContent()).toContain('校验码');
    expect(await page.getByTestId('problem-employees').textContent()).toContain('0..1000000');
    await page.screenshot({ path: `${SHOTS}/5-field-errors.png` });
  });

  it("a manager edits an organization's members from 2 to 3: the card's reasons and the grid's figures follow without a reload; a planner sees the same card read-only", async () => {
    const MEMBERS = `query($g: ID!) { organizations(filter: { gridId: $g, statuses: [OPERATING], hasPartyOrganization: false }, first: 200) {
      nodes { id version partyMembers employees } } }`;
    const SUMMARY = `query($g: ID!) { grid(id: $g) { coverageSummary { members organizationalRate total } } }`;
    const orgs = (await gql(manager, MEMBERS, { g: gridId })).organizations.nodes as any[];
    // an organization without a party organization, big enough for 3 members; 2 members to start
    const o =
      orgs.find((x) => x.partyMembers === 2 && x.employees >= 3) ??
      orgs.find((x) => x.partyMembers > 0 && x.employees >= 3);
    expect(o, 'an organization with party members and no party organization').toBeTruthy();
    if (o.partyMembers !== 2)
      await gql(
        manager,
        `mutation($id: ID!, $v: Int!) { updateOrganization(id: $id, expectedVersion: $v, facts: { partyMembers: 2 }) { version } }`,
        { id: o.id, v: o.version },
      );
    const before = (await gql(manager, SUMMARY, { g: gridId })).grid.coverageSummary;

    const planner = await suite.signIn('planner');
    const read = await openCard(planner, o.id, gridId);
    await read.getByTestId('org-reasons').waitFor();
    expect(await read.getByTestId('org-reasons').textContent()).toContain('正式党员2名');
    expect(await read.getByTestId('org-edit-button').count()).toBe(0);
    await read.screenshot({ path: `${SHOTS}/6-planner-read-only.png` });

    const page = await openCard(manager, o.id, gridId);
    const rate = page.getByTestId('summary-rate');
    await expect.poll(() => rate.textContent(), { timeout: 60_000 }).toMatch(/%/);
    const rateBefore = await rate.textContent();
    expect(await page.getByTestId('org-reasons').textContent()).toContain('正式党员2名');
    await page.getByTestId('org-edit-button').click();
    await page.getByTestId('edit-partyMembers').fill('3');
    await page.getByTestId('edit-preview-button').click();
    const preview = page.getByTestId('edit-preview');
    await preview.waitFor({ timeout: 30_000 });
    expect(await preview.textContent()).toMatch(/党员.*2.*3/);
    await page.getByTestId('edit-save').click();
    await expect
      .poll(() => page.getByTestId('org-reasons').textContent(), { timeout: 30_000 })
      .toContain('正式党员3名');
    const after = (await gql(manager, SUMMARY, { g: gridId })).grid.coverageSummary;
    expect(after.members).toBe(before.members + 1);
    await page.screenshot({ path: `${SHOTS}/7-members-3.png` });
    // The grid's rate is organizational / active organizations: a member count moves neither, so
    // it stays; the same card's status change (to the zombie clean-up list) moves it, and the
    // panel follows without a reload (atlas:ledger-changed).
    expect(await rate.textContent()).toBe(rateBefore);
    await page.getByTestId('org-edit-button').click();
    await page.getByTestId('edit-status').selectOption('ZOMBIE');
    await page.getByTestId('edit-preview-button').click();
    await page.getByTestId('edit-preview').waitFor({ timeout: 30_000 });
    await page.getByTestId('edit-save').click();
    await expect
      .poll(() => page.getByTestId('org-status').textContent(), { timeout: 30_000 })
      .toBe('不计入（僵尸型/已注销）');
    const zombie = (await gql(manager, SUMMARY, { g: gridId })).grid.coverageSummary;
    expect(zombie.total).toBe(before.total - 1);
    const shown = `${(zombie.organizationalRate * 100).toFixed(1)}%`;
    await expect.poll(() => rate.textContent(), { timeout: 30_000 }).toBe(shown);
    if (before.organizationalRate > 0) expect(shown).not.toBe(rateBefore);
    await page.screenshot({ path: `${SHOTS}/8-zombie-rate.png` });
  }, 400_000);

  it('a planner sees the same card without edit controls', async () => {
    const planner = await suite.signIn('planner');
    const orgs = (await gql(manager, BLANK, { g: gridId })).organizations.nodes as any[];
    const page = await openCard(planner, orgs[0].id);
    await page.waitForTimeout(500);
    expect(await page.getByTestId('org-edit-button').count()).toBe(0);
    expect(await page.getByTestId('org-reasons').count()).toBe(1);
  });

  it('the semiannual check: the grid card shows the progress and a manager confirms an organization unchanged; a planner only sees the list', async () => {
    const CHECK = `query($g: ID!) { grid(id: $g) { ledgerCheck { organizations checked pending(first: 1) { id name } } } }`;
    const before = (await gql(manager, CHECK, { g: gridId })).grid.ledgerCheck;
    expect(before.pending.length, 'an organization still to check').toBe(1);
    const openGrid = async (token: string) => {
      const page = await suite.page(token, { viewport: { width: 1280, height: 900 } });
      await page.goto(`${suite.server.url}/?sel=${encodeURIComponent(gridId)}`);
      await page.getByTestId('ledger-check').waitFor({ timeout: 90_000 });
      return page;
    };
    const page = await openGrid(manager);
    const progress = page.getByTestId('ledger-check-progress');
    expect(await progress.textContent()).toBe(`已核查 ${before.checked} / ${before.organizations}`);
    // The list is folded so that the card leaves the grid in view; the manager opens it.
    expect(await page.getByTestId('ledger-check-pending').isVisible()).toBe(false);
    await page.getByTestId('ledger-check-open').click();
    await page.getByTestId('ledger-check').screenshot({ path: `${SHOTS}/9-check-before.png` });
    await page.getByTestId('ledger-check-confirm').first().click();
    await expect
      .poll(() => progress.textContent(), { timeout: 30_000 })
      .toBe(`已核查 ${before.checked + 1} / ${before.organizations}`);
    expect(await page.getByTestId('ledger-check-pending').textContent()).not.toContain(
      before.pending[0].name,
    );
    await page.getByTestId('ledger-check').screenshot({ path: `${SHOTS}/10-check-after.png` });

    const planner = await openGrid(await suite.signIn('planner'));
    await planner.getByTestId('ledger-check-open').click();
    await planner.getByTestId('ledger-check-pending').waitFor();
    expect(await planner.getByTestId('ledger-check-confirm').count()).toBe(0);
  }, 400_000);

  it('an administrator changes a service center radius from its card; a planner sees no form', async () => {
    const admin = await suite.signIn('admin');
    const CENTERS = `{ districts { serviceCenters(first: 1) { id name serviceRadiusM version } } }`;
    const c = (await gql(admin, CENTERS)).districts[0].serviceCenters[0];
    const openCenter = async (token: string) => {
      const page = await suite.page(token, { viewport: { width: 1280, height: 900 } });
      await page.goto(`${suite.server.url}/?sel=${encodeURIComponent(c.id)}`);
      await page.getByTestId('center-card').waitFor({ timeout: 90_000 });
      return page;
    };
    const page = await openCenter(admin);
    await page.getByTestId('place-edit-button').click();
    const radius = c.serviceRadiusM + 100;
    await page.getByTestId('place-serviceRadiusM').fill('abc');
    await page.getByTestId('place-save').click();
    expect(await page.getByTestId('place-problem-serviceRadiusM').textContent()).toBe('请填写数字');
    await page.getByTestId('place-serviceRadiusM').fill(String(radius));
    await page.screenshot({ path: `${SHOTS}/11-center-form.png` });
    await page.getByTestId('place-save').click();
    await expect
      .poll(() => page.getByTestId('center-card').textContent(), { timeout: 30_000 })
      .toContain(String(radius));
    expect(await page.getByTestId('place-edit-message').textContent()).toMatch(/半径外的组织/);
    await page.screenshot({ path: `${SHOTS}/12-center-saved.png` });
    const after = (await gql(admin, CENTERS)).districts[0].serviceCenters[0];
    expect([after.serviceRadiusM, after.version]).toEqual([radius, c.version + 1]);

    const planner = await openCenter(await suite.signIn('planner'));
    await planner.waitForTimeout(500);
    expect(await planner.getByTestId('place-edit-button').count()).toBe(0);
  }, 400_000);
  it('a manager adds an organization by a click on the map: the form names the building and grid, field errors show beside their inputs, the new card opens and the layer shows it; a planner has no such button', async () => {
    const BUILDINGS = `query($g: ID!) { grid(id: $g) { name buildings(first: 20) { id name location } } }`;
    const g = (await gql(manager, BUILDINGS, { g: gridId })).grid;
    const b = g.buildings[0];
    const at = b.location.coordinates as [number, number];
    const page = await openMap(manager, `scope=${encodeURIComponent(gridId)}`);
    await page.getByTestId('add-org-button').click();
    const form = page.getByTestId('add-org-form');
    await form.waitFor();
    await centreOn(page, at, 17);
    // a click 3 px beside the building lands on it (snapped within 30 m)
    const p = await screenOf(page, at);
    await page.mouse.click(p.x + 3, p.y + 2);
    await expect
      .poll(() => page.getByTestId('add-org-building').textContent(), { timeout: 30_000 })
      .toContain(b.name);
    expect(await page.getByTestId('add-org-grid').textContent()).toBe(g.name);
    expect(await page.getByTestId('add-org-marker').count()).toBe(1);
    // the click selected nothing: no card opened under the form
    expect(await page.getByTestId('card').count()).toBe(0);
    await page.screenshot({ path: `${SHOTS}/13-add-form.png` });

    // required name (checked here), then a bad credit code (refused by the server, named beside it)
    await page.getByTestId('add-org-save').click();
    expect(await page.getByTestId('add-org-problem-name').textContent()).toBe('必填');
    const name = `地图新增测试公司${Date.now() % 100000}`;
    await page.getByTestId('add-org-name').fill(name);
    await page.getByTestId('add-org-uscc').fill('91110113123456788A');
    await page.getByTestId('add-org-employees').fill('12');
    await page.getByTestId('add-org-save').click();
    await page.getByTestId('add-org-problem-uscc').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('add-org-problem-uscc').textContent()).toContain('校验码');
    await form.screenshot({ path: `${SHOTS}/14-add-field-error.png` });
    await page.getByTestId('add-org-uscc').fill('');
    await page.getByTestId('add-org-save').click();

    // the new organization's card opens; the ledger has it where the click put it
    await page.getByTestId('org-card').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="org-card"] h2').textContent()).toBe(name);
    expect(await page.getByTestId('add-org-form').count()).toBe(0);
    const FIND = `query($s: String!) { organizations(filter: { search: $s }, first: 2) { nodes {
      id name employees status building { id } grid { id } coverage { blankSpot } } } }`;
    const [o, more] = (await gql(manager, FIND, { s: name })).organizations.nodes;
    expect(more).toBeUndefined();
    expect(o).toMatchObject({
      name,
      employees: 12,
      status: 'OPERATING',
      building: { id: b.id },
      grid: { id: gridId },
      coverage: { blankSpot: true },
    });
    // the blank-spot layer reloaded with it
    await expect
      .poll(
        () =>
          page.evaluate(
            (id) =>
              window
                .__atlasMap!.queryRenderedFeatures({ layers: ['blank-points'] })
                .some((f) => f.properties.id === id),
            o.id,
          ),
        { timeout: 30_000 },
      )
      .toBe(true);
    await page.screenshot({ path: `${SHOTS}/15-added-card.png` });

    const planner = await openMap(await suite.signIn('planner'), `sel=${encodeURIComponent(o.id)}`);
    await planner.getByTestId('org-card').waitFor({ timeout: 60_000 });
    await planner.waitForTimeout(500);
    expect(await planner.getByTestId('add-org-button').count()).toBe(0);
    expect(await planner.getByTestId('move-button').count()).toBe(0);
    expect(await planner.getByTestId('org-edit-button').count()).toBe(0);
  }, 400_000);

  it('a manager moves an organization by dragging it onto another building: the preview names the change, cancel restores, save writes it with the version', async () => {
    const ORG = `query($g: ID!) { organizations(filter: { gridId: $g, statuses: [OPERATING] }, first: 50) {
      nodes { id name version location building { id name } } }
      grid(id: $g) { name buildings(first: 50) { id name location } } }`;
    const r = await gql(manager, ORG, { g: gridId });
    const o = (r.organizations.nodes as any[]).find((x) => x.building && x.location);
    expect(o, 'an organization in a building of the manager grid').toBeTruthy();
    const from = o.location.coordinates as [number, number];
    // the nearest other building of the grid, so that both fit on the screen at a street zoom
    const dist = (q: number[]) => Math.hypot(q[0]! - from[0], q[1]! - from[1]);
    const target = (r.grid.buildings as any[])
      .filter((x) => x.id !== o.building.id && dist(x.location.coordinates) > 0.0008)
      .sort((x, y) => dist(x.location.coordinates) - dist(y.location.coordinates))[0];
    expect(target, 'another building of the grid').toBeTruthy();
    const to = target.location.coordinates as [number, number];

    const page = await openCard(manager, o.id, gridId);
    await fitClear(page, [from, to]);
    const marker = page.getByTestId('move-marker');

    // a first drag, then cancel: the marker goes, nothing changed
    await dragMove(page, from, to, 0);
    await page.getByTestId('move-cancel').click();
    expect(await marker.count()).toBe(0);
    const ONE = `query($id: ID!) { organization(id: $id) { version building { id } grid { id } location } }`;
    expect((await gql(manager, ONE, { id: o.id })).organization).toMatchObject({
      version: o.version,
      building: { id: o.building.id },
    });

    // again, let go a few pixels beside the building: it snaps onto it
    await dragMove(page, from, to, 4);
    const preview = page.getByTestId('move-preview');
    expect(await page.getByTestId('move-building').textContent()).toBe(target.name);
    expect(await preview.textContent()).toContain(o.building.name);
    expect(await page.getByTestId('move-grid-effect').textContent()).toContain(r.grid.name);
    expect(await page.getByTestId('move-coverage').textContent()).toMatch(/覆盖状态/);
    // the marker sits on the building now
    const snapped = await screenOf(page, to);
    const box = (await marker.boundingBox())!;
    expect(Math.abs(box.x + box.width / 2 - snapped.x)).toBeLessThan(2);
    await page.screenshot({ path: `${SHOTS}/16-move-preview.png` });
    await saveMove(page);
    expect(await marker.count()).toBe(0);
    await expect
      .poll(() => page.getByTestId('org-card').textContent(), { timeout: 30_000 })
      .toContain(target.name);
    const after = (await gql(manager, ONE, { id: o.id })).organization;
    expect(after).toMatchObject({
      version: o.version + 1,
      building: { id: target.id },
      grid: { id: gridId },
    });
    expect(after.location.coordinates[0]).toBeCloseTo(to[0], 9);
    expect(after.location.coordinates[1]).toBeCloseTo(to[1], 9);
    await page.screenshot({ path: `${SHOTS}/17-moved.png` });
  }, 400_000);

  it('a manager opens a workstation in a building of the grid from its card', async () => {
    const FREE = `query($g: ID!) { grid(id: $g) { buildings(first: 200) { id name workstation { id } } } }`;
    const b = ((await gql(manager, FREE, { g: gridId })).grid.buildings as any[]).find(
      (x) => !x.workstation,
    );
    expect(b, 'a building without a workstation').toBeTruthy();
    const page = await suite.page(manager, { viewport: { width: 1280, height: 900 } });
    await page.goto(`${suite.server.url}/?sel=${encodeURIComponent(b.id)}`);
    await page.getByTestId('building-card').waitFor({ timeout: 90_000 });
    await page.getByTestId('open-workstation-button').click();
    await page.getByTestId('open-workstation-staff').fill('2');
    await page.screenshot({ path: `${SHOTS}/18-workstation-form.png` });
    await page.getByTestId('open-workstation-save').click();
    await expect
      .poll(() => page.getByTestId('building-card').textContent(), { timeout: 30_000 })
      .toContain('党建工作站');
    expect(await page.getByTestId('open-workstation-button').count()).toBe(0);
    const WS = `query($id: ID!) { building(id: $id) { workstation { name staff version } } }`;
    expect((await gql(manager, WS, { id: b.id })).building.workstation).toMatchObject({
      name: `${b.name}党建工作站`,
      staff: 2,
      version: 1,
    });
    await page.screenshot({ path: `${SHOTS}/19-workstation-opened.png` });
  }, 400_000);
  it('an administrator drags a service center to a new place: the preview counts the organizations outside every radius, save writes it; a planner has no move button', async () => {
    const admin = await suite.signIn('admin');
    const CENTERS = `{ districts { serviceCenters(first: 2) { id name version location } } }`;
    const c = (await gql(admin, CENTERS)).districts[0].serviceCenters[1];
    const from = c.location.coordinates as [number, number];
    const to: [number, number] = [from[0] + 0.003, from[1] - 0.002];
    const page = await openMap(admin, `sel=${encodeURIComponent(c.id)}`);
    await page.getByTestId('center-card').waitFor({ timeout: 60_000 });
    await fitClear(page, [from, to]);
    await dragMove(page, from, to, 0);
    expect(await page.getByTestId('move-outside').textContent()).toMatch(
      /服务半径外的组织：\d+ → \d+/,
    );
    await page.screenshot({ path: `${SHOTS}/20-center-move-preview.png` });
    await saveMove(page);
    const ONE = `query($id: ID!) { node(id: $id) { ... on ServiceCenter { version location } } }`;
    const after = (await gql(admin, ONE, { id: c.id })).node;
    expect(after.version).toBe(c.version + 1);
    // where it was let go (or the building within 30 m it snapped to)
    const moved = Math.hypot(
      (after.location.coordinates[0] - to[0]) * 85_300,
      (after.location.coordinates[1] - to[1]) * 111_000,
    );
    expect(moved).toBeLessThan(35);

    const planner = await openMap(await suite.signIn('planner'), `sel=${encodeURIComponent(c.id)}`);
    await planner.getByTestId('center-card').waitFor({ timeout: 60_000 });
    await planner.waitForTimeout(500);
    expect(await planner.getByTestId('move-button').count()).toBe(0);
  }, 400_000);
  it('a manager drags a workstation onto another building of the grid', async () => {
    const WS = `query($g: ID!) { grid(id: $g) { buildings(first: 200) { id name location
      workstation { id version } } } }`;
    let bs = (await gql(manager, WS, { g: gridId })).grid.buildings as any[];
    if (!bs.some((x) => x.workstation)) {
      const free = bs.find((x) => !x.workstation);
      await gql(
        manager,
        `mutation($b: ID!) { createWorkstation(input: { buildingId: $b, facts: { name: "测试工作站" } }) { version } }`,
        { b: free.id },
      );
      bs = (await gql(manager, WS, { g: gridId })).grid.buildings;
    }
    const b = bs.find((x) => x.workstation);
    const from = b.location.coordinates as [number, number];
    const dist = (q: number[]) => Math.hypot(q[0]! - from[0], q[1]! - from[1]);
    const target = bs
      .filter((x) => !x.workstation && dist(x.location.coordinates) > 0.0008)
      .sort((x, y) => dist(x.location.coordinates) - dist(y.location.coordinates))[0];
    const to = target.location.coordinates as [number, number];
    const page = await openMap(manager, `sel=${encodeURIComponent(b.id)}`);
    await page.getByTestId('building-card').waitFor({ timeout: 60_000 });
    await fitClear(page, [from, to]);
    await dragMove(page, from, to, 3);
    expect(await page.getByTestId('move-building').textContent()).toContain(target.name);
    await page.screenshot({ path: `${SHOTS}/21-workstation-move-preview.png` });
    await saveMove(page);
    const ONE = `query($id: ID!) { building(id: $id) { workstation { id version } } }`;
    expect((await gql(manager, ONE, { id: target.id })).building.workstation).toEqual({
      id: b.workstation.id,
      version: b.workstation.version + 1,
    });
    expect((await gql(manager, ONE, { id: b.id })).building.workstation).toBeNull();
  }, 400_000);
});
