// Headless Chromium (Debian's, driven by playwright-core) for tests that look at the HTML report as a user would.
// Tests skip with a clear message where /usr/bin/chromium is absent; .ci/run installs it.

import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`skipping browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium)`);

/** Launches Chromium with the flags this closed-network machine needs (no background networking, no sandbox as root); playwright gives it a fresh profile. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** What a page did while loading: console errors, requests beyond the page itself, dialogs (alert = script ran). */
export interface PageRecord {
  readonly consoleErrors: string[];
  readonly requests: string[];
  readonly dialogs: string[];
}

/** Opens `file` (a local HTML file), records its behaviour, and returns the page for checks. */
export async function openReport(browser: Browser, file: string): Promise<{ page: Awaited<ReturnType<Browser['newPage']>>; record: PageRecord }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const record: PageRecord = { consoleErrors: [], requests: [], dialogs: [] };
  const url = `file://${file}`;
  page.on('console', (message) => {
    if (message.type() === 'error') record.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => record.consoleErrors.push(error.message));
  page.on('request', (request) => {
    if (request.url() !== url) record.requests.push(request.url());
  });
  page.on('dialog', async (dialog) => {
    record.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, record };
}
