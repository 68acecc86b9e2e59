/**
 * Fuzz: the booking grid's row parser (controladdin/src/bookingRow.ts, DOM-free) and the grid store behind
 * LoadBookings/AppendBookings/SetSelection/SetCaptions, with malformed and odd payloads. Invariants: nothing throws;
 * every skipped row or rejected payload yields a problem whose text (captions.ts) names the procedure and says
 * what happened; accepted rows are exactly the well-formed rows with new IDs; a malformed AppendBookings leaves the
 * loaded rows as they were.
 */
import { strict as assert } from 'node:assert';
import { parseRows } from '../../controladdin/src/bookingRow';
import { defaultCaptions, problemText } from '../../controladdin/src/captions';
import { GridStore } from '../../controladdin/src/gridStore';
import { printFigures } from './lib/figures';
import { Rng } from './lib/prng';
import { seedFor, size } from './lib/scale';

const goodRow = {
  id: 'AAMkAD-1', date: '2026-03-02', time: '09:00', customerName: 'Anna', customerEmail: 'anna@example.com',
  serviceName: 'Consultation', staff: 'Ben', durationMinutes: 60, price: 80, priceType: 'fixedPrice', amount: 80,
  currency: 'EUR', status: '',
};
const fieldNames = Object.keys(goodRow);
const oddValues: readonly unknown[] = [
  null, true, 0, -1, 1e308, Number.MAX_SAFE_INTEGER, '', ' ', '2026-13-45', '25:99', 'x'.repeat(3000), '\u0000', '\ud800',
  '<script>alert(1)</script>', [], {}, { nested: [1] }, '1', 'NaN', '2026-03-02T09:00', '9:00',
];

function mutateRow(rng: Rng, id: string): Record<string, unknown> {
  const row: Record<string, unknown> = { ...goodRow, id };
  for (let n = rng.int(3); n > 0; n--) {
    const key = rng.pick(fieldNames);
    if (rng.chance(0.3)) delete row[key];
    else row[key] = rng.pick(oddValues);
  }
  if (rng.chance(0.1)) row['__proto__'] = { polluted: true };
  if (rng.chance(0.1)) row['extra'] = 'ignored';
  return row;
}

function payload(rng: Rng): unknown {
  const kind = rng.int(10);
  if (kind === 0) return rng.pick([undefined, null, 42, {}, [], true]); // not text at all
  const rows: unknown[] = [];
  for (let n = rng.int(8); n > 0; n--) {
    rows.push(rng.chance(0.1) ? rng.pick([null, 1, 'row', [goodRow]]) : mutateRow(rng, rng.chance(0.2) ? 'dup' : `id-${rng.int(1000)}`));
  }
  let text = JSON.stringify(kind === 1 ? { rows } : rows);
  if (kind === 2) text = text.slice(0, rng.int(text.length)); // truncated
  if (kind === 3) text = text.replace(/"/g, "'");
  if (kind === 4) text = `\ufeff${text}`;
  if (kind === 5 && rows.length > 0) text = text.replace(/"id-/, '"id\\u0000-');
  return text;
}

describe('reliability: add-in row JSON fuzz (LoadBookings/AppendBookings)', function () {
  this.timeout(600_000);
  const seed = seedFor(1212);
  const cases = size(3000, 50000);
  let problems = 0;
  let rowsAccepted = 0;
  let failures = 0;

  after(() => printFigures('add-in rows fuzz', { cases, failures, rowsAccepted, problems, seed }));

  it('never throws, explains every skipped row, accepts exactly the good rows', () => {
    const rng = new Rng(seed);
    for (let i = 0; i < cases; i++) {
      const label = `case #${i} (seed ${seed})`;
      try {
        const json = payload(rng);
        const known = new Set(rng.chance(0.3) ? ['dup', 'id-1'] : []);
        const procedure = rng.pick(['LoadBookings', 'AppendBookings']);
        const parsed = parseRows(json, procedure, known);
        const ids = parsed.rows.map((r) => r.id);
        assert.equal(new Set(ids).size, ids.length, `${label}: duplicate ids accepted`);
        for (const row of parsed.rows) {
          assert.ok(!known.has(row.id), `${label}: known id ${row.id} accepted again`);
          assert.match(row.date, /^\d{4}-\d{2}-\d{2}$/, label);
          assert.match(row.time, /^\d{2}:\d{2}$/, label);
          for (const n of [row.durationMinutes, row.price, row.amount]) assert.ok(Number.isFinite(n), `${label}: non-finite number`);
          assert.equal(row.key, row.id);
        }
        let total: number | undefined;
        if (typeof json === 'string') {
          try {
            const data: unknown = JSON.parse(json);
            if (Array.isArray(data)) total = data.length;
          } catch {
            total = undefined;
          }
        }
        if (total === undefined) {
          assert.equal(parsed.rows.length, 0, `${label}: rows from a payload that is not a JSON array`);
          assert.equal(parsed.problems.length, 1, `${label}: one problem expected for a rejected payload`);
        } else {
          // Every row is either accepted or explained by exactly one problem.
          assert.equal(parsed.rows.length + parsed.problems.length, total, `${label}: rows and problems do not add up`);
        }
        for (const p of parsed.problems) {
          const text = problemText(defaultCaptions, p);
          assert.ok(text.startsWith(procedure) && text.length > procedure.length + 10, `${label}: unclear problem text '${text}'`);
          assert.ok(!/%\d/.test(text), `${label}: unfilled placeholder in '${text}'`);
        }
        problems += parsed.problems.length;
        rowsAccepted += parsed.rows.length;
        assert.equal(({} as Record<string, unknown>)['polluted'], undefined, `${label}: prototype polluted`);
      } catch (e) {
        failures++;
        throw e;
      }
    }
    assert.ok(rowsAccepted > 0 && problems > 0, 'the generator must produce both good and bad rows');
  });

  it('leaves the loaded rows untouched when AppendBookings gets a malformed payload', () => {
    const rng = new Rng(seed ^ 0xadd);
    for (let i = 0; i < size(300, 5000); i++) {
      const store = new GridStore();
      store.loadBookings(JSON.stringify([goodRow, { ...goodRow, id: 'second' }]));
      const before = store.getSnapshot().rows;
      const bad = payload(rng);
      let parsesAsArray = false;
      try {
        parsesAsArray = typeof bad === 'string' && Array.isArray(JSON.parse(bad));
      } catch {
        parsesAsArray = false;
      }
      store.appendBookings(bad);
      store.setSelection(typeof bad === 'string' ? bad : JSON.stringify(bad ?? null));
      store.setCaptions(typeof bad === 'string' ? bad : '{');
      const after = store.getSnapshot();
      if (!parsesAsArray) assert.equal(after.rows, before, `case #${i}: a rejected AppendBookings changed the rows`);
      assert.deepEqual(after.rows.slice(0, 2), before, `case #${i}: AppendBookings changed loaded rows`);
      assert.ok(after.problems.length > 0 || after.rows.length > before.length || !parsesAsArray, `case #${i}: nothing reported`);
    }
  });
});
