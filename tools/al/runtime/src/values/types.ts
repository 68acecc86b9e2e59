/**
 * Static AL types as the loader resolves them from declarations. Runtime values are plain JS where possible:
 * Integer = number, BigInteger = bigint, Decimal = Dec, Boolean = boolean, Text/Code = string, Char = number
 * (in a Char-typed slot), Date/Time/DateTime/Duration = classes in dates.ts, Option/Enum = EnumValue,
 * Guid = string '{XXXXXXXX-...}', DateFormula = DateFormula, records/codeunits/collections = objects.
 */
export type ALType =
  | { readonly kind: 'Integer' }
  | { readonly kind: 'BigInteger' }
  | { readonly kind: 'Decimal' }
  | { readonly kind: 'Boolean' }
  | { readonly kind: 'Text'; readonly length?: number }
  | { readonly kind: 'Code'; readonly length?: number }
  | { readonly kind: 'Char' }
  | { readonly kind: 'Byte' }
  | { readonly kind: 'Date' }
  | { readonly kind: 'Time' }
  | { readonly kind: 'DateTime' }
  | { readonly kind: 'Duration' }
  | { readonly kind: 'DateFormula' }
  | { readonly kind: 'Guid' }
  | { readonly kind: 'Option'; readonly enumType: EnumType }
  | { readonly kind: 'Enum'; readonly enumType: EnumType }
  | { readonly kind: 'Record'; readonly table: string; readonly temporary: boolean }
  | { readonly kind: 'Codeunit'; readonly name: string }
  | { readonly kind: 'Interface'; readonly name: string }
  | { readonly kind: 'List'; readonly elem: ALType }
  | { readonly kind: 'Dictionary'; readonly key: ALType; readonly value: ALType }
  | { readonly kind: 'TextBuilder' }
  | { readonly kind: 'Variant' }
  | { readonly kind: 'RecordId' }
  | { readonly kind: 'ErrorInfo' }
  | { readonly kind: 'SecretText' }
  | { readonly kind: 'Blob' }
  | { readonly kind: 'Array'; readonly elem: ALType; readonly dims: readonly number[] }
  /** A type the runtime only stores (part 2 types such as HttpClient); using it raises a clear error. */
  | { readonly kind: 'Other'; readonly name: string };

export interface EnumMember {
  readonly ordinal: number;
  readonly name: string;
  readonly caption: string;
  /** Interface name (lower case) -> implementing codeunit name. */
  readonly implementations: ReadonlyMap<string, string>;
}

export class EnumType {
  readonly byOrdinal = new Map<number, EnumMember>();
  readonly byName = new Map<string, EnumMember>();
  readonly members: EnumMember[] = [];
  /** Interface name (lower case) -> default implementation codeunit name. */
  readonly defaultImplementations = new Map<string, string>();
  readonly unknownImplementations = new Map<string, string>();
  constructor(
    readonly name: string,
    readonly isOption: boolean,
    readonly id = 0,
  ) {}
  add(m: EnumMember): void {
    this.members.push(m);
    this.byOrdinal.set(m.ordinal, m);
    this.byName.set(m.name.toLowerCase(), m);
  }
  first(): EnumValue {
    const m = this.members[0];
    return new EnumValue(this, m === undefined ? 0 : m.ordinal);
  }
  static ofOption(name: string, members: readonly string[]): EnumType {
    const t = new EnumType(name, true);
    members.forEach((n, i) => t.add({ ordinal: i, name: n, caption: n, implementations: new Map() }));
    return t;
  }
}

/** An Option or Enum value: ordinal plus its type (so Format and interface dispatch know the names). */
export class EnumValue {
  constructor(
    readonly type: EnumType,
    readonly ordinal: number,
  ) {}
  member(): EnumMember | undefined {
    return this.type.byOrdinal.get(this.ordinal);
  }
  get name(): string {
    return this.member()?.name ?? String(this.ordinal);
  }
  get caption(): string {
    return this.member()?.caption ?? String(this.ordinal);
  }
}

export const T = {
  Integer: { kind: 'Integer' },
  BigInteger: { kind: 'BigInteger' },
  Decimal: { kind: 'Decimal' },
  Boolean: { kind: 'Boolean' },
  Text: { kind: 'Text' },
  Code: { kind: 'Code' },
  Char: { kind: 'Char' },
  Date: { kind: 'Date' },
  Time: { kind: 'Time' },
  DateTime: { kind: 'DateTime' },
  Duration: { kind: 'Duration' },
  DateFormula: { kind: 'DateFormula' },
  Guid: { kind: 'Guid' },
  Variant: { kind: 'Variant' },
  TextBuilder: { kind: 'TextBuilder' },
  RecordId: { kind: 'RecordId' },
  ErrorInfo: { kind: 'ErrorInfo' },
  SecretText: { kind: 'SecretText' },
} as const satisfies Record<string, ALType>;

export function typeName(t: ALType): string {
  switch (t.kind) {
    case 'Text':
    case 'Code':
      return t.length === undefined ? t.kind : `${t.kind}[${t.length}]`;
    case 'Option':
      return 'Option';
    case 'Enum':
      return `Enum "${t.enumType.name}"`;
    case 'Record':
      return `Record "${t.table}"`;
    case 'Codeunit':
      return `Codeunit "${t.name}"`;
    case 'Interface':
      return `Interface "${t.name}"`;
    case 'List':
      return `List of [${typeName(t.elem)}]`;
    case 'Dictionary':
      return `Dictionary of [${typeName(t.key)}, ${typeName(t.value)}]`;
    case 'Array':
      return `array[${t.dims.join(',')}] of ${typeName(t.elem)}`;
    case 'Other':
      return t.name;
    default:
      return t.kind;
  }
}
