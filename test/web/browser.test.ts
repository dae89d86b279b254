import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startFixtureServer, type RunningServer } from '../serve/server-harness.js';
import { artifactPath, browserSkipReason, buildWeb, CHROMIUM, CHROMIUM_ARGS } from './browser-harness.js';

const skip = browserSkipReason();
if (skip) console.log(`# SKIP browser tests: ${skip}`);

const HOSTILE_TITLE = 'Hostile <script>alert(1)</script> headline <img src=x onerror=alert(1)>';
const HOSTILE_TEXT = `${HOSTILE_TITLE}\n\nMahmoud Abbas said <script>alert(1)</script> and then <img src=x onerror=alert(1)> twice.`;

describe('web UI in Chromium (fixture store)', { skip }, () => {
  let server: RunningServer;
  let webRoot: string;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  before(async () => {
    webRoot = await buildWeb();
    server = await startFixtureServer({ webRoot });
    const posted = await fetch(`${server.base}/api/articles`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id: 'hostile', published: '2024-08-20', source: 'hostile.example', title: HOSTILE_TITLE, text: HOSTILE_TEXT }),
    });
    assert.equal(posted.status, 201);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    if (webRoot) rmSync(webRoot, { recursive: true, force: true });
  });

  it('search → entity → timeline → highlighted sentence, in the order of the dates the text gives', async () => {
    await page.goto(`${server.base}/`);
    await page.getByRole('searchbox', { name: 'Search words' }).fill('Abbas');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.articles li');
    assert.equal(await page.locator('.articles li').count(), 3); // the two seeds and the posted article
    assert.ok(await page.locator('.articles mark').count() >= 3);
    await page.screenshot({ path: artifactPath('search.png'), fullPage: true });

    await page.getByRole('link', { name: /^Mahmoud Abbas/ }).first().click();
    await page.waitForSelector('h1:text("Mahmoud Abbas")');
    await page.waitForSelector('.entity-section .item');
    assert.match(await page.getByTestId('json-twin').getAttribute('href') ?? '', /^\/api\/entities\/\d+$/);
    await page.screenshot({ path: artifactPath('entity.png'), fullPage: true });

    await page.getByRole('link', { name: 'Timeline', exact: true }).click();
    await page.waitForSelector('.timeline-list .item');
    const dates = await page.locator('.timeline-list .item.event').evaluateAll((els) => els.map((e) => e.getAttribute('data-date')));
    assert.deepEqual(dates, ['2023-11', '2023-12', '2023-12', '2024-08-12', '2024-08-13', '2024-08-14']);
    const first = page.locator('.timeline-list .item.event').first();
    assert.match(await first.getAttribute('class') ?? '', /negated/);
    assert.match(await first.textContent() ?? '', /did not happen/);
    assert.equal(await page.locator('.timeline-chart .mark.negated').count(), 1);
    assert.equal(await page.locator('.timeline-chart .mark.planned').count(), 2);
    await page.screenshot({ path: artifactPath('timeline.png'), fullPage: true });
    // The chart zooms from the keyboard.
    const before = await page.locator('.timeline-chart .axis').allTextContents();
    await page.locator('.timeline-chart svg').focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    assert.notDeepEqual(await page.locator('.timeline-chart .axis').allTextContents(), before);

    const sentence = (await first.locator('a.sentence').textContent())!;
    await first.locator('a.sentence').click();
    await page.waitForSelector('[data-focus="true"]');
    const focused = await page.locator('.article-text .focus').allTextContents();
    assert.equal(focused.join(''), sentence);
    assert.ok(await page.locator('.article-text .event.mod-negated').count() >= 1);
    await page.screenshot({ path: artifactPath('article.png'), fullPage: false });
  });

  it('toggles annotation layers on the article page and shows normalized values on hover', async () => {
    await page.goto(`${server.base}/articles/${server.ids.aug}`);
    await page.waitForSelector('.article-text .timex');
    const timex = page.locator('.article-text .timex').first();
    assert.match(await timex.getAttribute('title') ?? '', /^DATE 2024-08-13/);
    await page.getByRole('checkbox', { name: /Dates and times/ }).uncheck();
    assert.equal(await page.locator('.article-text .timex').count(), 0);
    await page.getByRole('checkbox', { name: /Dates and times/ }).check();
    assert.ok(await page.locator('.article-text .timex').count() > 0);
  });

  it('shows hostile titles and text as text, and no dialog ever opens', async () => {
    await page.goto(`${server.base}/?q=alert`);
    await page.waitForSelector('.articles li');
    assert.equal(await page.locator('.articles .title').first().textContent(), HOSTILE_TITLE);
    await page.locator('.articles .title').first().click();
    await page.waitForSelector('.article-text');
    assert.equal(await page.locator('h1').textContent(), HOSTILE_TITLE);
    assert.equal(await page.locator('.article-text').textContent(), HOSTILE_TEXT);
    assert.equal(await page.locator('main img, main script').count(), 0);
    assert.equal(await page.title(), `${HOSTILE_TITLE} · Dateline`);
    await page.screenshot({ path: artifactPath('hostile-article.png') });
    assert.deepEqual(dialogs, []);
  });

  it('draws the claim chart and the actor network', async () => {
    await page.goto(`${server.base}/claims?kind=killed`);
    await page.waitForSelector('.claim-chart .point');
    assert.equal(await page.locator('.claim-chart .point').count(), 3);
    assert.equal(await page.locator('.claim-chart polyline').count(), 2); // one line per source
    await page.screenshot({ path: artifactPath('claims.png'), fullPage: true });
    await page.goto(`${server.base}/network`);
    await page.waitForSelector('.network .edge', { state: 'attached' });
    assert.equal(await page.locator('.network .edge').count(), 4);
    await page.screenshot({ path: artifactPath('network.png'), fullPage: true });
  });

  it('ran without script errors or CSP violations', () => {
    assert.deepEqual(pageErrors, []);
    assert.deepEqual(dialogs, []);
  });
});
