// The HTML report as a user sees it: opened in headless Chromium, it must draw the map and charts, log no error,
// request nothing from the network, and run nothing from a hostile log.

import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchBrowser, openReport } from '../helpers/browser.js';
import { runCli } from '../helpers/run-cli.js';
import { tempFolder } from '../helpers/temp-files.js';

const files = tempFolder();

describe.skipIf(!hasChromium)('HTML report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders the map and charts offline without errors, and saves a screenshot', async () => {
    const file = join(files.dir, 'permits.html');
    expect(runCli(['report', 'fixtures/permits-en.csv', '-o', file, '-q', '--generated-at', '2026-01-01T00:00:00Z']).code).toBe(0);
    const { page, record } = await openReport(browser, file);
    expect(await page.locator('#map svg g.node').count()).toBeGreaterThan(10);
    expect(await page.locator('#charts svg.chart').count()).toBe(4);
    expect(await page.locator('#findings').count()).toBe(1);
    expect(await page.locator('#variants tbody tr').count()).toBeGreaterThan(0);
    const mapBox = await page.locator('#map svg').boundingBox();
    expect(mapBox?.width ?? 0).toBeGreaterThan(100);
    await page.screenshot({ path: join(files.dir, 'report.png') });
    expect(record.consoleErrors).toEqual([]);
    expect(record.requests).toEqual([]);
    await page.close();
  });

  it('shows hostile labels as text and runs nothing', async () => {
    const file = join(files.dir, 'hostile.html');
    expect(runCli(['report', 'fixtures/hostile.csv', '-o', file, '-q']).code).toBe(0);
    const { page, record } = await openReport(browser, file);
    await page.waitForTimeout(300);
    expect(record.dialogs).toEqual([]);
    expect(record.requests).toEqual([]);
    expect(record.consoleErrors).toEqual([]);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('body').innerText()).toContain('<script>alert(1)</script>');
    await page.close();
  });
});
