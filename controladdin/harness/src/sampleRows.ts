/** Deterministic booking rows in the shape of the AL contract, for tests, the benchmark and the sandbox. */
export interface SampleRow {
  id: string;
  date: string;
  time: string;
  customerName: string;
  customerEmail: string;
  serviceName: string;
  staff: string;
  durationMinutes: number;
  price: number;
  priceType: string;
  amount: number;
  currency: string;
  status: string;
}

const firstNames = ['Adatum', 'Alpine', 'Contoso', 'Fabrikam', 'Litware', 'Northwind', 'Relecloud', 'Tailspin', 'Trey', 'Wingtip', 'Woodgrove', 'Proseware'];
const suffixes = ['Ski House', 'Corporation', 'Traders', 'Toys', 'Research', 'Bank', 'Consulting', 'Health', 'Studios', 'Partners'];
const services = [
  { name: 'Consultation', minutes: 30, price: 60, priceType: 'fixedPrice' },
  { name: 'Installation', minutes: 90, price: 80, priceType: 'hourly' },
  { name: 'Training', minutes: 60, price: 120, priceType: 'fixedPrice' },
  { name: 'Health check', minutes: 45, price: 0, priceType: 'free' },
  { name: 'Repair', minutes: 120, price: 75, priceType: 'hourly' },
];
const staff = ['Alex Wilber', 'Megan Bowen', 'Nestor Wilke', 'Lidia Holloway', 'Diego Siciliani', 'Isaiah Langer'];

/** `count` rows for `customers` distinct customers; every 97th row carries a status problem. */
export function sampleRows(count: number, customers = Math.max(1, Math.min(2000, Math.ceil(count / 25)))): SampleRow[] {
  const rows: SampleRow[] = [];
  const start = Date.UTC(2026, 0, 5);
  for (let i = 0; i < count; i++) {
    const c = (i * 7919) % customers;
    const first = firstNames[c % firstNames.length] ?? 'Contoso';
    const suffix = suffixes[Math.floor(c / firstNames.length) % suffixes.length] ?? 'Ltd';
    const number = Math.floor(c / (firstNames.length * suffixes.length));
    const customerName = number === 0 ? `${first} ${suffix}` : `${first} ${suffix} ${number + 1}`;
    const service = services[i % services.length] ?? { name: 'Consultation', minutes: 30, price: 60, priceType: 'fixedPrice' };
    const day = new Date(start + Math.floor(i / 40) * 86_400_000);
    const minutes = 8 * 60 + (i % 20) * 30;
    const amount = service.priceType === 'hourly' ? (service.price * service.minutes) / 60 : service.price;
    rows.push({
      id: `b-${String(i + 1).padStart(6, '0')}`,
      date: day.toISOString().slice(0, 10),
      time: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
      customerName,
      customerEmail: `${customerName.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@example.com`,
      serviceName: service.name,
      staff: staff[i % staff.length] ?? 'Alex Wilber',
      durationMinutes: service.minutes,
      price: service.price,
      priceType: service.priceType,
      amount,
      currency: c % 11 === 3 ? 'EUR' : '',
      status: i % 97 === 96 ? 'Customer is not linked to a Business Central customer' : '',
    });
  }
  return rows;
}
