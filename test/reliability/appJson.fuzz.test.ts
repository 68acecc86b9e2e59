/**
 * Fuzz: the app.json validator on structural mutations of the real app.json and test-app/app.json (keys dropped,
 * values of the wrong type, odd strings and numbers, deep nesting, duplicated keys) and on text-level damage
 * (truncation, stray characters). Invariants: validateAppJson never throws; every diagnostic has a known BKI code,
 * the file name, a message and a line/column inside the text; no error means a manifest came back.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppJsonMessages, validateAppJson } from '../../tools/al/project/src/index';
import { printFigures } from './lib/figures';
import { Rng } from './lib/prng';
import { seedFor, size } from './lib/scale';

const repoRoot = join(__dirname, '..', '..');
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const oddValues: readonly Json[] = [
  null, true, false, 0, -1, 1.5, 1e308, -0, 2 ** 53 + 1, '', ' ', '0.0.0', '1.0.0.0.0', '99999999.0.0.0', 'x'.repeat(5000),
  '00000000-0000-0000-0000-000000000000', 'not-a-guid', '\u0000', '\ud800', 'é', 'Cloud', 'OnPrem', 'Extension', '15.0',
  [], [null], [{}], {}, { from: 70470000, to: 70470199 }, { from: 2, to: 1 }, { from: -5 }, { id: 'x' }, ['CLEAN28', 1],
];

function deepClone(v: Json): Json {
  return JSON.parse(JSON.stringify(v)) as Json;
}

/** A fresh copy each time, so later edits never make the document circular. */
function odd(rng: Rng): Json {
  return deepClone(rng.pick(oddValues));
}

/** Every container path in a JSON value. */
function containers(v: Json, path: (string | number)[] = [], out: { path: (string | number)[]; value: Json }[] = []): typeof out {
  if (v !== null && typeof v === 'object') {
    out.push({ path, value: v });
    if (Array.isArray(v)) v.forEach((c, i) => containers(c, [...path, i], out));
    else for (const [k, c] of Object.entries(v)) containers(c, [...path, k], out);
  }
  return out;
}

function mutateStructure(root: Json, rng: Rng): string {
  const doc = deepClone(root);
  const edits = 1 + rng.int(4);
  let duplicateKey: string | undefined;
  for (let e = 0; e < edits; e++) {
    const spots = containers(doc);
    const spot = rng.pick(spots).value;
    if (spot === null || typeof spot !== 'object') continue;
    if (Array.isArray(spot)) {
      const op = rng.int(3);
      if (op === 0 && spot.length > 0) spot.splice(rng.int(spot.length), 1);
      else if (op === 1) spot.push(odd(rng));
      else if (spot.length > 0) spot[rng.int(spot.length)] = odd(rng);
      continue;
    }
    const keys = Object.keys(spot);
    const key = keys.length > 0 ? rng.pick(keys) : 'id';
    switch (rng.int(5)) {
      case 0: delete spot[key]; break;
      case 1: spot[key] = odd(rng); break;
      case 2: spot[`${key}${rng.pick(['', 'X', ' ', '$'])}`] = odd(rng); break;
      case 3: spot[key] = { nested: { deeper: [spot[key] ?? null] } }; break;
      default: duplicateKey = key;
    }
  }
  let text = JSON.stringify(doc, null, rng.chance(0.5) ? 2 : 0);
  // A duplicated key is legal JSON text that JSON.stringify cannot produce.
  if (duplicateKey !== undefined && text.startsWith('{')) text = `{"${duplicateKey}": 1,${text.slice(1)}`;
  return text;
}

function damageText(text: string, rng: Rng): string {
  const at = rng.int(text.length + 1);
  switch (rng.int(4)) {
    case 0: return text.slice(0, at);
    case 1: return text.slice(0, at) + rng.pick(['{', '}', '[', ']', ',', ':', '"', '//', '/*', '\u0000', '\ufeff', 'true', '-', '1e']) + text.slice(at);
    case 2: return text.slice(0, at) + text.slice(at + 1 + rng.int(10));
    default: return text.replace(/"/g, rng.chance(0.5) ? "'" : '"');
  }
}

describe('reliability: app.json validator fuzz', function () {
  this.timeout(600_000);
  const seed = seedFor(1107);
  const cases = size(1500, 30000);
  const sources = ['app.json', join('test-app', 'app.json')].map((p) => JSON.parse(readFileSync(join(repoRoot, p), 'utf8')) as Json);
  let diagnostics = 0;
  let failures = 0;
  let withManifest = 0;

  after(() => printFigures('app.json fuzz', { cases, failures, diagnostics, acceptedWithManifest: withManifest, seed }));

  it('never throws and points every diagnostic inside the text', () => {
    const rng = new Rng(seed);
    const codes = new Set(Object.keys(AppJsonMessages));
    for (let i = 0; i < cases; i++) {
      const label = `case #${i} (seed ${seed})`;
      try {
        let text = mutateStructure(rng.pick(sources), rng);
        if (rng.chance(0.3)) text = damageText(text, rng);
        let result;
        try {
          result = validateAppJson(text, 'app.json');
        } catch (e) {
          assert.fail(`${label}: validateAppJson threw ${e instanceof Error ? e.message : String(e)}\n${text.slice(0, 500)}`);
        }
        const lines = text.split(/\r\n|\r|\n/);
        for (const d of result.diagnostics) {
          const where = `${label}: ${d.code} at ${d.line}:${d.column}`;
          assert.ok(codes.has(d.code), `${where}: unknown code`);
          assert.equal(d.file, 'app.json', where);
          assert.ok(d.message.trim() !== '' && !d.message.includes('{0}'), `${where}: message '${d.message}'`);
          assert.ok(d.line >= 1 && d.line <= lines.length, `${where}: line outside 1..${lines.length}`);
          assert.ok(d.column >= 1 && d.column <= (lines[d.line - 1]?.length ?? 0) + 1, `${where}: column outside the line`);
        }
        diagnostics += result.diagnostics.length;
        if (!result.diagnostics.some((d) => d.severity === 'error')) {
          assert.ok(result.manifest !== undefined, `${label}: no error and no manifest`);
        }
        if (result.manifest !== undefined) withManifest++;
      } catch (e) {
        failures++;
        throw e;
      }
    }
    assert.ok(diagnostics > cases / 2, `the mutations found only ${diagnostics} problems in ${cases} cases`);
  });
});
