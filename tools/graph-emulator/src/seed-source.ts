/** Where the emulator's data comes from: `demo`, `empty`, `scale:N`, a fixture file, or fixture data. */
import { readFileSync } from 'node:fs';
import { demoFixture, scaleFixture } from './data/generator';
import { FixtureError, parseFixture, type FixtureData } from './storage/fixture';

export type SeedOption = 'demo' | 'empty' | `scale:${number}` | FixtureData | string;

export class SeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedError';
  }
}

/** Resolves a seed option to fixture data. Throws SeedError or FixtureError. */
export function resolveSeed(seed: SeedOption, now: Date): FixtureData {
  if (typeof seed !== 'string') return parseFixture(seed);
  if (seed === 'demo') return demoFixture(now);
  if (seed === 'empty') return { businesses: [] };
  const scale = /^scale:(\d+)$/.exec(seed);
  if (scale !== null) return scaleFixture(Number(scale[1]));
  let text: string;
  try {
    text = readFileSync(seed, 'utf8');
  } catch (e) {
    throw new SeedError(`Cannot read fixture file '${seed}' (${e instanceof Error ? e.message : String(e)}). Pass --seed demo, --seed empty, --seed scale:N or the path of a fixture JSON file.`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new SeedError(`Fixture file '${seed}' is not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    return parseFixture(json);
  } catch (e) {
    if (e instanceof FixtureError) throw new SeedError(`Fixture file '${seed}' at ${e.message}`);
    throw e;
  }
}
