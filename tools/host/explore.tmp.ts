import { startProductHost } from './src/index';
const day = 86400000;
(async () => {
  const from = new Date(Date.now() - 20 * day).toISOString().slice(0, 10);
  const host = await startProductHost({ emulator: { pageSize: 5, data: { generate: { seed: 7, businesses: 1, customersPerBusiness: 12, staffPerBusiness: 3, servicesPerBusiness: 9, appointmentsPerBusiness: 40, from, days: 20, cancelledShare: 0.1 } } } });
  const snap = host.session.db.snapshot();
  const [biz] = await host.emulator.data();
  console.log(JSON.stringify(biz?.appointments[0], null, 1));
  console.log(JSON.stringify(biz?.customers[0], null, 1));
  for (const spec of ['truncate@at=2|5|9', '429@at=2|9:burst=3']) {
    host.session.db.restore(snap);
    host.session.resetSingleInstances();
    if (spec) await host.emulator.faults.set(spec);
    const since = (await host.emulator.requests()).at(-1)?.seq ?? 0;
    let err = '';
    const t = Date.now();
    try { host.call('BKI Bookings Sync', 'SyncAll'); } catch (e) { err = String(e); }
    const st = await host.emulator.faults.current();
    await host.emulator.faults.clear();
    const reqs = await host.emulator.requests(since);
    console.log(`== ${spec || 'clean'}: ${Date.now() - t}ms err=${err} fired=${st.fired.length} requests=${reqs.filter((r) => r.kind === 'graph').length}`);
    console.log('  appts', host.count('BKI Booking Appointment'), 'cust', host.count('Customer'), 'links', host.count('BKI Booking Customer Link'), 'maps', host.count('BKI Booking Service Mapping'), 'log', JSON.stringify(host.rows('BKI Sync Log').map((r) => [r['Status'], r['Created'], r['Updated'], r['Failed'], r['Run Error']])));
    for (const e of host.rows('BKI Sync Log Error')) console.log('   ERR', e['Entity'], e['Record Key'], e['Error Message']);
    try { host.call('BKI Bookings Sync', 'SyncAll'); } catch (e) { console.log('second err', String(e)); }
    console.log('  after 2nd: appts', host.count('BKI Booking Appointment'), 'cust', host.count('Customer'), 'links', host.count('BKI Booking Customer Link'), 'maps', host.count('BKI Booking Service Mapping'), JSON.stringify(host.rows('BKI Sync Log').map((r) => [r['Status'], r['Created'], r['Updated'], r['Failed']])));
  }
  const d = await host.emulator.data();
  console.log('emulator: appts', d[0]?.appointments.length, 'cancelled', d[0]?.cancelledIds.length, 'cust', d[0]?.customers.length, 'svc', d[0]?.services.length);
  await host.stop();
})().catch((e) => { console.error('FAILED', e); process.exit(1); });
