import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { loadProgram } from '../../src/runner/load';
import { testCodeunits } from '../../src/runner/testRunner';

type Program = ReturnType<typeof loadProgram>['program'];

/** Loads an AL folder (on top of the base-app model) and returns its program and the test codeunits of that folder only. */
export function loadFolderTests(dir: string): { program: Program; codeunits: ReturnType<typeof testCodeunits> } {
  const loaded = loadProgram([dir]);
  assert.deepEqual(loaded.errors, []);
  const mine = new Set(loaded.program.files.map((f) => f.path).filter((p) => path.resolve(p).startsWith(dir)));
  return { program: loaded.program, codeunits: testCodeunits(loaded.program, mine) };
}
