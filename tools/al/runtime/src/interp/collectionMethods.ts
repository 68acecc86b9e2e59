// List, Dictionary and TextBuilder methods.
import { alError, runtimeGap } from '../errors';
import { ALDictionary, ALList, TextBuilderV } from '../values/collections';
import { Dec } from '../values/decimal';
import { ALDate } from '../values/dates';
import { formatValue } from '../values/format';
import { equals, toInt } from '../values/ops';
import { EnumValue } from '../values/types';
import { str } from './methodArgs';

export function listMethod(l: ALList, m: string, a: unknown[], name: string): unknown {
  switch (m) {
    case 'add':
      l.items.push(a[0]);
      return undefined;
    case 'addrange':
      for (const x of a) {
        if (x instanceof ALList) l.items.push(...x.items);
        else l.items.push(x);
      }
      return undefined;
    case 'get':
      return l.get(toInt(a[0]));
    case 'set':
      l.set(toInt(a[0]), a[1]);
      return undefined;
    case 'insert':
      l.insert(toInt(a[0]), a[1]);
      return undefined;
    case 'removeat':
      l.removeAt(toInt(a[0]));
      return undefined;
    case 'remove': {
      const i = l.items.findIndex((x) => equals(x, a[0]));
      if (i < 0) return false;
      l.items.splice(i, 1);
      return true;
    }
    case 'removerange':
      l.items.splice(toInt(a[0]) - 1, toInt(a[1]));
      return undefined;
    case 'contains':
      return l.items.some((x) => equals(x, a[0]));
    case 'indexof':
      return l.items.findIndex((x) => equals(x, a[0])) + 1;
    case 'lastindexof': {
      for (let i = l.items.length - 1; i >= 0; i--) if (equals(l.items[i], a[0])) return i + 1;
      return 0;
    }
    case 'count':
      return l.items.length;
    case 'getrange': {
      const start = toInt(a[0]);
      const n = toInt(a[1]);
      if (start < 1 || start - 1 + n > l.items.length) throw alError(`GetRange(${start}, ${n}) is outside the list (${l.items.length} elements).`);
      return new ALList(l.items.slice(start - 1, start - 1 + n));
    }
    case 'reverse':
      l.items.reverse();
      return undefined;
    default:
      throw runtimeGap(`The AL runtime does not support List.${name} yet.`);
  }
}

export function dictKey(k: unknown): unknown {
  if (k instanceof Dec) return 'dec:' + k.toString();
  if (k instanceof EnumValue) return 'enum:' + k.ordinal;
  if (k instanceof ALDate) return 'date:' + k.n;
  return k;
}

export function dictMethod(d: ALDictionary, m: string, a: unknown[], name: string): unknown {
  switch (m) {
    case 'add': {
      const k = dictKey(a[0]);
      if (d.map.has(k)) throw alError(`The key '${formatValue(a[0])}' has already been added to the dictionary.`);
      d.map.set(k, { key: a[0], value: a[1] });
      return undefined;
    }
    case 'set':
      d.map.set(dictKey(a[0]), { key: a[0], value: a[1] });
      return undefined;
    case 'get': {
      const e = d.map.get(dictKey(a[0]));
      if (a.length > 1) return e !== undefined;
      if (e === undefined) throw alError(`The key '${formatValue(a[0])}' was not found in the dictionary.`);
      return e.value;
    }
    case 'containskey':
      return d.map.has(dictKey(a[0]));
    case 'remove':
      return d.map.delete(dictKey(a[0]));
    case 'count':
      return d.map.size;
    case 'keys':
      return new ALList([...d.map.values()].map((x) => x.key));
    case 'values':
      return new ALList([...d.map.values()].map((x) => x.value));
    default:
      throw runtimeGap(`The AL runtime does not support Dictionary.${name} yet.`);
  }
}

export function builderMethod(b: TextBuilderV, m: string, a: unknown[], name: string): unknown {
  switch (m) {
    case 'append':
      b.append(str(a[0] ?? ''));
      return undefined;
    case 'appendline':
      b.append(str(a[0] ?? '') + '\r\n');
      return undefined;
    case 'totext':
      if (a.length === 2) return b.text().slice(toInt(a[0]) - 1, toInt(a[0]) - 1 + toInt(a[1]));
      return b.text();
    case 'length':
      return b.length;
    case 'clear':
      b.setText('');
      return undefined;
    case 'insert': {
      const s = b.text();
      const i = toInt(a[0]);
      b.setText(s.slice(0, i - 1) + str(a[1]) + s.slice(i - 1));
      return true;
    }
    case 'remove': {
      const s = b.text();
      const i = toInt(a[0]);
      b.setText(s.slice(0, i - 1) + s.slice(i - 1 + toInt(a[1])));
      return true;
    }
    case 'replace':
      b.setText(b.text().split(str(a[0])).join(str(a[1])));
      return true;
    default:
      throw runtimeGap(`The AL runtime does not support TextBuilder.${name} yet.`);
  }
}
