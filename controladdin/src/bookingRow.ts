/** One booking row as AL sends it (the contract in issue 12), plus `key` (= id) for Fluent's selection. */
export interface BookingRow {
  readonly key: string;
  readonly id: string;
  /** YYYY-MM-DD, business-local. */
  readonly date: string;
  /** HH:mm, business-local. */
  readonly time: string;
  readonly customerName: string;
  readonly customerEmail: string;
  readonly serviceName: string;
  readonly staff: string;
  readonly durationMinutes: number;
  readonly price: number;
  readonly priceType: string;
  readonly amount: number;
  readonly currency: string;
  /** Empty, or a problem text that the grid makes stand out. */
  readonly status: string;
}

/** What is wrong with input from AL, as data; captions.ts turns it into text. */
export type InputProblem =
  | { readonly kind: 'malformedJson'; readonly procedure: string; readonly detail: string }
  | { readonly kind: 'notAnArray'; readonly procedure: string }
  | { readonly kind: 'notAnObject'; readonly procedure: string; readonly rowIndex: number }
  | { readonly kind: 'missingFields'; readonly procedure: string; readonly rowIndex: number; readonly id: string; readonly fields: readonly string[] }
  | { readonly kind: 'duplicateId'; readonly procedure: string; readonly rowIndex: number; readonly id: string };

type FieldKind = 'text' | 'number' | 'date' | 'time';

/** Every field of a row and how it is checked. A row that fails any check is skipped and reported. */
const fields: ReadonlyArray<readonly [Exclude<keyof BookingRow, 'key'>, FieldKind]> = [
  ['id', 'text'],
  ['date', 'date'],
  ['time', 'time'],
  ['customerName', 'text'],
  ['customerEmail', 'text'],
  ['serviceName', 'text'],
  ['staff', 'text'],
  ['durationMinutes', 'number'],
  ['price', 'number'],
  ['priceType', 'text'],
  ['amount', 'number'],
  ['currency', 'text'],
  ['status', 'text'],
];

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const timePattern = /^\d{2}:\d{2}$/;

function fieldOk(value: unknown, kind: FieldKind): boolean {
  switch (kind) {
    case 'text':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'date':
      return typeof value === 'string' && datePattern.test(value);
    case 'time':
      return typeof value === 'string' && timePattern.test(value);
    default: {
      const never: never = kind;
      return never;
    }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface ParsedRows {
  readonly rows: BookingRow[];
  readonly problems: InputProblem[];
}

/**
 * Parses one LoadBookings/AppendBookings payload. Never throws: malformed JSON, a non-array, rows that are not
 * objects, rows with missing or mistyped fields, and IDs already present (`knownIds`, or earlier in the chunk) are
 * reported as problems and skipped; the good rows are returned.
 */
export function parseRows(json: unknown, procedure: string, knownIds: ReadonlySet<string>): ParsedRows {
  const problems: InputProblem[] = [];
  let data: unknown;
  try {
    if (typeof json !== 'string') throw new Error(`expected text, got ${typeof json}`);
    data = JSON.parse(json);
  } catch (error) {
    problems.push({ kind: 'malformedJson', procedure, detail: error instanceof Error ? error.message : String(error) });
    return { rows: [], problems };
  }
  if (!Array.isArray(data)) {
    problems.push({ kind: 'notAnArray', procedure });
    return { rows: [], problems };
  }
  const rows: BookingRow[] = [];
  const seen = new Set<string>();
  for (let rowIndex = 0; rowIndex < data.length; rowIndex++) {
    const raw: unknown = data[rowIndex];
    if (!isRecord(raw)) {
      problems.push({ kind: 'notAnObject', procedure, rowIndex });
      continue;
    }
    let bad: string[] | undefined;
    for (const [name, kind] of fields) if (!fieldOk(raw[name], kind)) (bad ??= []).push(name);
    const id = typeof raw['id'] === 'string' ? raw['id'] : '';
    if (id === '' && bad?.includes('id') !== true) (bad ??= []).unshift('id');
    if (bad !== undefined) {
      problems.push({ kind: 'missingFields', procedure, rowIndex, id, fields: bad });
      continue;
    }
    if (knownIds.has(id) || seen.has(id)) {
      problems.push({ kind: 'duplicateId', procedure, rowIndex, id });
      continue;
    }
    seen.add(id);
    // All fields were checked above, so these reads have the right types.
    rows.push({
      key: id,
      id,
      date: raw['date'] as string,
      time: raw['time'] as string,
      customerName: raw['customerName'] as string,
      customerEmail: raw['customerEmail'] as string,
      serviceName: raw['serviceName'] as string,
      staff: raw['staff'] as string,
      durationMinutes: raw['durationMinutes'] as number,
      price: raw['price'] as number,
      priceType: raw['priceType'] as string,
      amount: raw['amount'] as number,
      currency: raw['currency'] as string,
      status: raw['status'] as string,
    });
  }
  return { rows, problems };
}

/** Parses a JSON array of IDs (SetSelection). Non-string entries are reported like a malformed payload. */
export function parseIds(json: unknown, procedure: string): { ids: string[] | undefined; problem: InputProblem | undefined } {
  let data: unknown;
  try {
    if (typeof json !== 'string') throw new Error(`expected text, got ${typeof json}`);
    data = JSON.parse(json);
  } catch (error) {
    return { ids: undefined, problem: { kind: 'malformedJson', procedure, detail: error instanceof Error ? error.message : String(error) } };
  }
  if (!Array.isArray(data) || !data.every((v): v is string => typeof v === 'string')) {
    return { ids: undefined, problem: { kind: 'notAnArray', procedure } };
  }
  return { ids: data, problem: undefined };
}
