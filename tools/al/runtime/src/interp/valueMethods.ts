// Methods on value-typed receivers (Text, Enum, Variant...) dispatched on the runtime value.
import { runtimeGap, alError } from '../errors';
import { Rec, RecordIdV } from '../db/record';
import { ALDictionary, ALList, TextBuilderV } from '../values/collections';
import { Dec } from '../values/decimal';
import { ALDate, ALDateTime, ALDuration, ALTime, DateFormula } from '../values/dates';
import { toInt } from '../values/ops';
import { ALType, EnumValue, T } from '../values/types';
import { SecretTextV } from '../values/secretText';
import { BlobV, InStreamV, OutStreamV } from '../values/streams';
import { CodeunitV, ErrorInfoV, FieldRefV, RecordRefV } from './instances';
import type { Compiler } from './compile';
import { textMethod } from './text';
import { platformCall, platformKindOf, varArgIndexes } from './platformCalls';
import { str } from './methodArgs';
import { builderMethod, dictMethod, listMethod } from './collectionMethods';
import { errorInfoMethod } from './errorInfoMethods';
import { fieldRefMethod, recordRefMethod } from './recordRefMethods';

export function guessType(kind: string | undefined, m: string): ALType | undefined {
  if (kind === 'Text' || kind === 'Code') {
    if (['contains', 'startswith', 'endswith'].includes(m)) return T.Boolean;
    if (['indexof', 'lastindexof', 'indexofany'].includes(m)) return T.Integer;
    if (m === 'split') return { kind: 'List', elem: T.Text };
    return T.Text;
  }
  if (m === 'count' || m === 'length' || m === 'asinteger' || m === 'indexof') return T.Integer;
  if (m === 'totext') return T.Text;
  if (m.startsWith('is') || m === 'contains' || m === 'containskey' || m === 'remove') return T.Boolean;
  return undefined;
}

export function valueMethod(c: Compiler, o: unknown, m: string, a: unknown[], name: string, kind: string | undefined): unknown {
  if (typeof o === 'string') {
    const r = textMethod(o, m, a);
    if (r !== undefined) return r;
  }
  if (o instanceof ALList) return listMethod(o, m, a, name);
  if (o instanceof ALDictionary) return dictMethod(o, m, a, name);
  if (o instanceof TextBuilderV) return builderMethod(o, m, a, name);
  if (o instanceof EnumValue) {
    if (m === 'asinteger') return o.ordinal;
    if (m === 'names') return new ALList(o.type.members.map((x) => x.name));
    if (m === 'ordinals') return new ALList(o.type.members.map((x) => x.ordinal));
    if (m === 'frominteger') {
      const n = toInt(a[0]);
      if (!o.type.byOrdinal.has(n) && !o.type.isOption) throw alError(`The value ${n} is not an ordinal of the enum ${o.type.name}.`);
      return new EnumValue(o.type, n);
    }
  }
  if (o instanceof ErrorInfoV) return errorInfoMethod(o, m, a, name);
  if (o instanceof OutStreamV) {
    if (m === 'writetext' || m === 'write') {
      o.write(a.length === 0 ? '\r\n' : str(a[0] instanceof SecretTextV ? a[0].unwrap() : a[0]));
      return a.length === 0 ? 2 : str(a[0] ?? '').length;
    }
  }
  if (o instanceof InStreamV && m === 'eos') return o.eos;
  if (o instanceof BlobV && m === 'hasvalue') return o.hasValue;
  if (o instanceof SecretTextV) {
    if (m === 'isempty') return o.isEmpty();
    if (m === 'unwrap') return o.unwrap();
  }
  const pk = platformKindOf(o);
  if (pk !== undefined && kind !== 'Variant' && varArgIndexes(pk, m, a.length).length === 0) {
    return platformCall(pk, o, m, a, [], { name, used: true, argKinds: [], placeTypes: [], httpEnv: () => c.s.httpEnv }, undefined);
  }
  if (o instanceof RecordRefV) return recordRefMethod(c, o, m, a, name);
  if (o instanceof FieldRefV) return fieldRefMethod(c, o, m, a, name);
  if (m.startsWith('is') && (kind === 'Variant' || kind === undefined)) return variantIs(o, m);
  throw runtimeGap(`The AL runtime does not support the method ${name} on ${kind ?? 'this value'} yet.`);
}

/** Variant.Is<Type> answered by the runtime class of the value. */
const VARIANT_CLASSES: Readonly<Record<string, (v: unknown) => boolean>> = {
  isdecimal: (v) => v instanceof Dec,
  // Enums count as options in a Variant, as BCApps' Library Assert relies on (TypeNameOf -> Integer)
  isoption: (v) => v instanceof EnumValue,
  isdate: (v) => v instanceof ALDate,
  istime: (v) => v instanceof ALTime,
  isdatetime: (v) => v instanceof ALDateTime,
  isduration: (v) => v instanceof ALDuration,
  isdateformula: (v) => v instanceof DateFormula,
  isrecord: (v) => v instanceof Rec,
  isrecordref: (v) => v instanceof RecordRefV,
  isrecordid: (v) => v instanceof RecordIdV,
  iscodeunit: (v) => v instanceof CodeunitV,
  islist: (v) => v instanceof ALList,
  isdictionary: (v) => v instanceof ALDictionary,
  istextbuilder: (v) => v instanceof TextBuilderV,
};

function variantIs(v: unknown, m: string): boolean {
  const isClass = VARIANT_CLASSES[m];
  if (isClass !== undefined) return isClass(v);
  switch (m) {
    case 'isinteger':
      return typeof v === 'number';
    case 'isbiginteger':
      return typeof v === 'bigint';
    case 'isboolean':
      return typeof v === 'boolean';
    case 'istext':
      return typeof v === 'string';
    case 'iscode':
    case 'ischar':
    case 'isbyte':
    case 'istextconstant':
    // A Guid is held as text in the runtime, so a Variant cannot tell it from Text.
    case 'isguid':
    case 'isfieldref':
    case 'isnotification':
      return false;
    case 'isjsonobject':
      return platformKindOf(v) === 'jsonobject';
    case 'isjsonarray':
      return platformKindOf(v) === 'jsonarray';
    case 'isjsonvalue':
      return platformKindOf(v) === 'jsonvalue';
    case 'isjsontoken':
      return platformKindOf(v)?.startsWith('json') === true;
    default:
      throw runtimeGap(`The AL runtime does not support Variant.${m} yet.`);
  }
}
