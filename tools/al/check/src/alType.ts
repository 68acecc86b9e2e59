import type { TypeReference } from '../../syntax/src';
import { quoteName, typeText } from '../../symbols/src/astText';

/**
 * A value's AL data type, as far as the type checker knows it. `word` is the lower-case type word (integer, text,
 * record, enum, codeunit, ...); `subtype` the object name for Record/Enum/Codeunit/Interface/Page...; `display` the
 * type as the AL compiler prints it in messages (`Code[20]`, `Record Customer`, `Enum "Sales Document Type"`).
 * Arrays, DotNet and generic collections are not modelled: their type is undefined ("unknown", never reported).
 */
export interface AlType {
  readonly word: string;
  readonly subtype?: string;
  readonly display: string;
  /** A string literal: also converts to Char, Guid, DateFormula, numbers..., so it is only reported against objects. */
  readonly literal?: true;
}

const Canonical: Readonly<Record<string, string>> = {
  integer: 'Integer', biginteger: 'BigInteger', decimal: 'Decimal', byte: 'Byte', char: 'Char', boolean: 'Boolean',
  text: 'Text', code: 'Code', label: 'Label', textconst: 'TextConst', secrettext: 'SecretText', date: 'Date', time: 'Time',
  datetime: 'DateTime', duration: 'Duration', guid: 'Guid', option: 'Option', variant: 'Variant', none: 'None',
  recordref: 'RecordRef', fieldref: 'FieldRef', recordid: 'RecordId', dateformula: 'DateFormula',
};

export function simpleType(word: string): AlType {
  return { word, display: Canonical[word] ?? word };
}

export const IntegerType = simpleType('integer');
export const BigIntegerType = simpleType('biginteger');
export const DecimalType = simpleType('decimal');
export const BooleanType = simpleType('boolean');
export const TextType = simpleType('text');
export const DateType = simpleType('date');
export const TimeType = simpleType('time');
export const DateTimeType = simpleType('datetime');
export const NoneType = simpleType('none');
export const TextLiteralType: AlType = { word: 'text', display: 'Text', literal: true };

const ObjectWords: Readonly<Record<string, string>> = {
  record: 'Record', enum: 'Enum', codeunit: 'Codeunit', interface: 'Interface', page: 'Page', report: 'Report',
  query: 'Query', xmlport: 'XmlPort', testpage: 'TestPage',
};

/** The type of a declaration as written; undefined for arrays and types the checker does not model. */
export function typeOfReference(type: TypeReference | undefined): AlType | undefined {
  if (!type || type.arrayDimensions.length > 0) return undefined;
  const word = type.name.toLowerCase();
  if (word === 'dotnet') return undefined;
  if (word in ObjectWords) return type.subtype ? { word, subtype: type.subtype.name, display: objectDisplay(word, type.subtype.name) } : undefined;
  if (word === 'text' || word === 'code') return { word, display: typeText(type) };
  return simpleOrOther(word, typeText(type));
}

/** The type of a symbol-file type text (`Code[20]`, `Record "Sales Header"`, `Enum "X" temporary`...). */
export function typeOfText(text: string | undefined): AlType | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (/^array\s*\[/i.test(trimmed)) return undefined;
  const match = /^([A-Za-z]+)\b\s*(.*)$/s.exec(trimmed);
  if (!match) return undefined;
  const word = (match[1] ?? '').toLowerCase();
  const rest = (match[2] ?? '').trim();
  if (word === 'dotnet') return undefined;
  if (word in ObjectWords) {
    const name = /^"((?:[^"]|"")*)"|^([^\s]+)/.exec(rest);
    const subtype = name ? (name[1] !== undefined ? name[1].replace(/""/g, '"') : name[2] ?? '') : '';
    return subtype !== '' ? { word, subtype, display: objectDisplay(word, subtype) } : undefined;
  }
  if (word === 'text' || word === 'code') return { word, display: trimmed.replace(/^(text|code)/i, Canonical[word] ?? word) };
  return simpleOrOther(word, trimmed);
}

function objectDisplay(word: string, name: string): string {
  return `${ObjectWords[word] ?? word} ${quoteName(name)}`;
}

/** Simple types keep their canonical spelling; other types (List of [...], JsonObject...) keep the text as written. */
function simpleOrOther(word: string, written: string): AlType {
  if (word in Canonical && word !== 'option') return simpleType(word);
  if (word === 'option') return simpleType('option');
  // Generic and other platform types: compared by their full text only, never across kinds (see convertible).
  return { word: /\bof\b/i.test(written) ? `${word}<${written.toLowerCase()}>` : word, display: written };
}

/** How an object name in a type compares to another (qualified names compare by their last part). */
export type SameObject = (objectType: string, a: string, b: string) => boolean;

/** Whether a codeunit or enum implements an interface (undefined when the checker cannot tell). */
export type Implements = (objectType: 'codeunit' | 'enum', name: string, iface: string) => boolean | undefined;

const Numbers = new Set(['integer', 'biginteger', 'decimal', 'byte', 'char', 'option', 'duration']);
const Texts = new Set(['text', 'code', 'label', 'textconst']);
/** Kinds whose conversions the checker knows well enough to report a mismatch between them. */
const Certain = new Set([...Numbers, ...Texts, 'boolean', 'date', 'time', 'datetime', 'guid', 'record', 'codeunit', 'secrettext', 'enum']);

function family(word: string): string {
  if (Numbers.has(word)) return 'number';
  if (Texts.has(word)) return 'text';
  return word;
}

export interface TypeFacts {
  readonly sameObject: SameObject;
  readonly implementsInterface: Implements;
}

/** true: converts; 'warn': converts with the compiler's warning AL0603; false: an error; undefined: not sure. */
export type Conversion = boolean | 'warn' | undefined;

/**
 * AL's assignment compatibility (a value of `from` given where `to` is expected): true, false, or undefined when
 * the checker is not sure (then nothing is reported). Numbers widen and narrow among themselves, Option and Integer
 * mix, texts mix, Text goes into SecretText but not back, a record only into a record of the same table, an enum
 * into the same enum or an Option (into another enum or a number, and a number into an enum, with AL0603), a codeunit or enum into an interface it implements; Variant takes and
 * gives anything.
 */
export function convertible(from: AlType, to: AlType, facts: TypeFacts): Conversion {
  if (from.word === 'variant' || to.word === 'variant' || from.word === 'joker' || to.word === 'joker') return true;
  if (from.word === 'none') return to.word === 'none' ? true : Certain.has(to.word) ? false : undefined;
  if (to.word === 'interface') {
    if (from.word === 'codeunit' || from.word === 'enum') return from.subtype !== undefined && to.subtype !== undefined ? facts.implementsInterface(from.word, from.subtype, to.subtype) : undefined;
    if (from.word === 'interface') return from.subtype !== undefined && to.subtype !== undefined && facts.sameObject('interface', from.subtype, to.subtype) ? true : undefined;
    return Certain.has(from.word) ? false : undefined;
  }
  if (!Certain.has(from.word) || !Certain.has(to.word)) return undefined;
  // Guid and text convert through their string form in places (Guid := 'x', a Guid into a Text parameter).
  if ((from.word === 'guid' && family(to.word) === 'text') || (to.word === 'guid' && family(from.word) === 'text')) return undefined;
  if (from.word === to.word && from.subtype === undefined) return true;
  if (from.word === to.word && from.subtype !== undefined && to.subtype !== undefined) {
    const same = facts.sameObject(from.word, from.subtype, to.subtype);
    // One enum into another converts by ordinal, with the compiler's warning AL0603.
    return !same && from.word === 'enum' ? 'warn' : same;
  }
  const f = family(from.word);
  const t = family(to.word);
  // Numbers widen and narrow among themselves (Char, Option and Duration included); texts mix.
  if (f === t) return true;
  if (from.literal) {
    // A string constant also converts to Char, Guid, DateFormula, Option, Enum, and even to numbers (BCApps code
    // assigns '1' to an Integer): only a record or codeunit target is certainly wrong.
    return t === 'record' || t === 'codeunit' ? false : undefined;
  }
  if (f === 'text' && to.word === 'secrettext') return true;
  if ((from.word === 'enum' && to.word === 'option') || (from.word === 'option' && to.word === 'enum')) return true;
  // An integer into an enum (or back) compiles with AL0603 (BCApps tests suppress exactly that warning for it).
  if ((to.word === 'enum' && f === 'number') || (from.word === 'enum' && t === 'number')) return 'warn';
  if ((from.word === 'char' && t === 'text') || (f === 'text' && to.word === 'char')) return true;
  return false;
}

/**
 * A `var` argument must have the parameter's own type: a record of the same table, the same enum, the same kind of
 * text or number. Text lengths do not matter. Undefined when the checker is not sure.
 */
export function sameForVar(from: AlType, to: AlType, facts: TypeFacts): boolean | undefined {
  if (to.word === 'variant' || to.word === 'joker') return true;
  if (from.word === 'variant') return undefined;
  if (!Certain.has(from.word) || !Certain.has(to.word)) return from.word === to.word && from.subtype === undefined && to.subtype === undefined ? true : undefined;
  if (from.word !== to.word) return false;
  if (from.subtype !== undefined && to.subtype !== undefined) return facts.sameObject(from.word, from.subtype, to.subtype);
  return true;
}

export function varDisplay(type: AlType): string {
  return `var ${type.display}`;
}
