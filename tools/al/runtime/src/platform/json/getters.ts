import { alError } from '../../errors';
import { Dec } from '../../values/decimal';
import { ALDate, ALDateTime, ALTime } from '../../values/dates';
import * as C from './convert';
import { JSON_MESSAGES as M } from './messages';
import { JsonArrayNode, JsonNode, JsonObjectNode, asArray, asObject, asValue } from './node';

/**
 * Typed getters of JsonObject and JsonArray (runtime 14+): GetText(Key [, DefaultIfNotFound]), GetInteger,
 * GetDecimal, GetBoolean, GetDate, GetDateTime, GetTime, GetBigInteger, GetByte, GetChar, GetCode, GetOption,
 * GetObject, GetArray. With DefaultIfNotFound = true a missing key (or index) - or a JSON null - gives the type's
 * default value ('' / 0 / false / 0D / an empty object ...); otherwise a missing key is an error and the value is
 * converted as AsValue().AsXxx() would.
 */
export type TypedGet = 'Text' | 'Code' | 'Integer' | 'BigInteger' | 'Decimal' | 'Boolean' | 'Byte' | 'Char' | 'Option' | 'Date' | 'Time' | 'DateTime' | 'Object' | 'Array';

function defaultOf(kind: TypedGet): unknown {
  switch (kind) {
    case 'Text':
    case 'Code':
      return '';
    case 'Integer':
    case 'Byte':
    case 'Char':
    case 'Option':
      return 0;
    case 'BigInteger':
      return 0n;
    case 'Decimal':
      return Dec.ZERO;
    case 'Boolean':
      return false;
    case 'Date':
      return ALDate.UNDEFINED;
    case 'Time':
      return ALTime.UNDEFINED;
    case 'DateTime':
      return ALDateTime.UNDEFINED;
    case 'Object':
      return new JsonObjectNode();
    case 'Array':
      return new JsonArrayNode();
  }
}

function convertNode(n: JsonNode, kind: TypedGet): unknown {
  switch (kind) {
    case 'Object':
      return asObject(n);
    case 'Array':
      return asArray(n);
    default: {
      const s = asValue(n).scalar;
      switch (kind) {
        case 'Text':
          return C.asText(s);
        case 'Code':
          return C.asCode(s);
        case 'Integer':
          return C.asInteger(s);
        case 'BigInteger':
          return C.asBigInteger(s);
        case 'Decimal':
          return C.asDecimal(s);
        case 'Boolean':
          return C.asBoolean(s);
        case 'Byte':
          return C.asByte(s);
        case 'Char':
          return C.asChar(s);
        case 'Option':
          return C.asOption(s);
        case 'Date':
          return C.asDate(s);
        case 'Time':
          return C.asTime(s);
        case 'DateTime':
          return C.asDateTime(s);
      }
    }
  }
}

function typed(n: JsonNode | undefined, kind: TypedGet, defaultIfNotFound: boolean, missing: () => Error): unknown {
  if (n === undefined || (defaultIfNotFound && n.isValue() && (n.isNull() || n.isUndefined()))) {
    if (defaultIfNotFound) return defaultOf(kind);
    throw missing();
  }
  return convertNode(n, kind);
}

/** JsonObject.GetXxx(Key [, DefaultIfNotFound]). */
export function objectGetTyped(o: JsonObjectNode, key: string, kind: TypedGet, defaultIfNotFound = false): unknown {
  return typed(o.get(key), kind, defaultIfNotFound, () => alError(M.keyNotFound(key)));
}

/** JsonArray.GetXxx(Index [, DefaultIfNotFound]). */
export function arrayGetTyped(a: JsonArrayNode, index: number, kind: TypedGet, defaultIfNotFound = false): unknown {
  return typed(a.get(index), kind, defaultIfNotFound, () => alError(M.indexOutOfRange(index, a.count)));
}
