import type { InputProblem } from './bookingRow';

/**
 * Every user-visible text of the grid. AL sends them with SetCaptions (from labels, so they translate); these English
 * defaults apply until then. `%1`, `%2` are placeholders as in AL labels.
 */
export const defaultCaptions = {
  gridAriaLabel: 'Bookings not invoiced',
  selectionColumnAriaLabel: 'Select',
  checkButtonAriaLabel: 'Select booking',
  selectAllAriaLabel: 'Select all bookings',
  groupSelectAriaLabel: 'Select all bookings of this customer',
  date: 'Date',
  time: 'Time',
  customerName: 'Customer',
  customerEmail: 'Email',
  serviceName: 'Service',
  staff: 'Staff',
  durationMinutes: 'Duration (min)',
  price: 'Price',
  priceType: 'Price Type',
  amount: 'Amount',
  currency: 'Currency',
  status: 'Status',
  filterPlaceholder: 'Search bookings',
  filterAriaLabel: 'Search bookings by customer, service, staff, date or status',
  groupByCustomer: 'Group by customer',
  groupPerCustomer: 'One invoice per customer',
  createInvoices: 'Create invoices',
  selectedSummary: '%1 selected, %2',
  rowCountAnnouncement: '%1 bookings shown',
  selectionAnnouncement: '%1 bookings selected',
  groupSummary: '%1 bookings, %2',
  emptyMessage: 'There are no bookings to invoice.',
  noMatchMessage: 'No bookings match the search.',
  loadingMessage: 'Loading bookings…',
  openBookingAriaLabel: 'Open booking of %1 on %2',
  dismiss: 'Dismiss',
  renderFailedMessage: 'The booking grid could not be shown. Close and reopen the page; if it happens again, contact your administrator.',
  problemMalformedJson: '%1 received text that is not valid JSON (%2). This call changed nothing.',
  problemNotAnArray: '%1 expects a JSON array. This call changed nothing.',
  problemNotAnObject: '%1: row %2 is not a JSON object and was skipped.',
  problemMissingFields: '%1: row %2 (ID "%3") was skipped because these fields are missing or invalid: %4.',
  problemDuplicateId: '%1: row %2 was skipped because ID "%3" is already loaded.',
  problemMore: 'and %1 more problems.',
  problemInCaptions: 'SetCaptions ignored these keys because they are unknown or not text: %1.',
};

export type CaptionKey = keyof typeof defaultCaptions;
export type Captions = { readonly [K in CaptionKey]: string };

/** Replaces %1, %2, … with the arguments, as AL's StrSubstNo does. */
export function format(template: string, ...args: ReadonlyArray<string | number>): string {
  return template.replace(/%(\d)/g, (match, digit: string) => {
    const value = args[Number(digit) - 1];
    return value === undefined ? match : String(value);
  });
}

function isCaptionKey(key: string): key is CaptionKey {
  return Object.prototype.hasOwnProperty.call(defaultCaptions, key);
}

/**
 * Merges a SetCaptions payload into the current captions. Unknown keys and non-text values are ignored and named
 * in `ignored`; malformed JSON leaves the captions unchanged and returns a problem.
 */
export function mergeCaptions(
  current: Captions,
  json: unknown,
): { captions: Captions; ignored: string[]; problem: InputProblem | undefined } {
  let data: unknown;
  try {
    if (typeof json !== 'string') throw new Error(`expected text, got ${typeof json}`);
    data = JSON.parse(json);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { captions: current, ignored: [], problem: { kind: 'malformedJson', procedure: 'SetCaptions', detail } };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { captions: current, ignored: [], problem: { kind: 'malformedJson', procedure: 'SetCaptions', detail: 'expected a JSON object' } };
  }
  const next: Record<CaptionKey, string> = { ...current };
  const ignored: string[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (isCaptionKey(key) && typeof value === 'string') next[key] = value;
    else ignored.push(key);
  }
  return { captions: next, ignored, problem: undefined };
}

/** The text for one input problem. */
export function problemText(captions: Captions, problem: InputProblem): string {
  switch (problem.kind) {
    case 'malformedJson':
      return format(captions.problemMalformedJson, problem.procedure, problem.detail);
    case 'notAnArray':
      return format(captions.problemNotAnArray, problem.procedure);
    case 'notAnObject':
      return format(captions.problemNotAnObject, problem.procedure, problem.rowIndex + 1);
    case 'missingFields':
      return format(captions.problemMissingFields, problem.procedure, problem.rowIndex + 1, problem.id, problem.fields.join(', '));
    case 'duplicateId':
      return format(captions.problemDuplicateId, problem.procedure, problem.rowIndex + 1, problem.id);
    default: {
      const never: never = problem;
      return never;
    }
  }
}
