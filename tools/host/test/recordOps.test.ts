import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { loadProgram } from '../../al/runtime/src/runner/load';
import { Session } from '../../al/runtime/src/interp/session';
import { recordOps } from '../../al/runtime/src/db/recordOps';
import { RecordOpCounter } from '../src/recordOps';

describe('host: record-operation counter', () => {
  const loaded = loadProgram([path.join(__dirname, 'fixtures/ops')], { builtins: false });
  const session = (): Session => new Session(loaded.program);
  const call = (s: Session, proc: string, ...args: unknown[]): unknown => s.callByName(s.codeunitInstance('Ops Work'), proc, args);

  afterEach(() => {
    recordOps.counts = undefined;
  });

  it('loads its fixture', () => {
    assert.deepEqual(loaded.errors, []);
  });

  it('counts nothing while off', () => {
    const s = session();
    const counter = new RecordOpCounter();
    call(s, 'InsertRows', 5);
    assert.equal(counter.snapshot().total, 0);
    assert.equal(recordOps.counts, undefined);
  });

  it('measures exactly the operations of the work it wraps', () => {
    const s = session();
    const counter = new RecordOpCounter();
    const inserted = counter.measure(() => call(s, 'InsertRows', 7));
    assert.equal(inserted.ops.insert, 7);
    assert.equal(inserted.ops.total, 7);
    const read = counter.measure(() => call(s, 'ReadAll'));
    assert.equal(read.result, 7);
    assert.equal(read.ops.find, 1);
    assert.equal(read.ops.next, 7, 'FindSet then Next until it returns 0: 7 calls');
    assert.equal(read.ops.total, 8);
    assert.equal(counter.active, false, 'measure switches counting off again');
  });

  it('does not count temporary records (they never reach the database)', () => {
    const s = session();
    const counter = new RecordOpCounter();
    const { ops } = counter.measure(() => call(s, 'TemporaryWork', 4));
    assert.equal(ops.total, 0);
  });

  it('keeps counting across calls once started, and measure inside adds to the running totals', () => {
    const s = session();
    const counter = new RecordOpCounter();
    counter.start();
    call(s, 'InsertRows', 3);
    const inner = counter.measure(() => call(s, 'ReadAll'));
    assert.equal(inner.ops.total, 4);
    assert.equal(counter.snapshot().total, 7);
    counter.stop();
    call(s, 'ReadAll');
    assert.equal(counter.snapshot().total, 7, 'stopped: no more counting');
  });
});
