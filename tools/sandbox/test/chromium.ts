/** Finds and launches headless Chromium per the project conventions (never downloads a browser). */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/opt/google/chrome/chrome', '/usr/bin/microsoft-edge', '/opt/microsoft/msedge/msedge'];

export function findChromium(): string {
  const env = process.env['CHROME_PATH'];
  if (env !== undefined && env !== '' && existsSync(env)) return env;
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found === undefined) throw new Error("No Chromium found: install Debian's chromium (apt-get install chromium) or set CHROME_PATH");
  return found;
}

export async function launch(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const executablePath = findChromium();
  const profile = mkdtempSync(join(tmpdir(), 'sbx-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath, headless: true, viewport: { width: 1280, height: 800 }, locale: 'en-US',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return { context, close: async () => { await context.close(); rmSync(profile, { recursive: true, force: true }); } };
}
