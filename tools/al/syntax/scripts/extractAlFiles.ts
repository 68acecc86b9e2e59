/**
 * Copies every `.al` and `app.json` file of a git repository's HEAD into a directory, reading blobs with
 * `git cat-file --batch` (works on partial mirrors where `git archive` stops at the first absent large file).
 * Used to get a plain BCApps tree for `npm run al -- parse`:
 *   npx ts-node --transpile-only tools/al/syntax/scripts/extractAlFiles.ts /work/.mirror/microsoft+BCApps/repo /tmp/bcapps-full
 */
import { execFileSync, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

async function main(): Promise<number> {
  const [gitDir, outDir] = process.argv.slice(2);
  if (!gitDir || !outDir) {
    process.stderr.write('Usage: extractAlFiles.ts <git-dir> <out-dir>\n');
    return 2;
  }
  const listing = execFileSync('git', ['--git-dir', gitDir, 'ls-tree', '-r', '-z', 'HEAD'], { maxBuffer: 1 << 30 });
  const wanted: { sha: string; file: string }[] = [];
  for (const entry of listing.toString('utf8').split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [, type, sha] = entry.slice(0, tab).split(' ');
    const file = entry.slice(tab + 1);
    if (type === 'blob' && sha && (file.toLowerCase().endsWith('.al') || path.basename(file) === 'app.json')) wanted.push({ sha, file });
  }
  const proc = spawn('git', ['--git-dir', gitDir, 'cat-file', '--batch'], { stdio: ['pipe', 'pipe', 'inherit'] });
  proc.stdin.end(wanted.map((w) => w.sha).join('\n') + '\n');
  let buffer = Buffer.alloc(0);
  let index = 0;
  let missing = 0;
  for await (const chunk of proc.stdout) {
    buffer = Buffer.concat([buffer, chunk as Buffer]);
    for (;;) {
      const nl = buffer.indexOf(10);
      if (nl < 0) break;
      const header = buffer.subarray(0, nl).toString('utf8').split(' ');
      if (header[1] === 'missing') {
        missing++;
        index++;
        buffer = buffer.subarray(nl + 1);
        continue;
      }
      const size = Number(header[2]);
      if (buffer.length < nl + 1 + size + 1) break;
      const w = wanted[index++];
      if (w) {
        const target = path.join(outDir, w.file);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, buffer.subarray(nl + 1, nl + 1 + size));
      }
      buffer = buffer.subarray(nl + 1 + size + 1);
    }
  }
  process.stdout.write(`Extracted ${index - missing} of ${wanted.length} files to ${outDir} (${missing} missing).\n`);
  return missing > 0 ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    process.stderr.write(`extractAlFiles: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);
