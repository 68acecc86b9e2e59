/**
 * Seeded fault schedules in the emulator's text form (tools/graph-emulator/src/faults/fault-spec.ts): a mix of
 * 429 bursts, 500/503/504, slow responses (some beyond the client timeout), truncated and invalid JSON, connection
 * resets (before and after handling), token expiry mid-run and token endpoint faults.
 */
import type { Rng } from './prng';

function rate(rng: Rng, max: number): string {
  return (0.01 + rng.next() * max).toFixed(3);
}

function at(rng: Rng, maxRequest: number): string {
  const n = 1 + rng.int(3);
  const picks = new Set<number>();
  while (picks.size < n) picks.add(1 + rng.int(maxRequest));
  return [...picks].sort((a, b) => a - b).join('|');
}

const makers: ReadonlyArray<(rng: Rng) => string> = [
  (r) => `429@rate=${rate(r, 0.15)}:burst=${1 + r.int(5)}:retryAfter=${r.int(4)}`,
  (r) => `429@at=${at(r, 40)}:burst=${2 + r.int(3)}`,
  (r) => `503@rate=${rate(r, 0.1)}:retryAfter=${r.int(3)}`,
  (r) => `503@every=${5 + r.int(20)}`,
  (r) => `504@rate=${rate(r, 0.1)}`,
  (r) => `500@rate=${rate(r, 0.05)}:times=${1 + r.int(3)}`,
  (r) => `500@at=${at(r, 40)}`,
  (r) => `slow@rate=${rate(r, 0.1)}:ms=${r.chance(0.5) ? 5 : 1800}:times=1`,
  (r) => `truncate@rate=${rate(r, 0.05)}:times=${1 + r.int(2)}`,
  (r) => `invalid-json@at=${at(r, 40)}`,
  (r) => `reset@rate=${rate(r, 0.05)}:times=${1 + r.int(2)}`,
  (r) => `reset@at=${at(r, 40)}:after`,
  (r) => `token-expiry@every=${4 + r.int(15)}`,
  (r) => `token-expiry@at=${at(r, 40)}`,
  (r) => `${r.pick(['500', '503', '429', 'truncate', 'invalid-json', 'reset'])}@at=${1 + r.int(3)}:target=token`,
  (r) => `503@rate=${rate(r, 0.3)}:target=token:retryAfter=1:times=2`,
];

export function faultSchedule(rng: Rng, seed: number): string {
  const count = 1 + rng.int(4);
  const items: string[] = [];
  for (let i = 0; i < count; i++) items.push(rng.pick(makers)(rng));
  items.push(`seed=${seed}`);
  return items.join(',');
}
