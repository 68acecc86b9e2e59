import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateXliff } from '../src';

const FIXTURE = join(__dirname, 'fixtures', 'app');
const GOLDEN = join(__dirname, 'fixtures', 'app.g.xlf.golden');

/**
 * The order and paths written by hand from alc's rules (collect.ts), before the generator ran on the fixture:
 * properties by ID text, global labels by name, methods by name with their labels in declaration order, fields
 * and controls by name (control trees depth first), page actions after controls, views with their changes,
 * extension actions before changes before controls, object types Table, Codeunit, Page, PageExtension,
 * TableExtension, Enum, EnumExtension, PermissionSet, objects of a type by name. Locked texts, the removed field
 * and the codeunit behind `#if not FIXTURE` are absent; `No Caption` and `Zeta Enabled` get their name as caption.
 */
const EXPECTED: readonly string[] = [
  'Table Zeta Setup - Property Caption',
  'Table Zeta Setup - NamedType SetupMissingErr',
  'Table Zeta Setup - Method Check - NamedType CheckFailedErr',
  'Table Zeta Setup - Field Mode - Property ToolTip',
  'Table Zeta Setup - Field Mode - Property Caption',
  'Table Zeta Setup - Field Mode - Property OptionCaption',
  'Table Zeta Setup - Field Mode - Method OnValidate - NamedType ModeChangedMsg',
  'Table Zeta Setup - Field Mode - Method OnValidate - NamedType AModeLbl',
  'Table Zeta Setup - Field No Caption - Property Caption',
  'Table Zeta Setup - Field Primary Key - Property Caption',
  'Codeunit Alpha Mgt. - NamedType alphaMsg',
  'Codeunit Alpha Mgt. - NamedType BravoQst',
  'Codeunit Alpha Mgt. - NamedType QuoteTxt',
  'Codeunit Alpha Mgt. - NamedType ZuluMsg',
  'Codeunit Alpha Mgt. - Method Format - NamedType FirstTxt',
  'Codeunit Alpha Mgt. - Method Format - NamedType SecondTxt',
  'Codeunit Alpha Mgt. - Method OnRun - NamedType RunMsg',
  'Page Zeta Setup Card - Property AboutTitle',
  'Page Zeta Setup Card - Property InstructionalText',
  'Page Zeta Setup Card - Property AboutText',
  'Page Zeta Setup Card - Property Caption',
  'Page Zeta Setup Card - Property AdditionalSearchTerms',
  'Page Zeta Setup Card - NamedType SavedMsg',
  'Page Zeta Setup Card - Control Advanced - Property InstructionalText',
  'Page Zeta Setup Card - Control Advanced - Property Caption',
  'Page Zeta Setup Card - Control General - Property Caption',
  'Page Zeta Setup Card - Control Mode - Property ToolTip',
  'Page Zeta Setup Card - Control Mode - Method OnAssistEdit - NamedType PickModeQst',
  'Page Zeta Setup Card - Control Primary Key - Property ToolTip',
  'Page Zeta Setup Card - Control Primary Key - Property Caption',
  'Page Zeta Setup Card - Control Notes - Property Caption',
  'Page Zeta Setup Card - Action Log - Property ToolTip',
  'Page Zeta Setup Card - Action Log - Property Caption',
  'Page Zeta Setup Card - Action More - Property Caption',
  'Page Zeta Setup Card - Action Reset - Property ToolTip',
  'Page Zeta Setup Card - Action Reset - Property Caption',
  'Page Zeta Setup Card - Action Test - Property ToolTip',
  'Page Zeta Setup Card - Action Test - Property Caption',
  'Page Zeta Setup Card - Action Test - Method OnAction - NamedType TestOkMsg',
  'Page Zeta Setup Card - View OnlyOn - Property Caption',
  'Page Zeta Setup Card - Change Mode - Property AboutTitle',
  'Page Zeta Setup Card - Change Mode - Property AboutText',
  'PageExtension Zeta Customer List - Action ZetaOpen - Property ToolTip',
  'PageExtension Zeta Customer List - Action ZetaOpen - Property Caption',
  'PageExtension Zeta Customer List - Action ZetaOpen - Method OnAction - NamedType OpenedMsg',
  'PageExtension Zeta Customer List - Change Name - Property ToolTip',
  'PageExtension Zeta Customer List - Control Zeta Code - Property ToolTip',
  'TableExtension Zeta Customer - NamedType ExtLbl',
  'TableExtension Zeta Customer - Field Zeta Code - Property Caption',
  'TableExtension Zeta Customer - Field Zeta Enabled - Property Caption',
  'TableExtension Zeta Customer - Change Name 2 - Property Caption',
  'Enum Zeta Mode - Property Caption',
  'Enum Zeta Mode - EnumValue Automatic - Property Caption',
  'Enum Zeta Mode - EnumValue Off - Property Caption',
  'EnumExtension Zeta Doc Type - EnumValue Zeta Order - Property Caption',
  'PermissionSet Zeta Read - Property Caption',
];

function unescape(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

describe('xliff golden (fixture app with every element kind)', () => {
  const result = generateXliff(FIXTURE);

  it('parses the fixture without errors', () => {
    assert.deepEqual(result.diagnostics.filter((d) => d.severity === 'error'), []);
  });

  it('writes the texts in the order derived by hand from alc\'s rules', () => {
    const notes = [...result.text.matchAll(/priority="3">([^<]*)</g)].map((m) => unescape(m[1] ?? ''));
    assert.deepEqual(notes, EXPECTED);
    assert.equal(result.units, EXPECTED.length);
  });

  it('matches the reviewed golden file byte for byte (UPDATE_GOLDEN=1 accepts new output)', () => {
    if (process.env['UPDATE_GOLDEN'] === '1') writeFileSync(GOLDEN, result.text, 'utf8');
    assert.ok(existsSync(GOLDEN), `${GOLDEN} is missing; run with UPDATE_GOLDEN=1 and review it`);
    assert.equal(result.text, readFileSync(GOLDEN, 'utf8'), `output differs from ${GOLDEN} (UPDATE_GOLDEN=1 accepts it after review)`);
  });

  it('keeps the texts, comments, limits and targets of the fixture', () => {
    const text = result.text;
    assert.match(text, /id="Table 2882160447 - Property 2879900210" maxwidth="30" size-unit="char" translate="yes" xml:space="preserve">\r\n {10}<source>Zeta &lt;Setup&gt; &amp; more<\/source>\r\n {10}<note from="Developer" annotates="general" priority="2">Shown as the "setup" title<\/note>/);
    assert.ok(text.includes('<source>It\'s "quoted" &lt;b&gt;bold&lt;/b&gt; &amp; done</source>'));
    assert.ok(text.includes('<source>No Caption</source>'));
    assert.match(text, /maxwidth="80" size-unit="char" translate="yes" xml:space="preserve">\r\n {10}<source>Check failed: %1<\/source>\r\n {10}<note from="Developer" annotates="general" priority="2">%1 = reason<\/note>/);
    assert.ok(text.includes('al-object-target="Table 1994964448"'), 'table extension fields point at Customer');
    assert.ok(!text.includes('API Key') && !text.includes('example.com/api') && !text.includes('Internal'), 'locked texts are left out');
    assert.ok(!text.includes('Old Field') && !text.includes('Zeta Old'), 'removed field and inactive #if code are left out');
  });
});
