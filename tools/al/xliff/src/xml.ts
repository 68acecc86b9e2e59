/**
 * Writes trans-units as alc writes the generated XLIFF file: a UTF-8 byte order mark, the XML declaration,
 * two-space indentation, `maxwidth` right after `id`, an empty Developer note written as `<note ...></note>`, and
 * no line break after `</xliff>` (all as in the alc output named in collect.ts). Lines end in CRLF like the
 * committed file: the public copies are stored by git with normalised line ends, so they cannot show alc's choice.
 */
import { nameHash } from './hash';
import type { PathStep, TransUnit } from './transUnit';

export const BOM = '\ufeff';
const NL = '\r\n';

/** Element text: `&`, `<`, `>` escaped (as .NET's XmlWriter does); quotes stay. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#xD;');
}

/** Attribute values: also `"` and the line-break characters, which XML would otherwise normalise away. */
export function escapeAttribute(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;').replace(/\n/g, '&#xA;').replace(/\t/g, '&#x9;');
}

export function transUnitId(path: readonly PathStep[]): string {
  return path.map((s) => `${s.kind} ${nameHash(s.name)}`).join(' - ');
}

/** The readable path of the `Xliff Generator` note. */
export function generatorNote(path: readonly PathStep[]): string {
  return path.map((s) => `${s.kind} ${s.name}`).join(' - ');
}

export interface XliffOptions {
  /** app.json `name`: the `original` attribute. */
  readonly appName: string;
  /** app.json features has GenerateLockedTranslations: locked texts are written with translate="no"; else left out. */
  readonly generateLocked: boolean;
}

export function writeXliff(units: readonly TransUnit[], options: XliffOptions): string {
  const lines: string[] = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="urn:oasis:names:tc:xliff:document:1.2 xliff-core-1.2-transitional.xsd">',
    `  <file datatype="xml" source-language="en-US" target-language="en-US" original="${escapeAttribute(options.appName)}">`,
    '    <body>',
    '      <group id="body">',
  ];
  for (const unit of units) {
    if (unit.locked && !options.generateLocked) continue;
    const maxWidth = unit.maxLength === undefined ? '' : ` maxwidth="${unit.maxLength}"`;
    const target = unit.target === undefined ? '' : ` al-object-target="${escapeAttribute(transUnitId([unit.target]))}"`;
    const translate = unit.locked ? 'no' : 'yes';
    lines.push(`        <trans-unit id="${escapeAttribute(transUnitId(unit.path))}"${maxWidth} size-unit="char" translate="${translate}" xml:space="preserve"${target}>`);
    lines.push(`          <source>${escapeText(unit.source)}</source>`);
    lines.push(`          <note from="Developer" annotates="general" priority="2">${escapeText(unit.comment)}</note>`);
    lines.push(`          <note from="Xliff Generator" annotates="general" priority="3">${escapeText(generatorNote(unit.path))}</note>`);
    lines.push('        </trans-unit>');
  }
  lines.push('      </group>', '    </body>', '  </file>', '</xliff>');
  return BOM + lines.join(NL);
}
