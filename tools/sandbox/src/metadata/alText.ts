/** Small readers over the AL AST: property values and expressions as text. */
import type { Expression, ObjectDeclaration, Property, Control } from '../../../al/syntax/src/index';

/** The text of a property value: a label's text, a single string literal's value, otherwise the raw value text. */
export function propertyText(p: Property): string {
  const v = p.value;
  if (v.kind === 'LabelValue') return v.text;
  if (v.kind === 'ExpressionListValue' && v.items.length === 1) {
    const only = v.items[0];
    if (only && only.kind === 'Literal' && only.literalKind === 'string' && typeof only.value === 'string') return only.value;
    if (only && only.kind === 'Identifier') return only.name;
  }
  if (v.kind === 'ObjectReferenceValue') return `${v.objectType} ${quoteName(v.object.name)}`;
  return p.raw.trim();
}

export function findProperty(props: readonly Property[], name: string): Property | undefined {
  const lower = name.toLowerCase();
  return props.find((p) => p.name.name.toLowerCase() === lower);
}

export function prop(props: readonly Property[], name: string): string | undefined {
  const p = findProperty(props, name);
  return p === undefined ? undefined : propertyText(p);
}

/** AL quoting of a name when it is not a plain identifier. */
export function quoteName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `"${name}"`;
}

export function expressionText(source: string, e: Expression): string {
  return source.slice(e.start, e.end).trim();
}

/** A name argument (`group(General)`, `addafter("No.")`) as its unquoted name, else its source text. */
export function nameOf(source: string, e: Expression | undefined): string {
  if (e === undefined) return '';
  if (e.kind === 'Identifier') return e.name;
  return expressionText(source, e);
}

/** The argument group `index` of a control (split by ';'), joined back as source text. */
export function argText(source: string, c: Control, index: number): string | undefined {
  const group = c.args[index];
  if (group === undefined || group.length === 0) return undefined;
  const first = group[0];
  const last = group[group.length - 1];
  if (first === undefined || last === undefined) return undefined;
  return source.slice(first.start, last.end).trim();
}

export function objectName(o: ObjectDeclaration): string {
  return o.name?.name ?? '';
}

/** `Rec."Tenant ID"` or `Rec.Name` gives the field name; anything else undefined. */
export function recFieldOf(e: Expression | undefined): string | undefined {
  if (e === undefined) return undefined;
  if (e.kind === 'MemberExpression' && e.object.kind === 'Identifier' && e.object.name.toLowerCase() === 'rec') return e.member.name;
  return undefined;
}
