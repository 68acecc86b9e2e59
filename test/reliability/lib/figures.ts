/**
 * Each suite prints its figures as ONE line, so RELIABILITY.md can quote real numbers:
 *   [reliability] al-parser fuzz: cases=6000 failures=0 diagnostics=18311 seed=20261125 scale=quick
 */
import { FULL } from './scale';

export type Figures = Readonly<Record<string, number | string>>;

export function printFigures(suite: string, figures: Figures): void {
  const parts = Object.entries(figures).map(([k, v]) => `${k}=${v}`);
  parts.push(`scale=${FULL ? 'full' : 'quick'}`);
  // The figure line is the suite's output by design (mocha's reporter shows pass/fail only).
  process.stdout.write(`      [reliability] ${suite}: ${parts.join(' ')}\n`);
}
