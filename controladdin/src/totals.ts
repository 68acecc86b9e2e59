import type { BookingRow } from './bookingRow';

/** Amount per currency code ('' = local currency), in first-seen order. */
export type Totals = Map<string, number>;

export function addToTotals(totals: Totals, row: BookingRow): void {
  totals.set(row.currency, (totals.get(row.currency) ?? 0) + row.amount);
}

const amountFormat = new Intl.NumberFormat(undefined, { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatAmount(amount: number): string {
  return amountFormat.format(amount);
}

/** "1,250.00" for one local-currency total, "1,250.00 USD; 80.00 EUR" for several; "0.00" when empty. */
export function formatTotals(totals: Totals): string {
  if (totals.size === 0) return formatAmount(0);
  const parts: string[] = [];
  for (const [currency, amount] of totals) parts.push(currency === '' ? formatAmount(amount) : `${formatAmount(amount)} ${currency}`);
  return parts.join('; ');
}
