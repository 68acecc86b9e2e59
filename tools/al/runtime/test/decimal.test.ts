import { strict as assert } from 'node:assert';
import { Dec } from '../src/values/decimal';
import { ALError } from '../src/errors';

const d = (s: string): Dec => {
  const v = Dec.parse(s);
  if (v === undefined) throw new Error(`bad literal ${s}`);
  return v;
};

describe('Dec (System.Decimal semantics)', () => {
  it('adds decimal fractions exactly', () => {
    let x = Dec.ZERO;
    for (let i = 0; i < 10; i++) x = x.add(d('0.1'));
    assert.equal(x.toString(), '1');
  });

  it('divides to 28 decimal places and rounds half to even', () => {
    assert.equal(d('1').div(d('3')).toString(), '0.3333333333333333333333333333');
    assert.equal(d('2').div(d('3')).toString(), '0.6666666666666666666666666667');
    assert.equal(d('1').div(d('4')).toString(), '0.25');
  });

  it('keeps 29 significant digits for large quotients', () => {
    assert.equal(d('10000000000').div(d('3')).toString(), '3333333333.3333333333333333333');
  });

  it('raises overflow beyond 96 bits', () => {
    const max = d('79228162514264337593543950335');
    assert.throws(() => max.add(Dec.ONE), (e: unknown) => e instanceof ALError && /too large/.test(e.message));
  });

  it('rounds products that exceed 28 places', () => {
    const x = d('0.0000000000000001').mul(d('0.0000000000000001'));
    assert.equal(x.toString(), '0');
  });

  it('Round: nearest (half away from zero), up, down, with precision', () => {
    assert.equal(d('2.5').round(Dec.ONE, '=').toString(), '3');
    assert.equal(d('-2.5').round(Dec.ONE, '=').toString(), '-3');
    assert.equal(d('1234.56789').round(d('0.01'), '=').toString(), '1234.57');
    assert.equal(d('1234.56789').round(d('100'), '>').toString(), '1300');
    assert.equal(d('-1234.56789').round(d('0.1'), '>').toString(), '-1234.5');
    assert.equal(d('-1234.56789').round(d('0.1'), '<').toString(), '-1234.6');
    assert.equal(d('1.04').round(d('0.05'), '=').toString(), '1.05');
  });

  it('div (integer division) truncates and mod keeps the dividend sign', () => {
    assert.equal(d('7.5').idiv(d('2')).toString(), '3');
    assert.equal(d('-7').mod(d('3')).toString(), '-1');
  });

  it('compares across scales', () => {
    assert.equal(d('1.10').cmp(d('1.1')), 0);
    assert.equal(d('-0.5').cmp(d('0.25')), -1);
  });

  it('parses exponents and rejects junk', () => {
    assert.equal(d('1.5e3').toString(), '1500');
    assert.equal(Dec.parse('1.2.3'), undefined);
    assert.equal(Dec.parse(''), undefined);
  });

  it('splits into integer and fraction digits for formatting', () => {
    assert.deepEqual(d('-1234.5670').parts(28), { neg: true, int: '1234', frac: '567' });
    assert.deepEqual(d('2.346').parts(2), { neg: false, int: '2', frac: '35' });
  });
});
