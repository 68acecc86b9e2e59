/**
 * Sync benchmark (issue #10): the extension's full sync in the AL runtime against the Graph emulator (child process,
 * real loopback HTTP) of 10,000 appointments, 2,000 customers and 50 services (BENCH_QUICK=1: 1,000 / 200 / 20).
 * Prints the Graph requests made (by kind), the minimum paging allows (ceil(n / page size) per collection), their
 * ratio (must stay <= 1.2; checked at full size), wall time and the AL record operations. Exit 1 when the ratio is
 * above 1.2 or the run does not bring every appointment in.
 */
import { startProductHost } from '../src/index';

const quick = process.env['BENCH_QUICK'] === '1';
const APPOINTMENTS = quick ? 1_000 : 10_000;
const CUSTOMERS = quick ? 200 : 2_000;
const SERVICES = quick ? 20 : 50;
const PAGE_SIZE = 100;
const DAYS = 56;
const DAY = 86_400_000;
const MAX_RATIO = 1.2;

function kindOf(url: string, method: string): string {
  if (method !== 'GET') return `${method} (writes)`;
  if (url.includes('/calendarView')) return 'calendarView pages';
  if (/\/appointments\/[^/?]+/.test(url)) return 'appointment by id';
  if (url.includes('/customers')) return 'customer pages';
  if (url.includes('/services')) return 'service pages';
  if (url.includes('/staffMembers')) return 'staff pages';
  return 'other GET';
}

async function main(): Promise<number> {
  const from = new Date(Date.now() - DAYS * DAY).toISOString().slice(0, 10);
  const started = performance.now();
  const host = await startProductHost({
    emulator: {
      pageSize: PAGE_SIZE,
      data: { generate: { seed: 42, businesses: 1, customersPerBusiness: CUSTOMERS, staffPerBusiness: 10, servicesPerBusiness: SERVICES, appointmentsPerBusiness: APPOINTMENTS, from, days: DAYS, cancelledShare: 0 } },
    },
    setupFields: { 'Appointment Look-back Days': DAYS + 1 },
  });
  try {
    const setupMs = performance.now() - started;
    const [graph] = await host.emulator.data(host.businessId);
    if (graph === undefined) throw new Error('the emulator has no business');
    const since = (await host.emulator.requests()).at(-1)?.seq ?? 0;

    const cpu = process.cpuUsage();
    const t0 = performance.now();
    const { ops } = host.recordOps.measure(() => host.call('BKI Bookings Sync', 'SyncAll'));
    const wallMs = performance.now() - t0;
    const cpuMs = (process.cpuUsage(cpu).user + process.cpuUsage(cpu).system) / 1000;

    const requests = (await host.emulator.requests(since)).filter((r) => r.kind === 'graph');
    const byKind = new Map<string, number>();
    for (const r of requests) byKind.set(kindOf(r.url, r.method), (byKind.get(kindOf(r.url, r.method)) ?? 0) + 1);
    const minimum = Math.ceil(graph.appointments.length / PAGE_SIZE) + Math.ceil(graph.customers.length / PAGE_SIZE) + Math.ceil(graph.services.length / PAGE_SIZE);
    const reads = requests.filter((r) => r.method === 'GET').length;
    const ratio = requests.length / minimum;
    const synced = host.count('BKI Booking Appointment');
    const log = host.rows('BKI Sync Log').at(-1);

    console.log(`sync data: ${graph.appointments.length} appointments, ${graph.customers.length} Bookings customers, ${graph.services.length} services, page size ${PAGE_SIZE}`);
    console.log(`sync result: ${String(log?.['Status'])}, ${synced} appointments, ${host.count('BKI Booking Customer Link')} customer links, ${host.count('BKI Booking Service Mapping')} service mappings`);
    console.log(`sync Graph requests: ${requests.length} (${reads} reads; ${[...byKind].map(([k, n]) => `${k} ${n}`).join(', ')})`);
    console.log(`sync minimum paging allows: ${minimum}`);
    console.log(`sync requests / minimum: ${ratio.toFixed(3)} (limit ${MAX_RATIO})`);
    console.log(`sync wall time: ${(wallMs / 1000).toFixed(2)} s (CPU ${(cpuMs / 1000).toFixed(2)} s; host start ${(setupMs / 1000).toFixed(2)} s)`);
    console.log(`sync AL record operations: ${ops.total} (${(ops.total / Math.max(1, synced)).toFixed(1)} per appointment; get ${ops.get}, find ${ops.find}, next ${ops.next}, insert ${ops.insert}, modify ${ops.modify}, delete ${ops.delete}, count/isEmpty ${ops.count + ops.isEmpty}, calcFields ${ops.calcFields})`);
    if (synced !== graph.appointments.length) {
      console.error(`sync: ${synced} of ${graph.appointments.length} appointments arrived`);
      return 1;
    }
    if (quick) {
      console.log(`sync: the ${MAX_RATIO} limit is checked at full size (BENCH_QUICK=1 has too few pages per 7-day window)`);
      return 0;
    }
    if (ratio > MAX_RATIO) {
      console.error(`sync: ${requests.length} Graph requests is more than ${MAX_RATIO} x the ${minimum} paging needs`);
      return 1;
    }
    return 0;
  } finally {
    await host.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  },
);
