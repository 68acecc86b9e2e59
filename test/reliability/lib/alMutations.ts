/** Token-level mutation of real AL, shared by the parser and checker fuzz suites. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AL_PIECES, alTokens, isTrivia } from './alTokens';
import type { Rng } from './prng';

const repoRoot = join(__dirname, '..', '..', '..');

function alFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...alFiles(full));
    else if (name.endsWith('.al')) out.push(full);
  }
  return out;
}

/** The real AL of the repository: the app, the test app and the parser's fixtures. */
export function corpus(): string[] {
  const files = [
    ...alFiles(join(repoRoot, 'src-al')),
    ...alFiles(join(repoRoot, 'test-app')),
    ...alFiles(join(repoRoot, 'tools', 'al', 'syntax', 'test', 'fixtures')),
  ];
  return files.map((f) => readFileSync(f, 'utf8'));
}

/** One to five token-level edits. */
export function mutateTokens(text: string, rng: Rng): string {
  const tokens = alTokens(text);
  const edits = 1 + rng.int(5);
  for (let e = 0; e < edits; e++) {
    const at = rng.int(tokens.length + 1);
    switch (rng.int(6)) {
      case 0: // insert a keyword or punctuation
        tokens.splice(at, 0, rng.pick(AL_PIECES));
        break;
      case 1: { // delete a run of non-trivia tokens
        let n = 1 + rng.int(3);
        let i = at;
        while (n > 0 && i < tokens.length) {
          if (!isTrivia(tokens[i] ?? '')) n--;
          tokens.splice(i, 1);
          if (n > 0) i = Math.min(i, tokens.length);
        }
        break;
      }
      case 2: { // swap two tokens
        const b = rng.int(tokens.length);
        const x = tokens[at];
        const y = tokens[b];
        if (x !== undefined && y !== undefined) {
          tokens[at] = y;
          tokens[b] = x;
        }
        break;
      }
      case 3: { // duplicate a run of tokens somewhere else
        const from = rng.int(tokens.length);
        const run = tokens.slice(from, from + 1 + rng.int(30));
        tokens.splice(at, 0, ...run);
        break;
      }
      case 4: { // replace a token by another real token of the file
        const other = tokens[rng.int(tokens.length)];
        if (other !== undefined && at < tokens.length) tokens[at] = other;
        break;
      }
      default: // cut the file at a token boundary
        tokens.length = Math.min(tokens.length, at);
    }
  }
  return tokens.join('');
}

