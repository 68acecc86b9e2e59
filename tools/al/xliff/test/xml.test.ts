import { strict as assert } from 'node:assert';
import { parseAl } from '../../syntax/src';
import type { AppManifest } from '../../project/src';
import { BOM, escapeAttribute, escapeText, LOCKED_FEATURE, TRANSLATION_FEATURE, xliffForObjects } from '../src';

function manifest(features: readonly string[]): AppManifest {
  return {
    id: '00000000-0000-0000-0000-000000000001', name: 'Test "App" & Co', publisher: 'Seed', version: '1.0.0.0', brief: undefined, description: undefined,
    application: undefined, platform: undefined, runtime: '15.0', target: 'Cloud', idRanges: [], dependencies: [], internalsVisibleTo: [],
    features, preprocessorSymbols: [], supportedLocales: [], resourceFolders: [],
  };
}

function xliff(source: string, features: readonly string[] = [TRANSLATION_FEATURE]): string {
  const parsed = parseAl(source, { fileName: 'test.al', defines: [] });
  assert.deepEqual(parsed.diagnostics.filter((d) => d.severity === 'error'), []);
  return xliffForObjects(parsed.file.objects, manifest(features)).text;
}

const CODEUNIT = `codeunit 50100 "Test Cu"
{
    var
        PlainMsg: Label 'Plain';
        CommentMsg: Label 'Hello %1 & <you>', Comment = '%1 = "name" <b>', MaxLength = 40;
        LockedTok: Label 'https://example.com/?a=1&b=2', Locked = true;
}`;

describe('xliff writer', () => {
  it('escapes &, < and > in text and also quotes and line breaks in attributes', () => {
    assert.equal(escapeText(`a & b <c> "d" 'e'`), `a &amp; b &lt;c&gt; "d" 'e'`);
    assert.equal(escapeAttribute(`a & "b"\n<c>`), 'a &amp; &quot;b&quot;&#xA;&lt;c&gt;');
  });

  it('writes a BOM, CRLF line ends, the app name as original and no line break after </xliff>', () => {
    const text = xliff(CODEUNIT);
    assert.ok(text.startsWith(`${BOM}<?xml version="1.0" encoding="utf-8"?>\r\n<xliff version="1.2"`));
    assert.ok(text.includes('original="Test &quot;App&quot; &amp; Co"'));
    assert.ok(text.endsWith('</group>\r\n    </body>\r\n  </file>\r\n</xliff>'));
    assert.ok(!/[^\r]\n/.test(text), 'every line break is CRLF');
  });

  it('writes Comment as the Developer note and MaxLength as maxwidth, escaped', () => {
    const text = xliff(CODEUNIT);
    assert.ok(text.includes('<trans-unit id="Codeunit 3242541596 - NamedType 2107176382" maxwidth="40" size-unit="char" translate="yes" xml:space="preserve">\r\n'
      + '          <source>Hello %1 &amp; &lt;you&gt;</source>\r\n'
      + '          <note from="Developer" annotates="general" priority="2">%1 = "name" &lt;b&gt;</note>\r\n'
      + '          <note from="Xliff Generator" annotates="general" priority="3">Codeunit Test Cu - NamedType CommentMsg</note>\r\n'
      + '        </trans-unit>'), text);
    assert.ok(text.includes('priority="2"></note>\r\n          <note from="Xliff Generator" annotates="general" priority="3">Codeunit Test Cu - NamedType PlainMsg'));
  });

  it('leaves Locked = true texts out unless the app has GenerateLockedTranslations, then writes them with translate="no"', () => {
    assert.ok(!xliff(CODEUNIT).includes('LockedTok'));
    const withLocked = xliff(CODEUNIT, [TRANSLATION_FEATURE, LOCKED_FEATURE]);
    assert.match(withLocked, /translate="no" xml:space="preserve">\r\n {10}<source>https:\/\/example\.com\/\?a=1&amp;b=2<\/source>/);
    assert.ok(withLocked.includes('Codeunit Test Cu - NamedType LockedTok'));
  });

  it('points extension texts at the extended object and extension labels at the extension (al-object-target)', () => {
    const text = xliff(`pageextension 50101 "Ext" extends "Customer List"
{
    actions
    {
        addlast(Processing)
        {
            action(Go)
            {
                Caption = 'Go';
                trigger OnAction()
                var
                    GoneMsg: Label 'Gone';
                begin
                end;
            }
        }
    }
}`);
    assert.match(text, /id="PageExtension \d+ - Action \d+ - Property 2879900210" size-unit="char" translate="yes" xml:space="preserve" al-object-target="Page 2901867346">/);
    assert.match(text, /id="PageExtension (\d+) - Action \d+ - Method 1377591017 - NamedType \d+" size-unit="char" translate="yes" xml:space="preserve" al-object-target="PageExtension \1">/);
  });

  it('writes an empty body for an app without translatable texts', () => {
    const text = xliff('codeunit 50102 "Quiet"\n{\n}\n');
    assert.ok(text.includes('<group id="body">\r\n      </group>'));
  });
});
