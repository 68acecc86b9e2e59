/**
 * Fuzz: the AL checker on mutated copies of a small, clean app (the checker's _clean_bookings fixture, copied to a
 * temporary folder). Each case applies token-level mutations to one or two of its .al files and runs checkApp.
 * Invariants: checkApp never throws for bad AL; every diagnostic has a code, a message, a file of the app and a
 * line >= 1. An app.json that is not valid is a bad setup, for which checkApp's contract is an Error whose message
 * says what to fix ("Cannot check ...") — never a TypeError or the like.
 */
import { strict as assert } from 'node:assert';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkApp } from '../../tools/al/check/src/index';
import { mutateTokens } from './lib/alMutations';
import { printFigures } from './lib/figures';
import { Rng } from './lib/prng';
import { seedFor, size } from './lib/scale';

const repoRoot = join(__dirname, '..', '..');
const fixture = join(repoRoot, 'tools', 'al', 'check', 'test', 'fixtures', '_clean_bookings');
const symbolFiles = [join(repoRoot, 'symbols', 'bcapps.symbols.json')];

describe('reliability: AL checker fuzz (mutated copies of a small app)', function () {
  this.timeout(600_000);
  const seed = seedFor(3303);
  const cases = size(40, 800);
  let dir = '';
  let diagnostics = 0;
  let failures = 0;
  let setupErrors = 0;

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'bki-rel-check-'));
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    printFigures('al-checker fuzz', { cases, failures, diagnostics, appJsonSetupErrors: setupErrors, seed });
  });

  it('never throws on mutated AL and reports a clear setup error for a broken app.json', () => {
    const rng = new Rng(seed);
    const alFiles = readdirSync(fixture).filter((f) => f.endsWith('.al')).sort();
    const originals = new Map(alFiles.map((f) => [f, readFileSync(join(fixture, f), 'utf8')]));
    let mutatedCases = 0;
    for (let i = 0; i < cases; i++) {
      const label = `case #${i} (seed ${seed})`;
      const app = join(dir, `case${i}`);
      cpSync(fixture, app, { recursive: true });
      const breakAppJson = rng.chance(0.1);
      try {
        for (let n = 1 + rng.int(2); n > 0; n--) {
          const file = rng.pick(alFiles);
          writeFileSync(join(app, file), mutateTokens(originals.get(file) ?? '', rng));
        }
        if (breakAppJson) {
          const text = readFileSync(join(app, 'app.json'), 'utf8');
          writeFileSync(join(app, 'app.json'), text.slice(0, rng.int(text.length)));
        }
        let result;
        try {
          result = checkApp(app, { symbolFiles, cwd: app });
        } catch (e) {
          assert.ok(breakAppJson, `${label}: checkApp threw on bad AL: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
          assert.ok(e instanceof Error && e.constructor === Error && /^Cannot check .*app\.json is not valid/.test(e.message), `${label}: unclear setup error ${String(e)}`);
          setupErrors++;
          continue;
        }
        for (const d of result.diagnostics) {
          assert.ok(d.code.trim() !== '' && d.message.trim() !== '', `${label}: diagnostic without code or message`);
          assert.ok(d.line >= 1 && d.column >= 1, `${label}: ${d.code} at ${d.line}:${d.column}`);
          assert.ok(!d.file.startsWith('/') && !d.file.startsWith('..'), `${label}: ${d.code} names a file outside the app: ${d.file}`);
        }
        diagnostics += result.diagnostics.length;
        if (result.diagnostics.length > 0) mutatedCases++;
      } catch (e) {
        failures++;
        throw e;
      } finally {
        rmSync(app, { recursive: true, force: true });
      }
    }
    assert.ok(mutatedCases > 0, 'no mutation produced a diagnostic');
  });
});
