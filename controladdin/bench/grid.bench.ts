/**
 * Benchmark of the booking selection grid in Chromium (npm run bench -- grid): 50,000 rows (BENCH_QUICK=1: 5,000).
 * Prints: bundle size (raw, gzipped); first rows painted after the first LoadBookings of AL-style 2,000-row chunks,
 * and after one LoadBookings of all rows; time until all chunks are shown; select-all (Ctrl+A) to SelectionChanged
 * raised and delivered; scroll frame time. Aims (issue 12): first paint < 300 ms, select-all < 100 ms,
 * bundle < 250 KB gzipped.
 */
import { cpus, loadavg } from 'node:os';
import type { CDPSession } from 'playwright-core';
import { AddinPage, buildAddinOnce, launchChromium, startAddinHost } from '../harness/src/index';
import { sampleRows } from '../harness/src/sampleRows';

const rowCount = process.env['BENCH_QUICK'] === '1' ? 5_000 : 50_000;
const chunkSize = 2_000;

interface HostWindow {
  bkiHost: { call(name: string, ...args: unknown[]): void; events: Array<{ name: string; invokedAt: number; deliveredAt: number | undefined }> };
  bkiChunks?: string[];
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

/**
 * Main-thread CPU time of the page's renderer in ms (CDP Performance metrics in thread ticks). Wall-clock figures
 * grow with the machine's load; this one much less, so the bench prints both.
 */
async function cpuMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? NaN) * 1000;
}

async function cpuSession(page: AddinPage): Promise<CDPSession> {
  const cdp = await page.page.context().newCDPSession(page.page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return cdp;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  const built = await buildAddinOnce();
  if (!built.ok) throw new Error(built.errors.join('\n'));
  const raw = built.files.reduce((n, f) => n + f.bytes, 0);
  const gzip = built.files.reduce((n, f) => n + f.gzipBytes, 0);
  for (const f of built.files) console.log(`bundle ${f.path.split('/').pop() ?? f.path}: ${(f.bytes / 1024).toFixed(1)} KB raw, ${(f.gzipBytes / 1024).toFixed(1)} KB gzipped`);
  console.log(`bundle total gzipped: ${(gzip / 1024).toFixed(1)} KB (raw ${(raw / 1024).toFixed(1)} KB; aim < 250 KB gzipped)`);

  const rows = sampleRows(rowCount);
  const chunks: string[] = [];
  for (let i = 0; i < rows.length; i += chunkSize) chunks.push(JSON.stringify(rows.slice(i, i + chunkSize)));
  const all = JSON.stringify(rows);
  console.log(`machine: ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1) ?? '?'} at start (figures scale with load)`);
  console.log(`rows: ${rowCount} (${(all.length / 1024 / 1024).toFixed(1)} MB of JSON, ${chunks.length} chunks of ${chunkSize})`);

  const host = await startAddinHost();
  const browser = await launchChromium({ width: 1400, height: 900 });
  try {
    // 1. AL-style chunks: first paint after the first call, then the rest one per task.
    let page = await AddinPage.open(browser.context, host, { height: 800 });
    await page.waitForEvents('ControlReady');
    await page.page.evaluate((c) => {
      (window as unknown as HostWindow).bkiChunks = c;
    }, chunks);
    let cdp = await cpuSession(page);
    let cpuBefore = await cpuMs(cdp);
    const firstPaint = await page.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const w = window as unknown as HostWindow & { bkiT0?: number };
          const frame = (document.getElementById('bki-control-area') as HTMLIFrameElement).contentWindow as Window;
          const t0 = frame.performance.now();
          w.bkiT0 = t0;
          w.bkiHost.call('LoadBookings', (w.bkiChunks ?? [])[0]);
          const poll = (): void => {
            // Rows are in the DOM in this frame; the task after the frame runs once it has been painted.
            if (frame.document.querySelector('[data-booking-id]') !== null) setTimeout(() => resolve(frame.performance.now() - t0), 0);
            else frame.requestAnimationFrame(poll);
          };
          frame.requestAnimationFrame(poll);
        }),
    );
    const firstPaintCpu = (await cpuMs(cdp)) - cpuBefore;
    const allShown = await page.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const w = window as unknown as HostWindow & { bkiT0?: number };
          const frame = (document.getElementById('bki-control-area') as HTMLIFrameElement).contentWindow as Window;
          const list = w.bkiChunks ?? [];
          const expected = String(list.reduce((n, c) => n + (JSON.parse(c) as unknown[]).length, 0) + 1);
          let next = 1;
          const sendNext = (): void => {
            if (next >= list.length) return;
            w.bkiHost.call('AppendBookings', list[next++]);
            setTimeout(sendNext, 0);
          };
          sendNext();
          const poll = (): void => {
            if (frame.document.querySelector('[role="grid"]')?.getAttribute('aria-rowcount') === expected) {
              setTimeout(() => resolve(frame.performance.now() - (w.bkiT0 ?? 0)), 0);
            } else frame.requestAnimationFrame(poll);
          };
          frame.requestAnimationFrame(poll);
        }),
    );
    const chunked = { firstPaint, allShown };
    let cpu = (await cpuMs(cdp)) - cpuBefore;
    console.log(`first rows painted after first LoadBookings (chunk of ${chunkSize}): ${ms(chunked.firstPaint)} wall, ${ms(firstPaintCpu)} main-thread CPU (aim < 300 ms)`);
    console.log(`all ${rowCount} rows shown after ${chunks.length} chunks: ${ms(chunked.allShown)} wall, ${ms(cpu)} main-thread CPU in total`);

    // 2. Select all with Ctrl+A on the full grid.
    await page.frame.locator('.ms-DetailsRow [data-automation-key="customerName"]').first().click();
    await page.waitForEvents('SelectionChanged', 1);
    await page.frame.evaluate(() => {
      const w = window as unknown as { bkiKeyAt?: number };
      window.addEventListener('keydown', (e) => {
        if (e.key === 'a' && e.ctrlKey) w.bkiKeyAt = performance.now();
      }, { capture: true });
    });
    cpuBefore = await cpuMs(cdp);
    await page.page.keyboard.press('Control+a');
    const events = await page.waitForEvents('SelectionChanged', 2, 60_000);
    cpu = (await cpuMs(cdp)) - cpuBefore;
    const keyAt = await page.frame.evaluate(() => (window as unknown as { bkiKeyAt?: number }).bkiKeyAt ?? NaN);
    const selectAll = events[events.length - 1];
    if (selectAll === undefined || selectAll.deliveredAt === undefined) throw new Error('select-all raised no SelectionChanged');
    const selectedCount = (JSON.parse(String(selectAll.args[0])) as unknown[]).length;
    console.log(`select-all (Ctrl+A, ${selectedCount} rows) to SelectionChanged raised: ${ms(selectAll.invokedAt - keyAt)} wall (aim < 100 ms)`);
    console.log(`select-all main-thread CPU until delivered: ${ms(cpu)}`);
    console.log(`select-all to SelectionChanged delivered to the host (incl. ${(String(selectAll.args[0]).length / 1024 / 1024).toFixed(1)} MB of IDs): ${ms(selectAll.deliveredAt - keyAt)}`);

    // 3. Scroll: 180 frames, 600 px per frame, through the full list.
    cpuBefore = await cpuMs(cdp);
    const scroll = await page.frame.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const pane = document.querySelector('.bki-scroll');
          if (pane === null) throw new Error('no scroll container');
          const times: number[] = [];
          let last = -1;
          const step = (t: number): void => {
            if (last >= 0) times.push(t - last);
            last = t;
            pane.scrollTop += 600;
            if (times.length < 180) requestAnimationFrame(step);
            else resolve(times);
          };
          requestAnimationFrame(step);
        }),
    );
    cpu = (await cpuMs(cdp)) - cpuBefore;
    const mean = scroll.reduce((a, b) => a + b, 0) / scroll.length;
    console.log(`scroll frame time: mean ${ms(mean)}, median ${ms(percentile(scroll, 50))}, p95 ${ms(percentile(scroll, 95))}, max ${ms(Math.max(...scroll))} (${scroll.length} frames, 600 px each)`);
    console.log(`scroll main-thread CPU per frame: ${ms(cpu / scroll.length)}`);

    // 4. Filter and group on the full list: from the input to the updated rows painted.
    const timeUntil = async (act: () => Promise<void>, selector: string): Promise<{ wall: number; cpu: number }> => {
      await page.frame.evaluate(() => {
        const w = window as unknown as { bkiActAt?: number };
        delete w.bkiActAt;
        const mark = (): void => {
          w.bkiActAt ??= performance.now();
        };
        window.addEventListener('input', mark, { capture: true, once: true });
        window.addEventListener('click', mark, { capture: true, once: true });
      });
      const before = await cpuMs(cdp);
      await act();
      const wall = await page.frame.evaluate(
        (sel) =>
          new Promise<number>((resolve) => {
            const poll = (): void => {
              if (document.querySelector(sel) !== null) setTimeout(() => resolve(performance.now() - ((window as unknown as { bkiActAt?: number }).bkiActAt ?? 0)), 0);
              else requestAnimationFrame(poll);
            };
            requestAnimationFrame(poll);
          }),
        selector,
      );
      return { wall, cpu: (await cpuMs(cdp)) - before };
    };
    const filtered = await timeUntil(() => page.frame.locator('.bki-filter input').fill('repair'), '[role="grid"]:not([aria-rowcount="' + String(rowCount + 1) + '"])');
    console.log(`filter ${rowCount} rows (type "repair") to rows painted: ${ms(filtered.wall)} wall, ${ms(filtered.cpu)} main-thread CPU`);
    await page.frame.locator('.bki-filter input').fill('');
    const grouped = await timeUntil(() => page.frame.locator('.bki-group-toggle').click(), '.ms-GroupHeader');
    console.log(`group ${rowCount} rows by customer to group headers painted: ${ms(grouped.wall)} wall, ${ms(grouped.cpu)} main-thread CPU`);
    console.log(`machine load average after the runs: ${loadavg()[0]?.toFixed(1) ?? '?'}`);
    await page.close();

    // 5. One LoadBookings with every row at once.
    page = await AddinPage.open(browser.context, host, { height: 800 });
    await page.waitForEvents('ControlReady');
    await page.page.evaluate((a) => {
      (window as unknown as HostWindow).bkiChunks = [a];
    }, all);
    cdp = await cpuSession(page);
    cpuBefore = await cpuMs(cdp);
    const single = await page.page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const w = window as unknown as HostWindow;
          const frame = (document.getElementById('bki-control-area') as HTMLIFrameElement).contentWindow as Window;
          const t0 = frame.performance.now();
          w.bkiHost.call('LoadBookings', (w.bkiChunks ?? [])[0]);
          const poll = (): void => {
            if (frame.document.querySelector('[data-booking-id]') !== null) setTimeout(() => resolve(frame.performance.now() - t0), 0);
            else frame.requestAnimationFrame(poll);
          };
          frame.requestAnimationFrame(poll);
        }),
    );
    cpu = (await cpuMs(cdp)) - cpuBefore;
    console.log(`first rows painted after one LoadBookings of all ${rowCount} rows: ${ms(single)} wall, ${ms(cpu)} main-thread CPU`);
    await page.close();
  } finally {
    await browser.close();
    await host.close();
  }
}

main().then(
  () => undefined,
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  },
);
