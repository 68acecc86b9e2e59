/** Figures: time to load the product's page metadata (parse + build + extensions), Tell Me queries/s, page renders/s. */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findPage, loadApps, productApps } from '../src/metadata/index';
import { MemoryDataSource, renderCardPage } from '../src/render/index';
import { tellMe } from '../src/search/tellMe';

async function main(): Promise<void> {
  const quick = process.env['BENCH_QUICK'] === '1';
  const root = resolve(__dirname, '../../..');
  const loads = quick ? 2 : 5;
  let t = performance.now();
  let meta = loadApps(productApps(root), { baseDir: root });
  for (let i = 1; i < loads; i++) meta = loadApps(productApps(root), { baseDir: root });
  console.log(`sandbox metadata load (${meta.pages.length} pages): ${((performance.now() - t) / loads).toFixed(1)} ms`);
  const queries = ['bookings', 'uninvoiced bookings', 'sales inv', 'cust', 'sync log'];
  const n = quick ? 2000 : 20000;
  t = performance.now();
  for (let i = 0; i < n; i++) tellMe(meta.pages, queries[i % queries.length] ?? '');
  console.log(`sandbox tell me: ${Math.round(n / ((performance.now() - t) / 1000))} queries/s`);
  const page = findPage(meta, 'BKI Booking Sync Setup');
  if (!page) throw new Error('BKI Booking Sync Setup not found');
  const ds = new MemoryDataSource();
  const r = quick ? 200 : 2000;
  t = performance.now();
  for (let i = 0; i < r; i++) await renderCardPage(page, ds, { tables: meta.tables });
  console.log(`sandbox card render: ${Math.round(r / ((performance.now() - t) / 1000))} pages/s`);
}

void main();
