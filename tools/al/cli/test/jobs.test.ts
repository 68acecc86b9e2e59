import * as assert from 'assert';
import * as path from 'path';
import type { CommandIo } from '../src/command';
import { runCli } from '../src/main';

const fixture = path.resolve(__dirname, '../../runtime/test/platform/fixtures/jobs');

async function al(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CommandIo = { out: (t) => (out += t), err: (t) => (err += t), cwd: process.cwd() };
  const code = await runCli(argv, io);
  return { code, out, err };
}

describe('al jobs', function () {
  this.timeout(60000);

  it('runs the due entries created by --init and prints one line each; exit 1 when one ends in Error', async () => {
    const r = await al('jobs', '--at', '2026-03-01T09:00:00Z', '--init', 'Job Fixture Setup', fixture);
    assert.equal(r.code, 1, r.err);
    const lines = r.out.trim().split('\n');
    assert.match(lines[0] ?? '', /^Deleted\s+one-off \(codeunit 50100\)$/);
    assert.match(lines[1] ?? '', /^Error\s+failing \(codeunit 50101\): The fixture job failed for failing\.$/);
    assert.match(lines[2] ?? '', /^Ready\s+recurring \(codeunit 50100, next start 2026-03-01T09:30:/);
    assert.equal(lines[3], 'al jobs: ran 3 job queue entries.');
  });

  it('runs nothing and exits 0 before anything is due; refuses a bad --at', async () => {
    const r = await al('jobs', '--at', '2026-03-01T07:00:00Z', '--init', '50102', fixture);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, 'al jobs: ran 0 job queue entries.\n');
    const bad = await al('jobs', '--at', 'soon', fixture);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--at/);
  });
});
