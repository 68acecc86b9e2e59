import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { strict as assert } from 'node:assert';

/**
 * Compares `actual` with the golden file at `path`. With UPDATE_GOLDEN=1 the golden file is (re)written
 * instead: that is the one explicit accept step. A missing golden file fails the test.
 */
export function assertGolden(path: string, actual: string): void {
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) {
    assert.fail(`Golden file ${path} is missing. Run the test with UPDATE_GOLDEN=1 to create it, then review it.`);
  }
  assert.equal(actual, readFileSync(path, 'utf8').replace(/\r\n/g, '\n'), `Output differs from ${path} (UPDATE_GOLDEN=1 accepts the new output)`);
}
