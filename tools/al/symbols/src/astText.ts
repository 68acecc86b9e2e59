import type { Expression, Identifier, Property, TypeReference } from '../../syntax/src';

/** Writes a name as AL would: quoted when it is not a plain identifier. */
export function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/** A short textual form of simple expressions (literals, names, member access); '?' for anything else. */
export function expressionText(e: Expression): string {
  switch (e.kind) {
    case 'Literal':
      return e.raw;
    case 'Identifier':
      return quoteName(e.name);
    case 'MemberExpression':
      return `${expressionText(e.object)}.${quoteName(e.member.name)}`;
    case 'ScopeExpression':
      return `${expressionText(e.object)}::${quoteName(e.member.name)}`;
    case 'UnaryExpression':
      return `${e.operator}${expressionText(e.operand)}`;
    default:
      return '?';
  }
}

/** The type as AL writes it: `Code[20]`, `Record "Sales Header"`, `List of [Text]`, `array[2] of Decimal`. */
export function typeText(t: TypeReference): string {
  let text = t.name;
  if (t.subtype) text += ` ${quoteName(t.subtype.name)}`;
  if (t.length) text += `[${expressionText(t.length)}]`;
  if (t.typeArguments.length > 0) text += ` of [${t.typeArguments.map(typeText).join(', ')}]`;
  if (t.optionMembers && t.optionMembers.length > 0) text += ` ${t.optionMembers.map((m) => (m.trim() === '' ? '" "' : quoteName(m))).join(',')}`;
  if (t.arrayDimensions.length > 0) text = `array[${t.arrayDimensions.map(expressionText).join(', ')}] of ${text}`;
  return text;
}

/** Finds a property by name, case-insensitively, as AL does. */
export function findProperty(properties: readonly Property[], name: string): Property | undefined {
  const lower = name.toLowerCase();
  return properties.find((p) => p.name.name.toLowerCase() === lower);
}

/** A property's value as plain text: label text, a single string literal without quotes, or the raw text. */
export function propertyText(properties: readonly Property[], name: string): string | undefined {
  const property = findProperty(properties, name);
  if (!property) return undefined;
  const value = property.value;
  if (value.kind === 'LabelValue') return value.text;
  if (value.kind === 'ExpressionListValue' && value.items.length === 1) {
    const item = value.items[0];
    if (item?.kind === 'Literal' && typeof item.value === 'string') return item.value;
    if (item?.kind === 'Identifier') return item.name;
  }
  return property.raw.trim();
}

export function identifierName(identifier: Identifier | undefined): string {
  return identifier?.name ?? '';
}
