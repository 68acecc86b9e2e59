import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { formatDiagnostic } from '../../../common/src/diagnostic';
import { dumpAst, parseAl } from '../src/index';

/**
 * Golden tests: each folder under fixtures/ holds input.al (and optionally options.json with {"defines": [...]}),
 * expected.ast.txt (the dumped tree) and, for folders under fixtures/_error_/, expected.diagnostics.txt.
 * Valid fixtures must parse without diagnostics. Run with UPDATE_GOLDEN=1 to accept new output.
 */
const fixturesRoot = path.join(__dirname, 'fixtures');
const update = process.env['UPDATE_GOLDEN'] === '1';

function readOptions(dir: string): { defines: string[] } {
  const p = path.join(dir, 'options.json');
  if (!fs.existsSync(p)) return { defines: [] };
  const data: unknown = JSON.parse(fs.readFileSync(p, 'utf8'));
  const defines = (data as { defines?: unknown }).defines;
  return { defines: Array.isArray(defines) ? defines.filter((d): d is string => typeof d === 'string') : [] };
}

function compareGolden(file: string, actual: string): void {
  if (update || !fs.existsSync(file)) {
    if (!update) assert.fail(`Missing golden file ${path.relative(process.cwd(), file)}; run with UPDATE_GOLDEN=1 to create it.`);
    fs.writeFileSync(file, actual);
    return;
  }
  const expected = fs.readFileSync(file, 'utf8').replace(/\r\n/g, '\n');
  assert.strictEqual(actual, expected, `${path.relative(process.cwd(), file)} differs; run with UPDATE_GOLDEN=1 to accept`);
}

function caseDirs(root: string): string[] {
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== '_error_')
    .map((e) => path.join(root, e.name))
    .sort();
}

describe('AL parser golden files', () => {
  for (const dir of caseDirs(fixturesRoot)) {
    it(`parses ${path.basename(dir)}`, () => {
      const text = fs.readFileSync(path.join(dir, 'input.al'), 'utf8');
      const result = parseAl(text, { fileName: 'input.al', defines: readOptions(dir).defines });
      assert.deepStrictEqual(result.diagnostics.map(formatDiagnostic), [], 'a valid fixture must parse without diagnostics');
      compareGolden(path.join(dir, 'expected.ast.txt'), dumpAst(result.file));
    });
  }
});

describe('AL parser error recovery golden files', () => {
  for (const dir of caseDirs(path.join(fixturesRoot, '_error_'))) {
    it(`reports ${path.basename(dir)}`, () => {
      const text = fs.readFileSync(path.join(dir, 'input.al'), 'utf8');
      const result = parseAl(text, { fileName: 'input.al', defines: readOptions(dir).defines });
      assert.ok(result.diagnostics.length > 0, 'a broken fixture must produce diagnostics');
      compareGolden(path.join(dir, 'expected.diagnostics.txt'), result.diagnostics.map(formatDiagnostic).join('\n') + '\n');
      compareGolden(path.join(dir, 'expected.ast.txt'), dumpAst(result.file));
    });
  }
});
