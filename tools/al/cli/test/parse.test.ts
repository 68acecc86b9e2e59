import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CommandIo } from '../src/command';
import { runCli } from '../src/main';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function al(cwd: string, ...argv: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const io: CommandIo = { out: (t) => (out += t), err: (t) => (err += t), cwd };
  const code = await runCli(argv, io);
  return { code, out, err };
}

const VALID = 'codeunit 70470000 "BKI A"\n{\n    procedure A()\n    begin\n    end;\n}\n';
const BROKEN = 'codeunit 70470001 "BKI B"\n{\n    procedure B()\n    begin\n        X := 1\n        X := 2;\n    end;\n}\n';
const CONDITIONAL = 'codeunit 70470002 "BKI C"\n{\n#if BKI_FLAG\n    procedure C()\n    begin\n    end;\n#else\n    this is not AL\n#endif\n}\n';

describe('al parse', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'al-parse-'));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const write = (rel: string, text: string): void => {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  };

  it('walks directories for .al files and exits 0 when all parse', async () => {
    write('src/A.Codeunit.al', VALID);
    write('src/sub/A2.Codeunit.al', VALID);
    write('src/readme.md', 'not AL');
    const r = await al(dir, 'parse', 'src');
    assert.strictEqual(r.code, 0, r.out + r.err);
    assert.match(r.out, /^Parsed 2 file\(s\), .* 2 ok, 0 failed, 0 diagnostic\(s\)\.\n$/);
  });

  it('prints diagnostics in the AL compiler format and exits 1', async () => {
    write('B.Codeunit.al', BROKEN);
    write('A.Codeunit.al', VALID);
    const r = await al(dir, 'parse', '.');
    assert.strictEqual(r.code, 1);
    const lines = r.out.trimEnd().split('\n');
    assert.strictEqual(lines[0], "B.Codeunit.al(6,9): error AL0104: Syntax error, ';' expected; found 'X'.");
    assert.match(lines[1] ?? '', /2 file\(s\).*1 ok, 1 failed, 1 diagnostic\(s\)/);
  });

  it('prints one JSON object with --json', async () => {
    write('B.Codeunit.al', BROKEN);
    write('A.Codeunit.al', VALID);
    const r = await al(dir, 'parse', '--json', 'A.Codeunit.al', 'B.Codeunit.al');
    assert.strictEqual(r.code, 1);
    const data = JSON.parse(r.out) as Record<string, unknown>;
    assert.deepStrictEqual(Object.keys(data), ['files', 'ok', 'failed', 'bytes', 'ms']);
    assert.strictEqual(data['files'], 2);
    assert.strictEqual(data['ok'], 1);
    assert.strictEqual(data['bytes'], Buffer.byteLength(VALID) + Buffer.byteLength(BROKEN));
    assert.deepStrictEqual(data['failed'], [
      { file: 'B.Codeunit.al', line: 6, column: 9, message: "Syntax error, ';' expected; found 'X'." },
    ]);
    assert.strictEqual(typeof data['ms'], 'number');
  });

  it('takes preprocessor symbols from --define', async () => {
    write('C.Codeunit.al', CONDITIONAL);
    assert.strictEqual((await al(dir, 'parse', 'C.Codeunit.al')).code, 1);
    assert.strictEqual((await al(dir, 'parse', '--define', 'BKI_FLAG', 'C.Codeunit.al')).code, 0);
  });

  it('takes preprocessor symbols from the nearest app.json', async () => {
    write('app/app.json', JSON.stringify({ preprocessorSymbols: ['BKI_FLAG'] }));
    write('app/src/C.Codeunit.al', CONDITIONAL);
    write('other/C.Codeunit.al', CONDITIONAL);
    assert.strictEqual((await al(dir, 'parse', 'app')).code, 0);
    assert.strictEqual((await al(dir, 'parse', 'other')).code, 1);
  });

  it('reads UTF-16 files with a byte order mark', async () => {
    fs.writeFileSync(path.join(dir, 'U.Codeunit.al'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(VALID, 'utf16le')]));
    assert.strictEqual((await al(dir, 'parse', 'U.Codeunit.al')).code, 0);
  });

  it('fails for a missing path and rejects unknown options', async () => {
    const missing = await al(dir, 'parse', 'nope');
    assert.strictEqual(missing.code, 1);
    assert.match(missing.out, /nope\(1,1\): error AL0001: Cannot read 'nope'/);
    const bad = await al(dir, 'parse', '--bogus', 'x');
    assert.strictEqual(bad.code, 2);
    assert.match(bad.err, /Unknown option '--bogus'/);
    const none = await al(dir, 'parse');
    assert.strictEqual(none.code, 2);
  });

  it('prints the tree with --ast', async () => {
    write('A.Codeunit.al', VALID);
    const r = await al(dir, 'parse', '--ast', 'A.Codeunit.al');
    assert.strictEqual(r.code, 0);
    assert.match(r.out, /objects\[0\]: ObjectDeclaration 1:1-6:2 objectType="codeunit" id=70470000/);
  });

  it('lists the commands in help and rejects unknown commands', async () => {
    const help = await al(dir, 'help');
    assert.strictEqual(help.code, 0);
    assert.match(help.out, /parse\s+Parse \.al files/);
    const unknown = await al(dir, 'frobnicate');
    assert.strictEqual(unknown.code, 2);
  });
});
