import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandIo } from '../src/command';
import { runCli } from '../src/main';

async function al(cwd: string, ...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CommandIo = { out: (t) => (out += t), err: (t) => (err += t), cwd };
  const code = await runCli(argv, io);
  return { code, out, err };
}

function appJson(features: readonly string[]): string {
  return JSON.stringify({
    id: '33333333-3333-3333-3333-333333333333', name: 'Cli App', publisher: 'Seed', version: '1.0.0.0', brief: 'b', description: 'd',
    privacyStatement: 'https://example.com/p', EULA: 'https://example.com/e', help: 'https://example.com/h', url: 'https://example.com',
    application: '26.0.0.0', platform: '26.0.0.0', runtime: '15.0', target: 'Cloud', idRanges: [{ from: 50100, to: 50149 }], features,
  });
}

describe('al xliff', () => {
  let dir: string;
  const out = (): string => join(dir, 'src', 'Translations', 'Cli App.g.xlf');
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'al-xliff-'));
    writeFileSync(join(dir, 'app.json'), appJson(['TranslationFile']));
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'A.Codeunit.al'), "codeunit 50100 \"A\"\n{\n    var\n        HelloMsg: Label 'Hello';\n}\n");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes <folder>/Translations/<app name>.g.xlf for a source folder inside the app, then --check passes', async () => {
    const run = await al(dir, 'xliff', 'src');
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /Wrote src\/Translations\/Cli App\.g\.xlf: 1 trans-units from 1 file\(s\)/);
    assert.ok(readFileSync(out(), 'utf8').includes('<source>Hello</source>'));
    const check = await al(dir, 'xliff', '--check', 'src');
    assert.equal(check.code, 0, check.err);
    assert.match(check.out, /up to date/);
  });

  it('--check fails with the command to run when the file is stale, and writes nothing', async () => {
    await al(dir, 'xliff', 'src');
    writeFileSync(join(dir, 'src', 'A.Codeunit.al'), "codeunit 50100 \"A\"\n{\n    var\n        HelloMsg: Label 'Hello again';\n}\n");
    const check = await al(dir, 'xliff', '--check', 'src');
    assert.equal(check.code, 1);
    assert.match(check.err, /out of date: run `npm run al -- xliff src`/);
    assert.ok(!readFileSync(out(), 'utf8').includes('Hello again'));
  });

  it('refuses an app without the TranslationFile feature and one with syntax errors', async () => {
    writeFileSync(join(dir, 'app.json'), appJson([]));
    const noFeature = await al(dir, 'xliff', 'src');
    assert.equal(noFeature.code, 1);
    assert.match(noFeature.err, /no "TranslationFile" in "features"/);
    writeFileSync(join(dir, 'app.json'), appJson(['TranslationFile']));
    writeFileSync(join(dir, 'src', 'B.Codeunit.al'), 'codeunit 50101 "B"\n{\n    procedure X()\n    begin\n        if then;\n    end;\n}\n');
    const broken = await al(dir, 'xliff', 'src');
    assert.equal(broken.code, 1);
    assert.match(broken.err, /B\.Codeunit\.al\(\d+,\d+\): error .*syntax error\(s\)/s);
    assert.ok(!existsSync(out()));
  });

  it('says what to give when the folder has no app.json above it or does not exist', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'al-xliff-none-'));
    try {
      const none = await al(outside, 'xliff', '.');
      assert.equal(none.code, 1);
      assert.match(none.err, /no app\.json in \. or a folder above it/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    const missing = await al(dir, 'xliff', 'nope');
    assert.equal(missing.code, 1);
    assert.match(missing.err, /nope does not exist/);
    const usage = await al(dir, 'xliff');
    assert.equal(usage.code, 2);
  });
});
