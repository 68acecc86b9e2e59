/**
 * Fuzz: the AL parser on random bytes and on token-level mutations (insert, delete, swap, duplicate, replace) of the
 * real AL in src-al/, test-app/ and the parser's fixtures. Invariants per case: parseAl never throws and never
 * reports an internal error; every diagnostic names the file and has a code, a message, a severity and a line/column
 * inside the text; a SourceFile (the partial AST) is always returned and every node span lies inside the text.
 */
import { strict as assert } from 'node:assert';
import { parseAl } from '../../tools/al/syntax/src/index';
import { corpus, mutateTokens } from './lib/alMutations';
import { printFigures } from './lib/figures';
import { Rng } from './lib/prng';
import { seedFor, size } from './lib/scale';

function randomBytesText(rng: Rng): string {
  const bytes = Buffer.alloc(rng.int(600));
  for (let i = 0; i < bytes.length; i++) bytes[i] = rng.int(256);
  // As the tools read files: UTF-8 (with replacement characters), sometimes Latin-1.
  return rng.chance(0.8) ? bytes.toString('utf8') : bytes.toString('latin1');
}

interface CaseResult {
  readonly diagnostics: number;
}

/** Runs one case and checks every invariant; throws an AssertionError naming the case on a violation. */
function checkCase(text: string, label: string): CaseResult {
  let result;
  try {
    result = parseAl(text, { fileName: 'fuzz.al', defines: ['CLEAN28'] });
  } catch (e) {
    assert.fail(`${label}: parseAl threw ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  }
  const lineStarts = result.file.lineStarts;
  assert.equal(result.file.kind, 'SourceFile', `${label}: no SourceFile returned`);
  assert.ok(Array.isArray(result.file.objects), `${label}: partial AST without an objects list`);
  for (const d of result.diagnostics) {
    const where = `${label}: ${d.code} at ${d.line}:${d.column}`;
    assert.notEqual(d.code, 'AL0999', `${where}: internal parser error: ${d.message}`);
    assert.equal(d.file, 'fuzz.al', `${where}: diagnostic names file '${d.file}'`);
    assert.match(d.code, /^AL\d{4}$/, `${where}: bad code`);
    assert.ok(['error', 'warning', 'info'].includes(d.severity), `${where}: bad severity ${d.severity}`);
    assert.ok(d.message.trim().length > 0, `${where}: empty message`);
    assert.ok(Number.isInteger(d.line) && d.line >= 1 && d.line <= lineStarts.length, `${where}: line outside 1..${lineStarts.length}`);
    const lineStart = lineStarts[d.line - 1] ?? 0;
    const offset = lineStart + d.column - 1;
    assert.ok(Number.isInteger(d.column) && d.column >= 1 && offset <= text.length, `${where}: column outside the text (offset ${offset}, length ${text.length})`);
  }
  checkSpans(result.file, text.length, label);
  return { diagnostics: result.diagnostics.length };
}

function checkSpans(root: unknown, length: number, label: string): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      stack.push(...(value as unknown[]));
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    const node = value as Record<string, unknown>;
    const start = node['start'];
    const end = node['end'];
    if (typeof node['kind'] === 'string' && typeof start === 'number' && typeof end === 'number') {
      assert.ok(start >= 0 && start <= end && end <= length, `${label}: ${String(node['kind'])} spans ${start}-${end} of ${length}`);
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'lineStarts') stack.push(child);
  }
}

describe('reliability: AL parser fuzz (random bytes, token-level mutations of real AL)', function () {
  this.timeout(600_000);
  const inputs = corpus();
  const seed = seedFor(20261125);
  const mutations = size(1500, 20000);
  const randoms = size(500, 10000);
  let diagnostics = 0;
  let failures = 0;

  function run(text: string, label: string): void {
    try {
      diagnostics += checkCase(text, label).diagnostics;
    } catch (e) {
      failures++;
      throw e;
    }
  }

  after(() => printFigures('al-parser fuzz', {
    cases: mutations + randoms + inputs.length, mutations, randomBytes: randoms, corpusFiles: inputs.length, failures, diagnostics, seed,
  }));

  it('parses the unmutated corpus (src-al, test-app, parser fixtures) within the invariants', () => {
    assert.ok(inputs.length >= 50, `expected the real AL corpus, found ${inputs.length} files`);
    inputs.forEach((text, i) => run(text, `corpus #${i}`));
  });

  it('keeps every invariant on token-level mutations of real AL', () => {
    const rng = new Rng(seed);
    let diagnosed = 0;
    for (let i = 0; i < mutations; i++) {
      const before = diagnostics;
      run(mutateTokens(inputs[rng.int(inputs.length)] ?? '', rng), `mutation #${i} (seed ${seed})`);
      if (diagnostics > before) diagnosed++;
    }
    // The mutations must actually break code; a mutator that never does tests nothing.
    assert.ok(diagnosed > mutations / 2, `only ${diagnosed} of ${mutations} mutations produced a diagnostic`);
  });

  it('keeps every invariant on random bytes (UTF-8 and Latin-1 decoded)', () => {
    const rng = new Rng(seed ^ 0x5eed);
    for (let i = 0; i < randoms; i++) run(randomBytesText(rng), `random #${i} (seed ${seed})`);
  });
});
