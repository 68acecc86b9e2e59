/**
 * Graph emulator benchmark.
 * - Memory: RSS and heap with 100,000 appointments loaded (BENCH_QUICK=1: 10,000).
 * - Throughput: 4 concurrent clients (the Bookings concurrency limit) reading calendarView pages of 100
 *   appointments, following @odata.nextLink, for a fixed number of requests.
 * Client and emulator share this process, so the figures are a lower bound for the emulator alone.
 */
import { Agent, get } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { startEmulator } from '../src/index';

const quick = process.env['BENCH_QUICK'] === '1';
const APPOINTMENTS = quick ? 10_000 : 100_000;
const REQUESTS = quick ? 400 : 2_000;
const CLIENTS = 4;
const MB = 1024 * 1024;

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

function memory(): { rss: number; heap: number } {
  gc();
  gc();
  const m = process.memoryUsage();
  return { rss: m.rss, heap: m.heapUsed };
}

function cpuSeconds(usage: NodeJS.CpuUsage): number {
  return (usage.user + usage.system) / 1e6;
}

async function main(): Promise<void> {
  const before = memory();
  const loadStarted = performance.now();
  const loadCpu = process.cpuUsage();
  const emulator = await startEmulator({ seed: `scale:${APPOINTMENTS}` });
  const loadMs = performance.now() - loadStarted;
  const loadCpuSeconds = cpuSeconds(process.cpuUsage(loadCpu));
  const loaded = memory();
  const business = emulator.store.listBusinesses()[0];
  if (business === undefined) throw new Error('no business generated');
  const visible = business.appointments.size;

  const tokenReply = await fetch(emulator.tokenUrl, {
    method: 'POST',
    body: new URLSearchParams({ client_id: emulator.credentials.clientId, client_secret: emulator.credentials.clientSecret, grant_type: 'client_credentials', scope: 'https://graph.microsoft.com/.default' }),
  });
  const token = String(((await tokenReply.json()) as Record<string, unknown>)['access_token']);
  const headers = { Authorization: `Bearer ${token}` };
  // One month of a year-long data set: about 1/12 of the appointments, so many pages per window.
  const first = `${emulator.graphUrl}/solutions/bookingBusinesses/${encodeURIComponent(business.id)}/calendarView?start=2026-03-01T00:00:00Z&end=2026-04-01T00:00:00Z`;

  let issued = 0;
  let items = 0;
  let throttled = 0;
  const latencies: number[] = [];
  const agent = new Agent({ keepAlive: true, maxSockets: CLIENTS });
  const fetchPage = (url: string): Promise<{ status: number; body: Record<string, unknown> }> =>
    new Promise((resolve, reject) => {
      get(url, { agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown> }));
        res.on('error', reject);
      }).on('error', reject);
    });
  const client = async (): Promise<void> => {
    let url: string | undefined = first;
    while (issued < REQUESTS) {
      issued++;
      const started = performance.now();
      const response = await fetchPage(url ?? first);
      const body = response.body;
      latencies.push(performance.now() - started);
      if (response.status === 429) {
        throttled++;
        continue;
      }
      if (response.status !== 200) throw new Error(`calendarView answered ${response.status}`);
      items += (body['value'] as unknown[]).length;
      const next = body['@odata.nextLink'];
      url = typeof next === 'string' ? next : first;
    }
  };
  const started = performance.now();
  const runCpu = process.cpuUsage();
  await Promise.all(Array.from({ length: CLIENTS }, () => client()));
  const seconds = (performance.now() - started) / 1000;
  const runCpuSeconds = cpuSeconds(process.cpuUsage(runCpu));
  latencies.sort((a, b) => a - b);
  const pct = (p: number): number => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0;
  const afterRun = memory();
  const serverTimes = emulator.requests().filter((r) => r.kind === 'graph').map((r) => r.durationMs).sort((a, b) => a - b);
  const serverP50 = serverTimes[Math.floor(serverTimes.length / 2)] ?? 0;
  agent.destroy();
  await emulator.close();

  console.log(`appointments loaded: ${APPOINTMENTS} (${visible} visible, rest cancelled)`);
  console.log(`load time (generate + import): ${(loadMs / 1000).toFixed(2)} s wall, ${loadCpuSeconds.toFixed(2)} s CPU`);
  console.log(`memory with ${APPOINTMENTS} appointments: RSS ${(loaded.rss / MB).toFixed(0)} MB (+${((loaded.rss - before.rss) / MB).toFixed(0)} MB), heap used ${(loaded.heap / MB).toFixed(0)} MB (+${((loaded.heap - before.heap) / MB).toFixed(0)} MB)`);
  console.log(`calendarView throughput (${CLIENTS} clients, pages of 100): ${(latencies.length / seconds).toFixed(0)} requests/s`);
  console.log(`calendarView appointments/s: ${(items / seconds).toFixed(0)}`);
  // Independent of other processes competing for the CPU: requests per CPU second of this process (client + emulator).
  console.log(`calendarView requests per CPU second (client + emulator): ${(latencies.length / runCpuSeconds).toFixed(0)}`);
  console.log(`calendarView latency: p50 ${pct(0.5).toFixed(1)} ms, p95 ${pct(0.95).toFixed(1)} ms`);
  console.log(`emulator time per calendarView page (request log): p50 ${serverP50.toFixed(1)} ms`);
  console.log(`throttled (429) responses: ${throttled}`);
  console.log(`memory after the run (page cache warm): RSS ${(afterRun.rss / MB).toFixed(0)} MB, heap used ${(afterRun.heap / MB).toFixed(0)} MB`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  },
);
