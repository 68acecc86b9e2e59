/**
 * XLIFF generation: time for this repository's app, and — when microsoft/BCApps is extracted at /work/bcapps (or
 * BCAPPS_DIR) — agreement with alc's own file for INTaxBase (`Translations/India Tax Base.en-US.xlf`): how many of
 * alc's units we write with the same ID, attributes and notes, and whether they come in alc's order. Units whose
 * source element no longer exists in the sources (the file is older than some sources) are counted apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateXliff } from '../src';

const ROOT = join(__dirname, '..', '..', '..', '..');
const runs = process.env['BENCH_QUICK'] === '1' ? 3 : 10;

function timed(appDir: string): { ms: number; units: number; text: string } {
  let best = Number.POSITIVE_INFINITY;
  let last = generateXliff(appDir);
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    last = generateXliff(appDir);
    best = Math.min(best, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return { ms: best, units: last.units, text: last.text };
}

function units(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.replace(/\r\n/g, '\n').matchAll(/<trans-unit [\s\S]*?<\/trans-unit>/g)) {
    const note = /priority="3">([^<]*)</.exec(m[0])?.[1] ?? '';
    out.set(note, m[0].replace(/\s*<target[\s\S]*?<\/target>/, ''));
  }
  return out;
}

const own = timed(ROOT);
console.log(`xliff generate src-al: ${own.ms.toFixed(1)} ms for ${own.units} trans-units (best of ${runs})`);

const bcapps = process.env['BCAPPS_DIR'] ?? '/work/bcapps';
const app = join(bcapps, 'src', 'Apps', 'IN', 'INTaxBase', 'app');
const xlf = join(app, 'Translations', 'India Tax Base.en-US.xlf');
if (existsSync(xlf)) {
  const ours = timed(app);
  const alc = units(readFileSync(xlf, 'utf8'));
  const mine = units(ours.text);
  const common = [...alc.keys()].filter((k) => mine.has(k));
  const mineCommon = [...mine.keys()].filter((k) => alc.has(k));
  const sameOrder = common.every((k, i) => mineCommon[i] === k);
  const same = common.filter((k) => alc.get(k) === mine.get(k)).length;
  console.log(`xliff generate INTaxBase: ${ours.ms.toFixed(1)} ms for ${ours.units} trans-units`);
  console.log(`xliff INTaxBase alc units also written by us: ${common.length} of ${alc.size}`);
  console.log(`xliff INTaxBase identical units (id, attributes, text, notes): ${same} of ${common.length}`);
  console.log(`xliff INTaxBase order of shared units equals alc: ${sameOrder ? 'yes' : 'no'}`);
} else {
  console.log(`xliff INTaxBase comparison: skipped (${xlf} not found; set BCAPPS_DIR to a microsoft/BCApps checkout)`);
}
