/** Debian's chromium driven by playwright-core, for the browser tests (never a downloaded browser). */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.QINGDAN_CHROMIUM ?? '/usr/bin/chromium';

const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/** Starts chromium; fails (never skips) with a clear message when it is not installed. */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (.ci/run does), or set QINGDAN_CHROMIUM`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

/** What a page reported while it was open: console errors, uncaught exceptions, and any request that left the file. */
export interface PageProblems {
  console: string[];
  errors: string[];
  requests: string[];
}

/** Opens a page that records its problems; every request other than the file itself is aborted and recorded. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; problems: PageProblems }> {
  const problems: PageProblems = { console: [], errors: [], requests: [] };
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, offline: true });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.console.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.errors.push(e.message));
  await page.route('**/*', (route) => {
    const u = route.request().url();
    if (u === url) return route.continue();
    problems.requests.push(u);
    return route.abort();
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, problems };
}
