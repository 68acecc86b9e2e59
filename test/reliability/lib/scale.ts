/**
 * Suite sizes. `npm test` runs the quick size (the whole reliability suite well under a minute on 2 cores);
 * `npm run test:faults` sets FAULTS_SCALE=full. FAULTS_SEED moves every suite to another seed for exploration.
 */
export const FULL = process.env['FAULTS_SCALE'] === 'full';

export function size(quick: number, full: number): number {
  return FULL ? full : quick;
}

const seedOffset = Number(process.env['FAULTS_SEED'] ?? '') || 0;

/** The base seed of a suite (changed for all suites at once with FAULTS_SEED). */
export function seedFor(base: number): number {
  return (base + seedOffset) >>> 0;
}
