import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { browserSkip, useBrowserSuite, type BrowserSuite } from './atlas-server.ts';
import { DEMO_SUBDISTRICT } from './demo.ts';
import './test-hooks.ts';

// The planning panel (issue 18) in Debian's Chromium against the real server: a district-level
// run shows its phase and progress; for one subdistrict the joint-branch proposals and the
// instructor groups are drawn (each in its own style) and listed, one of each rejected, one
// instructor group accepted (one transaction on the server). Signed in as the district
// administrator (planners read, they do not assign). Screenshots go to test-results/planning/.
const skip = browserSkip();

const SHOTS = 'test-results/planning';

let suite: BrowserSuite;
let page: Page;

describe.skipIf(!!skip)('the planning panel in a browser', () => {
  suite = useBrowserSuite(SHOTS);
  beforeAll(async () => {
    page = await suite.page(await suite.signIn('admin'), {
      viewport: { width: 1500, height: 900 },
    });
  });

  it('shows the phase and progress of a district-level run', async () => {
    await page.goto(suite.server.url);
    await page.waitForFunction(() => window.__atlasFirstRender != null, null, { timeout: 90_000 });
    // The page opens on the demo district: the plan runs for all of it.
    await page.getByTestId('planning-toggle').click();
    // Two runs show progress at once (the joint-branch proposals and the instructor groups); the
    // one that has reached its parts is read, whichever it is.
    const progress = page
      .getByTestId('planning-progress')
      .filter({ has: page.getByTestId('planning-progress-parts') })
      .first();
    await progress.waitFor({ timeout: 60_000 });
    const shown = await progress.innerText();
    await page.screenshot({ path: `${SHOTS}/district-progress-zh.png` });
    // A phase, parts done of all, a percentage and the seconds (e.g. 快速分组 3/40 部分 · 7 % · 2 秒).
    expect(shown).toMatch(/(读取覆盖数据|快速分组|精细优化|精确求解|分组).*\d+\/\d+ (部分|街道)/);
    expect(shown).toMatch(/\d+ %/);
    const proposals = page.getByTestId('planning-proposal');
    await expect.poll(() => proposals.count(), { timeout: 120_000 }).toBeGreaterThan(0);
    await page.getByTestId('planning-toggle').click();
  }, 300_000);

  it('lists and draws proposals and instructor groups, rejects one of each, accepts a group', async () => {
    await page.getByTestId('scope-children').selectOption({ label: DEMO_SUBDISTRICT });
    // Open the panel unless the test before left it open.
    if ((await page.getByTestId('planning-panel').count()) === 0)
      await page.getByTestId('planning-toggle').click();
    const proposals = page.getByTestId('planning-proposal');
    await expect.poll(() => proposals.count(), { timeout: 120_000 }).toBeGreaterThan(0);
    const before = await proposals.count();
    const deployments = page.getByTestId('planning-deployment');
    await expect.poll(() => deployments.count(), { timeout: 120_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(1_000);
    await page.screenshot({ path: `${SHOTS}/proposals-zh.png` });
    const rendered = (layer: string) =>
      page.evaluate((l) => window.__atlasMap!.queryRenderedFeatures({ layers: [l] }).length, layer);
    expect(await rendered('planning-proposal-seats')).toBeGreaterThan(0);
    // The instructor groups: a dashed hull and a centre each, in their own layers.
    expect(await rendered('planning-deployment-outlines')).toBeGreaterThan(0);
    expect(await rendered('planning-deployment-centres')).toBeGreaterThan(0);
    await page.getByTestId('planning-reject').first().click();
    expect(await proposals.count()).toBe(before - 1);
    await expect.poll(() => page.getByTestId('planning-costs').count()).toBe(1);

    // One instructor group, closer: its hull, spokes and organizations.
    const groups = await deployments.count();
    await deployments.first().locator('button').first().click();
    await page.waitForTimeout(2_500);
    await page.getByTestId('planning-instructors').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/instructors-zh.png` });
    expect(await rendered('planning-deployment-spokes')).toBeGreaterThan(0);
    await page.getByTestId('planning-deploy-reject').last().click();
    expect(await deployments.count()).toBe(groups - 1);

    // Accept the first group with an instructor: the server assigns it in one transaction and
    // the organizations leave the next plan.
    const summary = page.getByTestId('planning-instructors').locator('p').first();
    const count = async () => Number(/^(\d+)/.exec(await summary.innerText())![1]);
    const candidates = await count();
    const item = deployments.filter({ has: page.getByTestId('planning-assign') }).first();
    const orgs =
      Number(/→ (\d+)/.exec(await item.locator('button').first().innerText())![1]) -
      Number(/· (\d+) →/.exec(await item.locator('button').first().innerText())![1]);
    await item.getByTestId('planning-assign').click();
    await expect.poll(count, { timeout: 120_000 }).toBe(candidates - orgs);
    await page.screenshot({ path: `${SHOTS}/instructors-accepted-zh.png` });

    // A group that needs a new instructor: accepting waits for a name, then creates the
    // instructor in the subdistrict and assigns the group (one transaction).
    const fresh = deployments.filter({ has: page.getByTestId('planning-assign-new') }).first();
    await expect.poll(() => fresh.count(), { timeout: 120_000 }).toBe(1);
    const label = await fresh.locator('button').first().innerText();
    const newOrgs = Number(/→ (\d+)/.exec(label)![1]) - Number(/· (\d+) →/.exec(label)![1]);
    const left = await count();
    expect(await fresh.getByTestId('planning-assign-new').isDisabled()).toBe(true);
    await fresh.getByTestId('planning-new-instructor-name').fill('浏览器新指导员');
    await fresh.getByTestId('planning-assign-new').click();
    await expect.poll(count, { timeout: 120_000 }).toBe(left - newOrgs);
    await page.screenshot({ path: `${SHOTS}/instructors-new-accepted-zh.png` });
  }, 300_000);

  it('proposes new service-center sites with their gains, draws them, and an administrator creates one after a preview', async () => {
    // The panel is still open on the subdistrict (the test before).
    const sites = page.getByTestId('planning-site');
    await expect.poll(() => sites.count(), { timeout: 120_000 }).toBe(3);
    const summary = await page.getByTestId('planning-sites-summary').innerText();
    const uncovered = Number(/^(\d+)/.exec(summary)![1]);
    expect(uncovered).toBeGreaterThan(0);
    // Gains are listed largest first (greedy), and they add up to the covered count.
    const gains = await page
      .getByTestId('planning-site-gain')
      .allInnerTexts()
      .then((xs) => xs.map((x) => Number(/(\d+)/.exec(x)![1])));
    expect([...gains].sort((a, b) => b - a)).toEqual(gains);
    const covered = Number(/新址可覆盖其中 (\d+) 个/.exec(summary)![1]);
    expect(gains.reduce((a, b) => a + b, 0)).toBe(covered);
    await sites.first().locator('button').first().click();
    await page.waitForTimeout(2_500);
    const drawn = await page.evaluate(
      () => window.__atlasMap!.queryRenderedFeatures({ layers: ['planning-site-points'] }).length,
    );
    expect(drawn).toBeGreaterThan(0);
    await page.getByTestId('planning-sites').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/sites-zh.png` });

    // Accept the first: the preview says how the district's outside count moves, then create.
    const first = sites.first();
    await first.getByTestId('planning-site-name').fill('浏览器新党群服务站');
    await first.getByTestId('planning-site-preview-button').click();
    const preview = first.getByTestId('planning-site-preview');
    await preview.waitFor({ timeout: 60_000 });
    const [, before, after] = /(\d+) → (\d+)/.exec(await preview.innerText())!.map(Number);
    expect(after).toBeLessThan(before!);
    await first.getByTestId('planning-site-confirm').click();
    // The plan runs again without what the new center covers.
    await expect
      .poll(
        async () =>
          Number(/^(\d+)/.exec(await page.getByTestId('planning-sites-summary').innerText())![1]),
        { timeout: 120_000 },
      )
      .toBeLessThan(uncovered);
    const token = await suite.signIn('admin');
    const res = await fetch(`${suite.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `{ search(text: "浏览器新党群服务站", first: 5) { centers { totalCount } } }`,
      }),
    });
    const body = (await res.json()) as any;
    expect(body.data?.search?.centers?.totalCount, JSON.stringify(body)).toBe(1);
    await page.screenshot({ path: `${SHOTS}/site-created-zh.png` });
  }, 300_000);
});
