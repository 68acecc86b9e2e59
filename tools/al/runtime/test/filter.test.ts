import { strict as assert } from 'node:assert';
import { compileFilter, rangeFilter, quoteFilterValue } from '../src/filter/filter';
import { Dec } from '../src/values/decimal';
import { ALDate, dayOf } from '../src/values/dates';
import { EnumType, EnumValue, T } from '../src/values/types';

const matches = (expr: string, type: Parameters<typeof compileFilter>[2], values: unknown[], args: unknown[] = []): unknown[] => {
  const f = compileFilter(expr, args, type);
  return values.filter((v) => f.test(v));
};

describe('filter expressions', () => {
  const ints = [1, 2, 3, 4, 5, 10, 15, 20];

  it('ranges, open ranges, or, and, comparison operators', () => {
    assert.deepEqual(matches('2..4', T.Integer, ints), [2, 3, 4]);
    assert.deepEqual(matches('..2', T.Integer, ints), [1, 2]);
    assert.deepEqual(matches('15..', T.Integer, ints), [15, 20]);
    assert.deepEqual(matches('1|5|20', T.Integer, ints), [1, 5, 20]);
    assert.deepEqual(matches('>=3&<=5', T.Integer, ints), [3, 4, 5]);
    assert.deepEqual(matches('<>10&>4', T.Integer, ints), [5, 15, 20]);
    assert.deepEqual(matches('(1..3|20)&<>2', T.Integer, ints), [1, 3, 20]);
  });

  it('wildcards and @ on text; Code values are uppercased', () => {
    const names = ['Alpha', 'alpine', 'Beta', '', 'A'];
    assert.deepEqual(matches('Al*', T.Text, names), ['Alpha']);
    assert.deepEqual(matches('@al*', T.Text, names), ['Alpha', 'alpine']);
    assert.deepEqual(matches('?', T.Text, names), ['A']);
    assert.deepEqual(matches("''", T.Text, names), ['']);
    assert.deepEqual(matches("<>''", T.Text, names), ['Alpha', 'alpine', 'Beta', 'A']);
    assert.deepEqual(matches('c1*', T.Code, ['C1', 'C10', 'C2']), ['C1', 'C10']);
  });

  it('quoted values and %n placeholders are literal', () => {
    const names = ['A|B', 'A', 'B'];
    assert.deepEqual(matches("'A|B'", T.Text, names), ['A|B']);
    assert.deepEqual(matches('%1', T.Text, names, ['A|B']), ['A|B']);
    assert.deepEqual(matches('%1..%2', T.Integer, ints, [3, 5]), [3, 4, 5]);
  });

  it('converts values to the field type (decimal, date, boolean, option)', () => {
    assert.deepEqual(matches('>1.5', T.Decimal, [Dec.parse('1.5'), Dec.parse('1.51')]).map(String), ['1.51']);
    const jan = ALDate.fromDay(dayOf(2026, 1, 15));
    const feb = ALDate.fromDay(dayOf(2026, 2, 15));
    assert.deepEqual(matches('01/01/26..01/31/26', T.Date, [jan, feb]), [jan]);
    assert.deepEqual(matches('Yes', T.Boolean, [true, false]), [true]);
    const et = EnumType.ofOption('Status', ['Open', 'Released']);
    const vals = [new EnumValue(et, 0), new EnumValue(et, 1)];
    assert.deepEqual(matches('Released', { kind: 'Option', enumType: et }, vals), [vals[1]]);
  });

  it('rejects values that do not fit the type', () => {
    assert.throws(() => compileFilter('abc', [], T.Integer), /not a valid Integer/);
    assert.throws(() => compileFilter("'open", [], T.Text), /unterminated quote/);
  });

  it('keeps GetFilter text, with placeholders filled in', () => {
    assert.equal(compileFilter('>%1&<>%2', [3, 7], T.Integer).text, '>3&<>7');
    assert.equal(rangeFilter(1, 5, true, T.Integer).text, '1..5');
    assert.equal(rangeFilter('A|B', 'A|B', false, T.Text).text, "'A|B'");
    assert.equal(quoteFilterValue(''), "''");
  });
});
