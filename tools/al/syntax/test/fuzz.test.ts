import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { Diagnostic } from '../../../common/src/diagnostic';
import { parseAl, type SourceFileNode } from '../src/index';
import { mulberry32 } from '../../../common/src/mulberry32';

/**
 * Fuzz test: seeded mutations of the valid fixtures and random byte strings must never make the parser throw or
 * report an internal error (AL0999), every diagnostic must point inside the file, and every node must lie inside
 * the text with start <= end. Deterministic (fixed seeds) and fast.
 */

const rng = mulberry32;

const PIECES = [
  ';', '(', ')', '{', '}', '[', ']', ',', ':', '::', ':=', '..', '.', '=', '<>', "'", '"', '#if X\n', '#else\n',
  '#endif\n', '#region\n', '/*', '*/', '//', '///', 'begin', 'end', 'if', 'then', 'else', 'case', 'of', 'repeat',
  'until', 'var', 'procedure', 'trigger', 'field(', 'key(', 'value(', 'where(', 'const(', 'field(1; X; Integer)',
  '0D', '120000T', '0DT', '1L', '1.5', '\u0000', '\u00e9', '\ud83d\ude00', '\r', '\n', '\t', '@', '?', 'not', 'in',
];

const fixturesRoot = path.join(__dirname, 'fixtures');
/** AL_FUZZ_ITERATIONS raises the mutation count for a longer local run (default 2000). */
const ITERATIONS = Number(process.env['AL_FUZZ_ITERATIONS'] ?? '') || 2000;
const SEED = Number(process.env['AL_FUZZ_SEED'] ?? '') || 20260125;

function validInputs(): string[] {
  return fs
    .readdirSync(fixturesRoot, { withFileTypes: true })
    .filter((e) => e.isDirectory() && e.name !== '_error_')
    .map((e) => fs.readFileSync(path.join(fixturesRoot, e.name, 'input.al'), 'utf8'))
    .sort();
}

function mutate(text: string, r: () => number): string {
  let out = text;
  const steps = 1 + Math.floor(r() * 4);
  for (let s = 0; s < steps; s++) {
    const at = Math.floor(r() * (out.length + 1));
    const op = Math.floor(r() * 6);
    if (op === 0) {
      // delete a range
      const len = 1 + Math.floor(r() * 20);
      out = out.slice(0, at) + out.slice(at + len);
    } else if (op === 1) {
      // insert a piece of syntax
      out = out.slice(0, at) + (PIECES[Math.floor(r() * PIECES.length)] ?? '') + out.slice(at);
    } else if (op === 2) {
      // duplicate a range elsewhere
      const from = Math.floor(r() * out.length);
      const chunk = out.slice(from, from + 1 + Math.floor(r() * 40));
      out = out.slice(0, at) + chunk + out.slice(at);
    } else if (op === 3) {
      // replace one character with a random code unit
      out = out.slice(0, at) + String.fromCharCode(Math.floor(r() * 0x3000)) + out.slice(at + 1);
    } else if (op === 4) {
      // truncate
      out = out.slice(0, at);
    } else {
      // swap two ranges
      const b = Math.floor(r() * out.length);
      const [x, y] = at < b ? [at, b] : [b, at];
      out = out.slice(0, x) + out.slice(y, y + 10) + out.slice(x + 10, y) + out.slice(x, x + 10) + out.slice(y + 10);
    }
  }
  return out;
}

function randomText(r: () => number): string {
  const len = Math.floor(r() * 400);
  let s = '';
  for (let i = 0; i < len; i++) {
    const pick = r();
    if (pick < 0.3) s += PIECES[Math.floor(r() * PIECES.length)] ?? '';
    else if (pick < 0.8) s += String.fromCharCode(32 + Math.floor(r() * 95));
    else s += String.fromCharCode(Math.floor(r() * 0xffff));
  }
  return s;
}

/** Checks the invariants of one parse and returns its diagnostics. */
function checkParse(text: string, label: string): Diagnostic[] {
  const result = parseAl(text, { fileName: 'fuzz.al' });
  const lines = result.file.lineStarts.length;
  for (const d of result.diagnostics) {
    assert.notStrictEqual(d.code, 'AL0999', `${label}: internal parser error: ${d.message}`);
    assert.ok(d.line >= 1 && d.line <= lines, `${label}: diagnostic line ${d.line} outside 1..${lines}`);
    assert.ok(d.column >= 1, `${label}: diagnostic column ${d.column}`);
    assert.ok(d.message.length > 0 && d.code.startsWith('AL'), `${label}: diagnostic without code or message`);
  }
  checkSpans(result.file, text.length, label);
  return result.diagnostics;
}

function checkSpans(file: SourceFileNode, length: number, label: string): void {
  const stack: unknown[] = [file];
  while (stack.length > 0) {
    const v = stack.pop();
    if (Array.isArray(v)) {
      for (const x of v) stack.push(x);
      continue;
    }
    if (typeof v !== 'object' || v === null) continue;
    const node = v as Record<string, unknown>;
    if (typeof node['kind'] === 'string' && typeof node['start'] === 'number' && typeof node['end'] === 'number') {
      const s = node['start'];
      const e = node['end'];
      assert.ok(s >= 0 && s <= e && e <= length, `${label}: ${String(node['kind'])} has bad span ${s}-${e} (length ${length})`);
    }
    for (const key of Object.keys(node)) if (key !== 'lineStarts') stack.push(node[key]);
  }
}

describe('AL parser fuzz', function () {
  this.timeout(60000);
  const inputs = validInputs();

  it(`never throws on ${ITERATIONS} seeded mutations of the valid fixtures`, () => {
    const r = rng(SEED);
    for (let i = 0; i < ITERATIONS; i++) {
      const base = inputs[i % inputs.length] ?? '';
      checkParse(mutate(base, r), `mutation #${i}`);
    }
  });

  it('never throws on 1000 random texts', () => {
    const r = rng(4242);
    for (let i = 0; i < 1000; i++) checkParse(randomText(r), `random #${i}`);
  });

  it('reports at least one diagnostic for inputs that cannot be AL', () => {
    const r = rng(7);
    for (let i = 0; i < 300; i++) {
      // a leading control character or stray brace is never valid at file level
      const text = (i % 2 === 0 ? '\u0001' : '} ') + randomText(r);
      const diagnostics = checkParse(text, `broken #${i}`);
      assert.ok(diagnostics.length > 0, `broken #${i} gave no diagnostics`);
    }
  });

  it('reports diagnostics when a required token is deleted from a valid file', () => {
    // Removing the closing brace of the last object always breaks the file.
    for (const input of inputs) {
      const cut = input.lastIndexOf('}');
      if (cut < 0) continue;
      const diagnostics = checkParse(input.slice(0, cut) + input.slice(cut + 1), 'missing brace');
      assert.ok(diagnostics.length > 0, 'deleting the final } must be reported');
    }
  });

  it('is deterministic', () => {
    const r = rng(99);
    for (let i = 0; i < 50; i++) {
      const text = mutate(inputs[i % inputs.length] ?? '', r);
      const a = parseAl(text, { fileName: 'x.al' });
      const b = parseAl(text, { fileName: 'x.al' });
      assert.deepStrictEqual(a.diagnostics, b.diagnostics);
      assert.deepStrictEqual(a.file, b.file);
    }
  });
});
