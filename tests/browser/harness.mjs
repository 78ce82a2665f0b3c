// What the browser tests share: the server and accounts from the environment, Debian's Chromium
// (headless, never a downloaded one), pages that record console errors, screenshots, login.
// Not a test itself: run_browser_tests.sh runs only *.test.mjs.

import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { after, before } from 'node:test';

const require = createRequire(new URL('../../web/package.json', import.meta.url));
const { chromium } = require('playwright-core');

export function required(name) {
  const value = process.env[name];
  if (!value) throw new Error(`environment variable ${name} is required`);
  return value;
}

export const baseUrl = required('PARINDEX_URL').replace(/\/$/, '');
export const coordinator = {
  username: required('PARINDEX_COORDINATOR_USER'),
  password: required('PARINDEX_COORDINATOR_PASSWORD'),
};
const screenshots = process.env.PARINDEX_SCREENSHOTS || '/tmp/parindex-screenshots';
const chromiumPath = process.env.PARINDEX_CHROMIUM || '/usr/bin/chromium';

/** Console errors and uncaught exceptions of every page opened with newPage(). */
export const consoleErrors = [];

let browser;

before(async () => {
  mkdirSync(screenshots, { recursive: true });
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
});

/** A new page in its own context that records console errors and uncaught exceptions. */
export async function newPage({ viewport = { width: 1280, height: 900 }, acceptDownloads = false } = {}) {
  const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', acceptDownloads });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    consoleErrors.push(`${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  return page;
}

export async function shot(page, name) {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
}

export async function login(page, account) {
  await page.goto(`${baseUrl}/#/dang-nhap`);
  await page.getByTestId('login-username').fill(account.username);
  await page.getByTestId('login-password').fill(account.password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('nav-dashboard').waitFor();
}
