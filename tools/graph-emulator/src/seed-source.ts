/** Where the emulator's data comes from: `demo`, `empty`, `scale:N`, a fixture file, or fixture data. */
import { readFileSync } from 'node:fs';
import { findNodeAtLocation, parseTree, type ParseError, printParseErrorCode } from 'jsonc-parser';
import type { Diagnostic } from '../../common/src/diagnostic';
import { formatDiagnostic } from '../../common/src/diagnostic';
import { demoFixture, scaleFixture } from './data/generator';
import { MESSAGES, type MessageCode } from './messages';
import { BookingStore } from './storage/store';
import { FixtureError, importBusinesses, parseFixture, type FixtureData } from './storage/fixture';

export type SeedOption = 'demo' | 'empty' | `scale:${number}` | FixtureData | string;

export class SeedError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(formatDiagnostic(diagnostic));
    this.name = 'SeedError';
  }
}

/** Resolves a seed option to fixture data. Fixture files are checked fully; problems come back as SeedError
 * carrying a positioned diagnostic. Throws SeedError, or FixtureError for in-memory fixture data. */
export function resolveSeed(seed: SeedOption, now: Date): FixtureData {
  if (typeof seed !== 'string') return parseFixture(seed);
  if (seed === 'demo') return demoFixture(now);
  if (seed === 'empty') return { businesses: [] };
  const scale = /^scale:(\d+)$/.exec(seed);
  if (scale !== null) return scaleFixture(Number(scale[1]));
  return readFixtureFile(seed, now);
}

function readFixtureFile(file: string, now: Date): FixtureData {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw seedError(file, 1, 1, 'GE1003', MESSAGES.GE1003(e instanceof Error ? e.message : String(e)));
  }
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (first !== undefined || tree === undefined) {
    const [line, column] = position(text, first?.offset ?? 0);
    throw seedError(file, line, column, 'GE1002', MESSAGES.GE1002(first === undefined ? 'empty file' : printParseErrorCode(first.error)));
  }
  try {
    const fixture = parseFixture(JSON.parse(text));
    importBusinesses(new BookingStore(0, () => now), fixture); // check every entry now, with positions
    return fixture;
  } catch (e) {
    if (!(e instanceof FixtureError)) throw e;
    const node = findNodeAtLocation(tree, [...e.segments]);
    const [line, column] = position(text, node?.offset ?? 0);
    throw seedError(file, line, column, 'GE1001', MESSAGES.GE1001(`${e.message}`));
  }
}

function seedError(file: string, line: number, column: number, code: MessageCode, message: string): SeedError {
  return new SeedError({ file, line, column, code, severity: 'error', message });
}

function position(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return [line, offset - before.lastIndexOf('\n')];
}
