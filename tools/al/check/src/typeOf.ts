import type { TypeReference } from '../../syntax/src';

/** What the resolver knows about a name's value: enough to check member access on records, codeunits, interfaces. */
export type ValueType =
  | { readonly kind: 'record'; readonly table: string }
  | { readonly kind: 'codeunit'; readonly name: string }
  | { readonly kind: 'interface'; readonly name: string }
  | { readonly kind: 'enum'; readonly name: string }
  | { readonly kind: 'option'; readonly field: string; readonly members: readonly string[] }
  | { readonly kind: 'other' };

export const OtherType: ValueType = { kind: 'other' };

export function valueTypeOf(type: TypeReference | undefined): ValueType {
  if (!type || !type.subtype || type.arrayDimensions.length > 0) return OtherType;
  switch (type.name.toLowerCase()) {
    case 'record':
      return { kind: 'record', table: type.subtype.name };
    case 'codeunit':
      return { kind: 'codeunit', name: type.subtype.name };
    case 'interface':
      return { kind: 'interface', name: type.subtype.name };
    case 'enum':
      return { kind: 'enum', name: type.subtype.name };
    default:
      return OtherType;
  }
}

/** Type words whose subtype names an object that must exist, mapped to the object type. */
export const ObjectTypeWords: Readonly<Record<string, string>> = {
  record: 'table', codeunit: 'codeunit', page: 'page', report: 'report', query: 'query', xmlport: 'xmlport',
  enum: 'enum', interface: 'interface', testpage: 'page', testrequestpage: 'report',
};

export const DisplayType: Readonly<Record<string, string>> = {
  table: 'Table', codeunit: 'Codeunit', page: 'Page', report: 'Report', query: 'Query', xmlport: 'XmlPort',
  enum: 'Enum', interface: 'Interface',
};
