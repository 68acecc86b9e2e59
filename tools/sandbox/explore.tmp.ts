import { startSandbox } from './src/host/startSandbox';
import { findPage } from './src/metadata/index';
import { dialogContext } from './src/server/interactions';
void (async () => {
  const sb = await startSandbox({ port: 0 });
  const ds = sb.dataSource;
  const P = (x: number | string) => findPage(sb.metadata, x)!;
  console.log(await ds.invokeAction(P(70470000), 'SyncNow', undefined, []));
  const rows = await ds.getRecords(P(70470021), {});
  const r = rows.find((x) => x.fields['Status']?.text === '' && (x.fields['CustomerName']?.text ?? '') !== '')!;
  console.log(await dialogContext.run(async (d) => { console.log('DIALOG', d); return false; }, () => ds.invokeAction(P(70470021), 'CreateInvoicePerCustomer', undefined, [r.bookmark])));
  const lrows = await ds.getRecords(P('Sales Invoice List'), {});
  console.log(await ds.getFieldValues(P('Sales Invoice'), lrows[0]!.bookmark).then((c) => c?.fields['No.']));
  console.log('POST', await dialogContext.run(async (d) => { console.log('DIALOG', d); return true; }, () => ds.invokeAction(P('Sales Invoice'), 'Post', lrows[0]!.bookmark, [])));
  try { console.log('POSTED LIST', (await ds.getRecords(P('Posted Sales Invoices'), {})).length); } catch (e) { console.log('ERR posted', e); }
  try { console.log('INV CARD AGAIN', await ds.getFieldValues(P('Sales Invoice'), undefined)); } catch (e) { console.log('ERR card', e); }
  console.log('TEST', await ds.invokeAction(P(70470000), 'TestConnection', undefined, []));
  await sb.stop(); process.exit(0);
})();
