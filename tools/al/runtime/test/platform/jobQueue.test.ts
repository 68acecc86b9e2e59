import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { loadProgram } from '../../src/runner/load';
import { Session } from '../../src/interp/session';
import { runDueJobQueueEntries } from '../../src/jobs/runDueJobQueueEntries';

/**
 * The job-queue runner (src/jobs) over an AL fixture: a one-off job, a failing job with one attempt, a recurring job
 * every 30 minutes and a job that is not due yet. Times are fixed instants, passed as `now`.
 */
const fixture = path.join(__dirname, 'fixtures', 'jobs');
const at = (hhmm: string): number => Date.parse(`2026-03-01T${hhmm}:00Z`);

function markers(s: Session): string[] {
  const r = s.newRecord('Job Fixture Marker', false);
  const out: string[] = [];
  const f = r.table.field('Parameter');
  if (f === undefined || !r.find('-')) return out;
  do out.push(String(r.data[f.slot])); while (r.next() !== 0);
  return out;
}

function setup(): Session {
  const loaded = loadProgram([fixture]);
  assert.deepEqual(loaded.errors, []);
  const s = new Session(loaded.program);
  const info = s.program.codeunits.get('job fixture setup');
  assert.ok(info);
  assert.equal(s.runCodeunit(s.instanceOf(info), undefined, false), true);
  return s;
}

describe('jobs: runDueJobQueueEntries', function () {
  this.timeout(60000);

  it('runs the due entries once each: one-off deleted, failure kept with its error, recurring rescheduled', () => {
    const s = setup();
    const run = runDueJobQueueEntries(s, { now: at('09:00') });
    assert.equal(run.ran, 3);
    assert.deepEqual(
      run.entries.map((e) => [e.description, e.status]),
      [
        ['one-off', 'Deleted'],
        ['failing', 'Error'],
        ['recurring', 'Ready'],
      ],
    );
    const failing = run.entries[1];
    assert.equal(failing?.errorMessage, 'The fixture job failed for failing.');
    // "No. of Minutes between Runs" = 30 from the run's clock (which starts at `now` and then runs on)
    const next = Date.parse(run.entries[2]?.earliestStart ?? '');
    assert.ok(next >= at('09:30') && next < at('09:31'), run.entries[2]?.earliestStart);
    // The failing job's own write was rolled back; the successful jobs' writes are committed.
    assert.deepEqual(markers(s).sort(), ['one-off', 'recurring']);
  });

  it('runs nothing before an entry is due, and the recurring entry again once its next start passed', () => {
    const s = setup();
    assert.equal(runDueJobQueueEntries(s, { now: at('07:59') }).ran, 0);
    runDueJobQueueEntries(s, { now: at('09:00') });
    const early = runDueJobQueueEntries(s, { now: at('09:29') });
    assert.equal(early.ran, 0);
    const again = runDueJobQueueEntries(s, { now: at('12:00') });
    assert.deepEqual(again.entries.map((e) => e.description).sort(), ['later', 'recurring']);
    assert.deepEqual(markers(s).sort(), ['later', 'one-off', 'recurring', 'recurring']);
  });

  it('needs the base-app model', () => {
    const loaded = loadProgram([fixture], { builtins: false });
    const s = new Session(loaded.program);
    assert.throws(() => runDueJobQueueEntries(s), /Runtime Job Queue Runner/);
  });
});
