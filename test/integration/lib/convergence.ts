/**
 * Compares what the extension holds in BC after a sync with what the Graph emulator holds: appointments (times,
 * service, price, customers), customer links and BC customers, service mappings and items, and duplicates on both
 * sides. Returns the differences as readable lines; an empty list means BC converged to the emulator's data.
 */
import type { ProductHost, PlainRow } from '../../../tools/host/src/index';

function utcMs(v: unknown): number {
  if (typeof v === 'object' && v !== null) {
    const dt = (v as Record<string, unknown>)['dateTime'];
    if (typeof dt === 'string') return Date.parse(dt.replace(/(\.\d{3})\d*/, '$1'));
  }
  return typeof v === 'string' ? Date.parse(v) : NaN;
}

function lower(v: unknown): string {
  return String(v ?? '').toLowerCase();
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup].sort();
}

export interface ConvergenceOptions {
  /** Only appointments starting at or after this instant are expected in BC (the sync's first window). */
  readonly fromMs?: number;
  /** Only appointments starting before this instant are expected (the sync reads up to a day ahead). */
  readonly toMs?: number;
  /**
   * Customers per e-mail (lower case) in Bookings before BC pushed any: Bookings may hold two customers with one
   * e-mail (the generator makes some); only more than that counts as a duplicate created by the sync.
   */
  readonly baselineEmailCounts?: ReadonlyMap<string, number>;
}

/** Customers per e-mail (lower case) of a business in the emulator now. */
export async function emailCounts(host: ProductHost): Promise<Map<string, number>> {
  const [graph] = await host.emulator.data(host.businessId);
  const counts = new Map<string, number>();
  for (const c of graph?.customers ?? []) {
    const e = lower(c['emailAddress']);
    counts.set(e, (counts.get(e) ?? 0) + 1);
  }
  return counts;
}

export async function convergenceDiffs(host: ProductHost, options: ConvergenceOptions = {}): Promise<string[]> {
  const diffs: string[] = [];
  const [graph] = await host.emulator.data(host.businessId);
  if (graph === undefined) return [`the emulator has no business ${host.businessId}`];
  const mine = (r: PlainRow): boolean => r['Business ID'] === host.businessId;

  // --- appointments
  const from = options.fromMs ?? -Infinity;
  const to = options.toMs ?? Infinity;
  const expected = new Map<string, Record<string, unknown>>();
  for (const a of graph.appointments) {
    const start = utcMs(a['startDateTime']);
    if (start >= from && start < to) expected.set(String(a['id']), a);
  }
  const bcAppointments = host.rows('BKI Booking Appointment', mine);
  const live = bcAppointments.filter((r) => r['Cancelled'] !== true);
  const liveIds = new Set(live.map((r) => String(r['Appointment ID'])));
  for (const id of expected.keys()) if (!liveIds.has(id)) diffs.push(`appointment ${id} is in Bookings but not in BC (or marked cancelled)`);
  for (const id of liveIds) if (!expected.has(id)) diffs.push(`appointment ${id} is in BC (not cancelled) but not in Bookings`);
  const apptCustomers = host.rows('BKI Booking Appt. Customer', mine);
  for (const row of live) {
    const id = String(row['Appointment ID']);
    const a = expected.get(id);
    if (a === undefined) continue;
    if (Date.parse(String(row['Start Date Time (UTC)'])) !== utcMs(a['startDateTime'])) diffs.push(`appointment ${id}: start ${String(row['Start Date Time (UTC)'])} in BC, ${JSON.stringify(a['startDateTime'])} in Bookings`);
    if (Date.parse(String(row['End Date Time (UTC)'])) !== utcMs(a['endDateTime'])) diffs.push(`appointment ${id}: end differs`);
    if (row['Service ID'] !== a['serviceId']) diffs.push(`appointment ${id}: service ${String(row['Service ID'])} in BC, ${String(a['serviceId'])} in Bookings`);
    if (Number(row['Price']) !== Number(a['price'])) diffs.push(`appointment ${id}: price ${String(row['Price'])} in BC, ${String(a['price'])} in Bookings`);
    if (row['Price Type'] !== a['priceType']) diffs.push(`appointment ${id}: price type ${String(row['Price Type'])} in BC, ${String(a['priceType'])} in Bookings`);
    const gCustomers = Array.isArray(a['customers']) ? (a['customers'] as Record<string, unknown>[]) : [];
    const bcCustomers = apptCustomers.filter((c) => c['Appointment ID'] === id);
    // one row per distinct Bookings customer: Bookings may list the same customer twice on one appointment
    const gEmails = [...new Map(gCustomers.map((c) => [String(c['customerId'] ?? c['emailAddress']), lower(c['emailAddress'])] as const)).values()].sort();
    const bcEmails = bcCustomers.map((c) => lower(c['E-Mail'])).sort();
    if (JSON.stringify(gEmails) !== JSON.stringify(bcEmails)) diffs.push(`appointment ${id}: customers ${bcEmails.join(';')} in BC, ${gEmails.join(';')} in Bookings`);
  }
  const orphanCustomers = apptCustomers.filter((c) => !bcAppointments.some((a) => a['Appointment ID'] === c['Appointment ID']));
  if (orphanCustomers.length > 0) diffs.push(`${orphanCustomers.length} appointment customer row(s) without their appointment`);

  // --- customers: one link per Bookings e-mail, one BC customer per e-mail, nothing duplicated in Bookings
  const gEmails = graph.customers.map((c) => lower(c['emailAddress'])).filter((e) => e !== '');
  for (const d of duplicates(gEmails)) {
    const now = gEmails.filter((e) => e === d).length;
    const before = options.baselineEmailCounts?.get(d) ?? 1;
    if (now > before) diffs.push(`Bookings has ${now} customers with the e-mail ${d} (${before} before the sync)`);
  }
  const links = host.rows('BKI Booking Customer Link', mine);
  const linkEmails = links.map((l) => lower(l['E-Mail (Lower)']));
  for (const d of duplicates(linkEmails)) diffs.push(`BC links the e-mail ${d} twice`);
  const gIdsByEmail = new Map<string, string[]>();
  for (const c of graph.customers) gIdsByEmail.set(lower(c['emailAddress']), [...(gIdsByEmail.get(lower(c['emailAddress'])) ?? []), String(c['id'])]);
  for (const e of new Set(gEmails)) if (!linkEmails.includes(e)) diffs.push(`Bookings customer ${e} has no customer link in BC`);
  const customers = host.rows('Customer');
  const customerByNo = new Map(customers.map((c) => [String(c['No.']), c] as const));
  for (const l of links) {
    const e = lower(l['E-Mail (Lower)']);
    const ids = gIdsByEmail.get(e);
    if (ids === undefined) diffs.push(`BC links ${e}, which is not a Bookings customer`);
    else if (!ids.includes(String(l['Bookings Customer ID']))) diffs.push(`link ${e}: Bookings customer ID ${String(l['Bookings Customer ID'])} in BC, ${ids.join(' or ')} in Bookings`);
    const c = customerByNo.get(String(l['Customer No.']));
    if (c === undefined) diffs.push(`link ${e}: BC customer ${String(l['Customer No.'])} does not exist`);
    else if (lower(c['E-Mail']) !== e) diffs.push(`link ${e}: BC customer ${String(l['Customer No.'])} has the e-mail ${String(c['E-Mail'])}`);
  }
  for (const d of duplicates(customers.map((c) => lower(c['E-Mail'])).filter((e) => e !== ''))) diffs.push(`BC has two customers with the e-mail ${d}`);

  // --- services: one mapping per Bookings service, each to its own existing item
  const mappings = host.rows('BKI Booking Service Mapping', mine);
  const mappedIds = mappings.map((m) => String(m['Service ID']));
  for (const d of duplicates(mappedIds)) diffs.push(`BC maps service ${d} twice`);
  for (const s of graph.services) if (!mappedIds.includes(String(s['id']))) diffs.push(`Bookings service ${String(s['id'])} (${String(s['displayName'])}) has no mapping in BC`);
  for (const m of mappings) if (!graph.services.some((s) => s['id'] === m['Service ID'])) diffs.push(`BC maps service ${String(m['Service ID'])}, which is not in Bookings`);
  const items = new Set(host.rows('Item').map((i) => String(i['No.'])));
  for (const m of mappings) if (!items.has(String(m['Item No.']))) diffs.push(`service ${String(m['Service ID'])}: item ${String(m['Item No.'])} does not exist`);
  for (const d of duplicates(mappings.map((m) => String(m['Item No.'])))) diffs.push(`item ${d} is mapped to two services`);
  return diffs;
}
