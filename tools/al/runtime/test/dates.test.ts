import { strict as assert } from 'node:assert';
import { ALDate, calcDate, closingDate, date2dwy, dayOf, parseDateFormula, ymdOf } from '../src/values/dates';
import { formatValue, evaluateText } from '../src/values/format';
import { T } from '../src/values/types';

const D = (y: number, m: number, d: number): ALDate => ALDate.fromDay(dayOf(y, m, d));
const show = (d: ALDate): string => formatValue(d, 0, 9);

describe('dates and date formulas', () => {
  it('round-trips day numbers', () => {
    assert.deepEqual(ymdOf(dayOf(2024, 2, 29)), { y: 2024, m: 2, d: 29 });
    assert.equal(dayOf(1, 1, 1), 1);
  });

  it('CalcDate terms', () => {
    const f = (s: string, d: ALDate): string => show(calcDate(parseDateFormula(s), d));
    assert.equal(f('<1M>', D(2026, 1, 31)), '2026-02-28');
    assert.equal(f('<CM>', D(2026, 2, 10)), '2026-02-28');
    assert.equal(f('<-CM>', D(2026, 2, 10)), '2026-02-01');
    assert.equal(f('<CW>', D(2026, 1, 21)), '2026-01-25');
    assert.equal(f('<-CW>', D(2026, 1, 21)), '2026-01-19');
    assert.equal(f('<1M+CM>', D(2026, 2, 15)), '2026-03-31');
    assert.equal(f('<WD1>', D(2026, 1, 21)), '2026-01-26');
    assert.equal(f('<-1Y>', D(2024, 2, 29)), '2023-02-28');
    assert.equal(f('<D10>', D(2026, 1, 21)), '2026-02-10');
  });

  it('keeps a closing date closing through CalcDate', () => {
    assert.equal(show(calcDate(parseDateFormula('1D'), closingDate(D(2026, 1, 31)))), 'C2026-02-01');
  });

  it('normalises formula text', () => {
    assert.equal(parseDateFormula('< 1m + cm >').text, '1M+CM');
    assert.throws(() => parseDateFormula('1X'), /not valid/);
  });

  it('ISO weeks', () => {
    assert.equal(date2dwy(D(2027, 1, 1), 2), 53);
    assert.equal(date2dwy(D(2026, 1, 1), 2), 1);
  });

  it('evaluates en-US and XML date text', () => {
    assert.equal(show(evaluateText('01/25/26', T.Date) as ALDate), '2026-01-25');
    assert.equal(show(evaluateText('2026-01-25', T.Date, 9) as ALDate), '2026-01-25');
    assert.equal(evaluateText('01/25/26', T.Date, 9), undefined);
  });
});
