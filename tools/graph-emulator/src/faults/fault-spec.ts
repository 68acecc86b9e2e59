/**
 * Fault specifications: what goes wrong, and when.
 *
 * Text form (CLI `--faults`, `POST /_emulator/faults` with {"spec": "..."}): comma-separated items,
 *   KIND@SCHEDULE[:OPTION=VALUE]...   or   seed=N
 * KIND: 429 | 500 | 503 | 504 | slow | truncate | invalid-json | reset | token-expiry
 * SCHEDULE: rate=0.1 (probability per request, seeded) | every=10 (every 10th request) | at=3|7|20 (request numbers)
 * OPTIONS: burst=N (429: N consecutive 429s), ms=N (slow: delay), retryAfter=S (429/503 header),
 *          times=N (fire at most N times), path=TEXT (only request paths containing TEXT), method=GET,
 *          after (reset: apply the request, then drop the connection), target=token (the token endpoint
 *          instead of Graph; not with token-expiry)
 * Example: `429@rate=0.05:burst=3,503@every=50,slow@rate=0.1:ms=1500,reset@at=7,token-expiry@at=30,seed=7`
 * Request numbers count Graph (/v1.0) requests from 1 since the faults were set; token requests apart.
 */

export const FAULT_KINDS = ['429', '500', '503', '504', 'slow', 'truncate', 'invalid-json', 'reset', 'token-expiry'] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];
export type FaultTarget = 'graph' | 'token';

export function isFaultKind(text: unknown): text is FaultKind {
  return typeof text === 'string' && (FAULT_KINDS as readonly string[]).includes(text);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type FaultSchedule =
  | { readonly type: 'rate'; readonly rate: number }
  | { readonly type: 'every'; readonly every: number }
  | { readonly type: 'at'; readonly requests: readonly number[] };

export interface FaultRule {
  readonly kind: FaultKind;
  readonly schedule: FaultSchedule;
  /** 429: how many consecutive requests get 429 once it fires (default 1). */
  readonly burst?: number;
  /** slow: delay in milliseconds (default 1000). */
  readonly delayMs?: number;
  /** 429/503: Retry-After seconds (default 1). */
  readonly retryAfterSeconds?: number;
  /** Fire at most this many times. */
  readonly times?: number;
  /** Only requests whose path contains this text. */
  readonly path?: string;
  /** Only requests with this method. */
  readonly method?: string;
  /** reset: handle the request first (writes happen), then drop the connection. */
  readonly afterHandling?: boolean;
  /** Which endpoint the rule applies to (default graph). */
  readonly target?: FaultTarget;
}

export interface FaultSpec {
  readonly seed?: number;
  readonly rules: readonly FaultRule[];
}

export class FaultSpecError extends Error {
  constructor(readonly item: string, detail: string) {
    super(`fault spec item '${item}': ${detail}`);
    this.name = 'FaultSpecError';
  }
}

/** Parses the text form. Throws FaultSpecError. */
export function parseFaultSpec(text: string): FaultSpec {
  const rules: FaultRule[] = [];
  let seed: number | undefined;
  for (const rawItem of text.split(',')) {
    const item = rawItem.trim();
    if (item === '') continue;
    if (item.startsWith('seed=')) {
      seed = integer(item, item.slice(5), 0);
      continue;
    }
    const [head = '', ...options] = item.split(':');
    const at = head.indexOf('@');
    if (at < 0) throw new FaultSpecError(item, 'needs a schedule, e.g. 503@rate=0.1, 503@every=10 or 503@at=3|5');
    const kind = head.slice(0, at);
    if (!isFaultKind(kind)) throw new FaultSpecError(item, `unknown kind '${kind}'; use one of ${FAULT_KINDS.join(', ')}`);
    const rule: { -readonly [K in keyof FaultRule]: FaultRule[K] } = { kind, schedule: schedule(item, head.slice(at + 1)) };
    for (const option of options) {
      const [key = '', value = ''] = option.split('=');
      switch (key) {
        case 'burst': rule.burst = integer(item, value, 1); break;
        case 'ms': rule.delayMs = integer(item, value, 0); break;
        case 'retryAfter': rule.retryAfterSeconds = integer(item, value, 0); break;
        case 'times': rule.times = integer(item, value, 1); break;
        case 'path': rule.path = value; break;
        case 'method': rule.method = value.toUpperCase(); break;
        case 'after': rule.afterHandling = true; break;
        case 'target':
          if (value !== 'graph' && value !== 'token') throw new FaultSpecError(item, "target must be 'graph' or 'token'");
          rule.target = value;
          break;
        default: throw new FaultSpecError(item, `unknown option '${key}'; use burst, ms, retryAfter, times, path, method, after or target`);
      }
    }
    checkTarget(item, rule);
    rules.push(rule);
  }
  return seed === undefined ? { rules } : { seed, rules };
}

/** Checks a JSON FaultSpec (from POST /_emulator/faults or a file). Throws FaultSpecError. */
export function faultSpecFromJson(value: unknown): FaultSpec {
  if (!isRecord(value)) throw new FaultSpecError('$', 'must be an object {"seed"?, "rules": [...]} or {"spec": "text"}');
  const record = value;
  if (typeof record['spec'] === 'string') return parseFaultSpec(record['spec']);
  const rules = record['rules'];
  if (!Array.isArray(rules)) throw new FaultSpecError('$.rules', 'must be an array');
  const checked = rules.map((r, i) => {
    const where = `$.rules[${i}]`;
    if (!isRecord(r)) throw new FaultSpecError(where, 'must be an object');
    const rule = r;
    const kind = rule['kind'];
    if (!isFaultKind(kind)) throw new FaultSpecError(where, `kind must be one of ${FAULT_KINDS.join(', ')}`);
    const s = isRecord(rule['schedule']) ? rule['schedule'] : undefined;
    let parsed: FaultSchedule;
    if (s?.['type'] === 'rate' && typeof s['rate'] === 'number' && s['rate'] >= 0 && s['rate'] <= 1) parsed = { type: 'rate', rate: s['rate'] };
    else if (s?.['type'] === 'every' && Number.isInteger(s['every']) && Number(s['every']) >= 1) parsed = { type: 'every', every: Number(s['every']) };
    else if (s?.['type'] === 'at' && Array.isArray(s['requests']) && s['requests'].every((n) => Number.isInteger(n) && n >= 1)) parsed = { type: 'at', requests: s['requests'].map(Number) };
    else throw new FaultSpecError(where, 'schedule must be {"type":"rate","rate":0..1}, {"type":"every","every":N} or {"type":"at","requests":[N,...]}');
    const out: { -readonly [K in keyof FaultRule]: FaultRule[K] } = { kind, schedule: parsed };
    for (const key of ['burst', 'delayMs', 'retryAfterSeconds', 'times'] as const) {
      const v = rule[key];
      if (v !== undefined) {
        if (!Number.isInteger(v) || Number(v) < 0) throw new FaultSpecError(where, `${key} must be a non-negative integer`);
        out[key] = Number(v);
      }
    }
    if (typeof rule['path'] === 'string') out.path = rule['path'];
    if (typeof rule['method'] === 'string') out.method = rule['method'].toUpperCase();
    if (rule['afterHandling'] === true) out.afterHandling = true;
    if (rule['target'] === 'graph' || rule['target'] === 'token') out.target = rule['target'];
    else if (rule['target'] !== undefined) throw new FaultSpecError(where, "target must be 'graph' or 'token'");
    checkTarget(where, out);
    return out;
  });
  const seed = record['seed'];
  if (seed !== undefined && !Number.isInteger(seed)) throw new FaultSpecError('$.seed', 'must be an integer');
  return seed === undefined ? { rules: checked } : { seed: Number(seed), rules: checked };
}

function checkTarget(item: string, rule: FaultRule): void {
  if (rule.target === 'token' && rule.kind === 'token-expiry') throw new FaultSpecError(item, 'token-expiry applies to Graph requests; drop target=token');
}

function schedule(item: string, text: string): FaultSchedule {
  const [key = '', value = ''] = text.split('=');
  switch (key) {
    case 'rate': {
      const rate = Number(value);
      if (value === '' || !Number.isFinite(rate) || rate < 0 || rate > 1) throw new FaultSpecError(item, 'rate must be a number from 0 to 1');
      return { type: 'rate', rate };
    }
    case 'every': return { type: 'every', every: integer(item, value, 1) };
    case 'at': return { type: 'at', requests: value.split('|').map((v) => integer(item, v, 1)) };
    default: throw new FaultSpecError(item, `unknown schedule '${key}'; use rate=, every= or at=`);
  }
}

function integer(item: string, text: string, min: number): number {
  const n = Number(text);
  if (text === '' || !Number.isInteger(n) || n < min) throw new FaultSpecError(item, `'${text}' must be an integer >= ${min}`);
  return n;
}
