import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateXliff } from '../../tools/al/xliff/src';
import { runTranslationStep } from '../src/translation-step';

function appJson(id: string, name: string, features: readonly string[]): string {
  return JSON.stringify({
    id, name, publisher: 'Seed', version: '1.0.0.0', brief: 'b', description: 'd', privacyStatement: 'https://example.com/p', EULA: 'https://example.com/e',
    help: 'https://example.com/h', url: 'https://example.com', application: '26.0.0.0', platform: '26.0.0.0', runtime: '15.0', target: 'Cloud',
    idRanges: [{ from: 70470000, to: 70470299 }], features,
  });
}

describe('build translation step', () => {
  let root: string;
  const write = (rel: string, text: string): void => {
    mkdirSync(join(root, rel, '..'), { recursive: true });
    writeFileSync(join(root, rel), text);
  };
  const file = (): string => join(root, 'src-al', 'Translations', 'Demo App.g.xlf');

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'bki-xlf-'));
    write('app.json', appJson('11111111-1111-1111-1111-111111111111', 'Demo App', ['NoImplicitWith', 'TranslationFile']));
    write('test-app/app.json', appJson('22222222-2222-2222-2222-222222222222', 'Demo App Test', ['NoImplicitWith']));
    write('src-al/Demo.Table.al', 'table 70470000 "Demo"\n{\n    Caption = \'Demo\';\n    fields { field(1; Code; Code[10]) { Caption = \'Code\'; } }\n}\n');
    write('test-app/DemoTest.Codeunit.al', 'codeunit 70470200 "Demo Test"\n{\n    var\n        HiddenMsg: Label \'not in any file\';\n}\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('writes src-al/Translations/<app name>.g.xlf for the app with TranslationFile, and nothing for the test app without it', () => {
    const outcome = runTranslationStep(root, () => undefined);
    assert.equal(outcome.status, 'ok');
    assert.deepEqual(outcome.files, ['src-al/Translations/Demo App.g.xlf']);
    assert.match(outcome.summary, /Demo App\.g\.xlf: 2 trans-units \(created\)/);
    assert.equal(readFileSync(file(), 'utf8'), generateXliff(root).text);
    assert.ok(!existsSync(join(root, 'test-app', 'Translations')));
  });

  it('leaves a current file alone and rewrites a stale one', () => {
    runTranslationStep(root, () => undefined);
    assert.match(runTranslationStep(root, () => undefined).summary, /\(unchanged\)/);
    writeFileSync(file(), 'stale');
    assert.match(runTranslationStep(root, () => undefined).summary, /\(updated\)/);
    assert.ok(readFileSync(file(), 'utf8').includes('Table Demo - Field Code - Property Caption'));
  });

  it('fails without writing when the app has syntax errors, and logs them', () => {
    write('src-al/Broken.Codeunit.al', 'codeunit 70470001 "Broken"\n{\n    procedure X()\n    begin\n        if then;\n    end;\n}\n');
    const lines: string[] = [];
    const outcome = runTranslationStep(root, (l) => lines.push(l));
    assert.equal(outcome.status, 'failed');
    assert.match(outcome.summary, /not written, \d+ syntax error/);
    assert.ok(lines.some((l) => l.includes('Broken.Codeunit.al')), lines.join('\n'));
    assert.ok(!existsSync(file()));
  });

  it('is skipped when no app has the feature', () => {
    write('app.json', appJson('11111111-1111-1111-1111-111111111111', 'Demo App', ['NoImplicitWith']));
    const outcome = runTranslationStep(root, () => undefined);
    assert.equal(outcome.status, 'skipped');
    assert.ok(!existsSync(file()));
  });
});
