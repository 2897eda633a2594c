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
import type {} from './test-hooks.ts';

// Issue 16 in a browser: a grid manager corrects an organization from its card (employees and
// a trade union), sees the change and the coverage before -> after, saves, and the card's
// reasons and the grid's counts follow; a session that opened the form earlier gets the conflict
// with who saved; a planner sees the same card without edit controls.
const skip = browserSkipReason();
const SHOTS = 'test-results/ledger-edit';

let server: RunningServer;
let browser: Browser;

async function gql(token: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: any; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function openCard(token: string, id: string, scope?: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript((t) => localStorage.setItem('atlas.token', t), token);
  const at = scope ? `scope=${encodeURIComponent(scope)}&` : '';
  await page.goto(`${server.url}/?${at}sel=${encodeURIComponent(id)}`);
  await page.waitForFunction(() => window.__atlasFirstRender != null, null, { timeout: 90_000 });
  await page.getByTestId('org-card').waitFor({ timeout: 60_000 });
  return page;
}

const BLANK = `query($g: ID!) { organizations(filter: { gridId: $g, statuses: [OPERATING] }, first: 200) {
  nodes { id name partyMembers employees hasTradeUnion partyOrganization { id } instructors { id }
    coverage { blankSpot } } } }`;
const GRID = `query($g: ID!) { grid(id: $g) { coverageSummary { blankSpots } } }`;

describe.skipIf(!!skip)('editing the ledger from an organization card', () => {
  let manager = '';
  let gridId = '';
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    ensureWebBuild();
    server = await startServer();
    manager = await signIn(server.url, 'manager1');
    gridId = (await gql(manager, `{ me { scopes { id } } }`)).me.scopes[0].id;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
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

    const planner = await signIn(server.url, 'planner');
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
    const planner = await signIn(server.url, 'planner');
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
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.addInitScript((t) => localStorage.setItem('atlas.token', t), token);
      await page.goto(`${server.url}/?sel=${encodeURIComponent(gridId)}`);
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

    const planner = await openGrid(await signIn(server.url, 'planner'));
    await planner.getByTestId('ledger-check-open').click();
    await planner.getByTestId('ledger-check-pending').waitFor();
    expect(await planner.getByTestId('ledger-check-confirm').count()).toBe(0);
  }, 400_000);

  it('an administrator changes a service center radius from its card; a planner sees no form', async () => {
    const admin = await signIn(server.url, 'admin');
    const CENTERS = `{ districts { serviceCenters(first: 1) { id name serviceRadiusM version } } }`;
    const c = (await gql(admin, CENTERS)).districts[0].serviceCenters[0];
    const openCenter = async (token: string) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.addInitScript((t) => localStorage.setItem('atlas.token', t), token);
      await page.goto(`${server.url}/?sel=${encodeURIComponent(c.id)}`);
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

    const planner = await openCenter(await signIn(server.url, 'planner'));
    await planner.waitForTimeout(500);
    expect(await planner.getByTestId('place-edit-button').count()).toBe(0);
  }, 400_000);
});
