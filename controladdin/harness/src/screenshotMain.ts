/**
 * Writes docs/images/booking-grid.png, the README's picture of the grid: the real bundle in the harness, sample
 * bookings, a few selected, one with a problem status. Run: node -r ts-node/register/transpile-only
 * controladdin/harness/src/screenshotMain.ts
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AddinPage } from './addinPage';
import { defaultAppRoot, startAddinHost } from './addinHost';
import { buildAddinOnce } from './build';
import { launchChromium } from './chromium';
import { sampleRows } from './sampleRows';

const target = join(defaultAppRoot, 'docs', 'images', 'booking-grid.png');

async function main(): Promise<void> {
  const built = await buildAddinOnce();
  if (!built.ok) throw new Error(built.errors.join('\n'));
  const host = await startAddinHost();
  const browser = await launchChromium({ width: 1280, height: 720 });
  try {
    const page = await AddinPage.open(browser.context, host, { height: 600 });
    await page.waitForEvents('ControlReady');
    const rows = sampleRows(240, 8);
    const problem = rows[4];
    if (problem !== undefined) problem.status = 'Customer is not linked to a Business Central customer';
    await page.call('LoadBookings', JSON.stringify(rows));
    await page.call('SetSelection', JSON.stringify([0, 1, 2, 6].map((i) => rows[i]?.id)));
    await page.frame.waitForSelector('.ms-DetailsRow.is-selected');
    await page.frame.locator('.bki-filter input').focus();
    mkdirSync(dirname(target), { recursive: true });
    await page.page.locator('#bki-control-area').screenshot({ path: target });
    console.log(`wrote ${target}`);
  } finally {
    await browser.close();
    await host.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
