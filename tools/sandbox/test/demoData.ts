/** Demo records for renderer and browser tests, keyed by control names of our real pages. */
import { MemoryDataSource } from '../src/render/index';

export function demoDataSource(): MemoryDataSource {
  const ds = new MemoryDataSource();
  fillDemoData(ds);
  return ds;
}

/** Puts the demo records into a data source (also a subclass with scripted actions). */
export function fillDemoData(ds: MemoryDataSource): void {
  ds.setRecords(70470000, [{
    bookmark: 'setup-1',
    fields: {
      'Tenant ID': { text: 'contoso.onmicrosoft.com' },
      'Client ID': { text: '11111111-2222-3333-4444-555555555555' },
      ClientSecret: { text: '' },
      'Business Display Name': { text: 'Contoso Hair Salon' },
      Enabled: { text: 'Yes', checked: true },
      'Sync Customers': { text: 'No', checked: false },
      'Default Customer Templ.': { text: 'CUST', editable: false },
      'Sync Frequency (Min.)': { text: '60' },
    },
  }]);
  ds.setRecords(70470021, [
    { bookmark: 'appt-1', fields: { 'Local Date': { text: '01/15/2026' }, CustomerName: { text: 'Adatum Corporation' }, 'Service Name': { text: 'Haircut' }, Price: { text: '45.00' }, Status: { text: 'Ready' } } },
    { bookmark: 'appt-2', fields: { 'Local Date': { text: '01/16/2026' }, CustomerName: { text: 'Trey Research' }, 'Service Name': { text: 'Colouring' }, Price: { text: '120.00' }, Status: { text: 'No price', style: 'Attention' } } },
  ]);
}
