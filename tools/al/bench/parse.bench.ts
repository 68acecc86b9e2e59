/**
 * AL parser throughput. With env BCAPPS_DIR: parses every .al file under `$BCAPPS_DIR/src/Layers/W1/BaseApp`
 * (Microsoft's base application). Without it: parses a corpus generated here from the syntax test fixtures with
 * varied names (about 30 MB; 3 MB with BENCH_QUICK=1). Files are read into memory first; only parsing is timed.
 * Prints MB/s, files/s, peak RSS and peak heap, and the number of files with diagnostics.
 */
import * as fs from 'fs';
import * as path from 'path';
import { parseAl } from '../syntax/src/index';

interface SourceText {
  readonly name: string;
  readonly text: string;
  readonly bytes: number;
}

function walk(dir: string, out: string[]): void {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else if (e.isFile() && e.name.toLowerCase().endsWith('.al')) out.push(p);
  }
}

function decode(buf: Buffer): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return buf.toString('utf16le', 2);
  return buf.toString('utf8');
}

function loadBcApps(root: string, quick: boolean): SourceText[] {
  const dir = path.join(root, 'src', 'Layers', 'W1', 'BaseApp');
  const files: string[] = [];
  walk(dir, files);
  files.sort();
  const selected = quick ? files.filter((_f, i) => i % 10 === 0) : files;
  return selected.map((f) => {
    const buf = fs.readFileSync(f);
    return { name: path.relative(root, f), text: decode(buf), bytes: buf.length };
  });
}

/** Builds a corpus by repeating the fixtures with renamed objects and identifiers. */
function generateCorpus(targetBytes: number): SourceText[] {
  const fixturesDir = path.join(__dirname, '..', 'syntax', 'test', 'fixtures');
  const templates: string[] = [];
  for (const name of fs.readdirSync(fixturesDir).sort()) {
    const input = path.join(fixturesDir, name, 'input.al');
    // namespace/using must start a file; drop them so templates can be concatenated
    if (fs.existsSync(input)) templates.push(fs.readFileSync(input, 'utf8').replace(/^(namespace|using) [^;]*;\s*$/gm, ''));
  }
  if (templates.length === 0) throw new Error(`No fixtures found under ${fixturesDir}`);
  const out: SourceText[] = [];
  let total = 0;
  for (let n = 0; total < targetBytes; n++) {
    // about 12 objects per file, close to the average BaseApp file size
    let t = '';
    for (let k = 0; k < 12; k++) t += (templates[(n * 7 + k) % templates.length] ?? '') + '\n';
    // vary names and numbers so the lexer and parser do not see identical strings
    const text = t
      .replace(/\b(\d{5})\b/g, (m) => String((Number(m) + n) % 99999))
      .replace(/\b([A-Z][a-z]+)([A-Z][a-z]+)\b/g, (_m, a: string, b: string) => `${a}${n % 97}${b}`);
    const bytes = Buffer.byteLength(text, 'utf8');
    out.push({ name: `generated/${n}.al`, text, bytes });
    total += bytes;
  }
  return out;
}

function main(): void {
  const quick = process.env['BENCH_QUICK'] === '1';
  const bcapps = process.env['BCAPPS_DIR'];
  const corpus = bcapps ? loadBcApps(bcapps, quick) : generateCorpus(quick ? 3 * 1048576 : 30 * 1048576);
  const totalBytes = corpus.reduce((a, f) => a + f.bytes, 0);
  let peakRss = 0;
  let peakHeap = 0;
  let withDiagnostics = 0;
  let objects = 0;
  const pass = (): number => {
    withDiagnostics = 0;
    objects = 0;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < corpus.length; i++) {
      const f = corpus[i];
      if (!f) continue;
      const r = parseAl(f.text, { fileName: f.name });
      if (r.diagnostics.length > 0) withDiagnostics++;
      objects += r.file.objects.length;
      if ((i & 255) === 0) {
        const m = process.memoryUsage();
        if (m.rss > peakRss) peakRss = m.rss;
        if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
      }
    }
    return Number(process.hrtime.bigint() - t0) / 1e9;
  };
  // The first pass includes JIT compilation of the lexer and parser (cold); the second is steady state (warm).
  const cold = pass();
  const seconds = pass();
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
  const mb = totalBytes / 1048576;
  console.log(`parse corpus: ${bcapps ? 'BCApps W1 BaseApp' : 'generated'}${quick ? ' (quick)' : ''}`);
  console.log(`parse files: ${corpus.length}`);
  console.log(`parse objects: ${objects}`);
  console.log(`parse size: ${mb.toFixed(1)} MB`);
  console.log(`parse time cold (first pass, includes JIT warm-up): ${cold.toFixed(2)} s`);
  console.log(`parse throughput cold: ${(mb / cold).toFixed(1)} MB/s`);
  console.log(`parse time: ${seconds.toFixed(2)} s`);
  console.log(`parse throughput: ${(mb / seconds).toFixed(1)} MB/s`);
  console.log(`parse files/s: ${(corpus.length / seconds).toFixed(0)}`);
  console.log(`parse peak rss: ${(peakRss / 1048576).toFixed(0)} MB`);
  console.log(`parse peak heap used: ${(peakHeap / 1048576).toFixed(0)} MB`);
  console.log(`parse files with diagnostics: ${withDiagnostics}`);
}

main();
