/**
 * FlowField values (CalcFields): the CalcFormula's table filtered by its WHERE (constants, filters, the record's own
 * fields and FlowFilters, UPPERLIMIT), then exist / count / sum / average / min / max / lookup, negated when asked.
 */
import { alError } from '../errors';
import { Dec } from '../values/decimal';
import { add, coerce, compare, defaultValue } from '../values/ops';
import type { FieldMeta, TableMeta } from './meta';
import type { Rec } from './record';

export function flowFieldValue(rec: Rec, f: FieldMeta, newRec: (table: TableMeta) => Rec): unknown {
  const cf = f.calcFormula;
  if (cf === undefined) return defaultValue(f.type);
  const target = rec.env.table(cf.table.name);
  if (target === undefined) throw alError(`The CalcFormula of ${rec.table.name}.${f.name} refers to table '${cf.table.name}', which is not loaded.`);
  const other = newRec(target);
  for (const w of cf.where) {
    const tf = target.field(w.field.name);
    if (tf === undefined) throw alError(`The CalcFormula of ${rec.table.name}.${f.name} filters on unknown field '${w.field.name}' of ${target.name}.`);
    switch (w.filterType) {
      case 'const':
        other.setFilter(tf, quoteConst(w.value), []);
        break;
      case 'filter':
        other.setFilter(tf, w.value, []);
        break;
      case 'field':
      case 'reference': {
        const rf = rec.table.field(w.referencedField?.name ?? w.value);
        if (rf === undefined) throw alError(`The CalcFormula of ${rec.table.name}.${f.name} refers to unknown field '${w.referencedField?.name ?? w.value}'.`);
        if (rf.fieldClass === 'FlowFilter' || w.modifier === 'filter') {
          const c = rec.filterOf(rf);
          if (c !== undefined) other.setFilter(tf, c.text, []);
        } else if (w.modifier === 'upperlimit') {
          const c = rec.filterOf(rf);
          if (c?.range !== undefined) other.setRange(tf, [defaultValue(tf.type), c.range.max]);
        } else other.setRange(tf, [rec.data[rf.slot]]);
        break;
      }
    }
  }
  const sf = cf.field === undefined ? undefined : target.field(cf.field.name);
  const sign = cf.negated ? -1 : 1;
  switch (cf.formula) {
    case 'exist':
      return !other.isEmpty() !== cf.negated;
    case 'count':
      return other.count() * sign;
    case 'sum':
    case 'average':
    case 'min':
    case 'max': {
      if (sf === undefined) throw alError(`The CalcFormula of ${rec.table.name}.${f.name} needs a field to ${cf.formula}.`);
      const rows = other.matchingRows();
      if (cf.formula === 'sum') {
        let total: unknown = defaultValue(f.type);
        for (const r of rows) total = add(total, r[sf.slot]);
        return coerce(sign < 0 ? neg(total) : total, f.type);
      }
      if (rows.length === 0) return defaultValue(f.type);
      if (cf.formula === 'average') {
        let total: unknown = Dec.ZERO;
        for (const r of rows) total = add(total, r[sf.slot]);
        return coerce((total as Dec).div(Dec.fromInt(rows.length)), f.type);
      }
      let best = rows[0]?.[sf.slot];
      for (const r of rows) {
        const c = compare(r[sf.slot], best);
        if ((cf.formula === 'min' && c < 0) || (cf.formula === 'max' && c > 0)) best = r[sf.slot];
      }
      return coerce(best, f.type);
    }
    case 'lookup': {
      if (sf === undefined) throw alError(`The CalcFormula of ${rec.table.name}.${f.name} needs a field to look up.`);
      return other.find('-') ? coerce(other.data[sf.slot], f.type) : defaultValue(f.type);
    }
  }
}

function neg(v: unknown): unknown {
  if (v instanceof Dec) return v.neg();
  if (typeof v === 'number') return -v;
  return v;
}

function quoteConst(v: string): string {
  const t = v.trim();
  if (t.startsWith("'") || t === '') return t === '' ? "''" : t;
  return t.includes('|') || t.includes('&') || t.includes('..') ? `'${t.replace(/'/g, "''")}'` : t;
}
