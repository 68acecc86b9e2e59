/**
 * The runtime's data shared by several sessions (tools/al/runtime/src/db/shared.ts), on the base-app model: what one
 * session's uncommitted writes mean for another (visible to reads, locked for writes), lock-timeout and wait policies,
 * locks released by commit and by rollback, and rollback undoing only the session's own writes.
 */
import { strict as assert } from 'node:assert';
import { ALError } from '../../tools/al/runtime/src/errors';
import { LockWait, SharedData, lockTimeoutMessage } from '../../tools/al/runtime/src/db/shared';
import type { Rec } from '../../tools/al/runtime/src/db/record';
import { Session } from '../../tools/al/runtime/src/interp/session';
import { loadProgram } from '../../tools/al/runtime/src/runner/load';

type Program = ReturnType<typeof loadProgram>['program'];

function load(): Program {
  const loaded = loadProgram([]);
  assert.deepEqual(loaded.errors, []);
  return loaded.program;
}

function terms(s: Session, code: string): Rec {
  const rec = s.newRecord('Payment Terms', false);
  const f = rec.table.field('Code');
  assert.ok(f !== undefined);
  rec.setField(f, code);
  return rec;
}

function codes(s: Session): string[] {
  const rec = s.newRecord('Payment Terms', false);
  return rec.store.sorted(rec.table.pk).map((r) => String(r[rec.table.pk[0] ?? 0]));
}

describe('AL runtime: data shared by sessions (db/shared.ts)', function () {
  this.timeout(120_000);
  // One loaded program per session: a Session wires table triggers into its program's table metadata.
  let programs: [Program, Program];
  before(() => {
    programs = [load(), load()];
  });
  let a: Session;
  let b: Session;
  let shared: SharedData;

  beforeEach(() => {
    a = new Session(programs[0]);
    b = new Session(programs[1]);
    terms(a, 'KEPT').insert(false);
    a.db.commit();
    shared = new SharedData();
    shared.adopt(a.db);
    shared.join(b.db);
  });

  it('shares committed rows and shows uncommitted ones to reads (READUNCOMMITTED)', () => {
    assert.deepEqual(codes(b), ['KEPT']);
    terms(a, 'NEW').insert(false);
    assert.deepEqual(codes(b), ['KEPT', 'NEW']);
  });

  it('a second writer on a locked table gets the lock-timeout error, and its change is undone', () => {
    terms(a, 'A1').insert(false);
    assert.throws(() => terms(b, 'B1').insert(false), (e: unknown) => e instanceof ALError && !e.internal && e.message === lockTimeoutMessage('Payment Terms'));
    assert.deepEqual(codes(a), ['A1', 'KEPT']);
    assert.equal(b.db.pendingWrites, 0);
    assert.deepEqual(shared.conflicts, [{ waiter: 1, holder: 0, table: 'Payment Terms', policy: 'timeout' }]);
  });

  it('commit releases the lock; rollback undoes only the own writes and releases too', () => {
    terms(a, 'A1').insert(false);
    a.db.commit();
    terms(b, 'B1').insert(false);
    assert.deepEqual(shared.locksOf(b.db), ['Payment Terms']);
    b.db.rollback(0);
    assert.deepEqual(shared.locksOf(b.db), []);
    assert.deepEqual(codes(a), ['A1', 'KEPT']);
    terms(a, 'A2').insert(false);
    assert.deepEqual(codes(b), ['A1', 'A2', 'KEPT']);
  });

  it('a modify or delete of a locked table is undone as well', () => {
    terms(a, 'A1').insert(false);
    const kept = terms(b, 'KEPT');
    assert.ok(kept.get(['KEPT']));
    assert.throws(() => kept.delete(false), ALError);
    assert.deepEqual(codes(b), ['A1', 'KEPT']);
  });

  it('a read with UPDLOCK (LockTable, ReadIsolation := UpdLock) takes the table lock; plain reads never wait', () => {
    const plain = terms(b, 'KEPT');
    const locking = terms(b, 'KEPT');
    locking.lockReads = true;
    // b's locked read holds the table: a's write times out, a's plain read does not
    assert.ok(locking.get(['KEPT']));
    assert.deepEqual(shared.locksOf(b.db), ['Payment Terms']);
    assert.throws(() => terms(a, 'A1').insert(false), (e: unknown) => e instanceof ALError && e.message === lockTimeoutMessage('Payment Terms'));
    assert.ok(terms(a, 'KEPT').get(['KEPT']));
    // the lock ends with b's transaction, though b wrote nothing (no "wrote" commit)
    const seen: boolean[] = [];
    shared.onCommit = (_db, wrote) => seen.push(wrote);
    b.db.commit();
    assert.deepEqual(seen, [false]);
    assert.deepEqual(shared.locksOf(b.db), []);
    // a writes: b's locked reads (Get, Find, Next) meet a's lock, b's plain read does not
    terms(a, 'A1').insert(false);
    assert.ok(plain.get(['KEPT']));
    assert.throws(() => locking.get(['KEPT']), (e: unknown) => e instanceof ALError && e.message === lockTimeoutMessage('Payment Terms'));
    assert.throws(() => locking.find('-'), ALError);
    assert.throws(() => locking.next(), ALError);
    // a temporary record never locks
    const temp = b.newRecord('Payment Terms', true);
    temp.lockReads = true;
    assert.equal(temp.find('-'), false);
  });

  it('policy wait throws LockWait (not an AL error, so no Codeunit.Run catches it)', () => {
    shared.policies.set(b.db, 'wait');
    terms(a, 'A1').insert(false);
    assert.throws(() => terms(b, 'B1').insert(false), (e: unknown) => e instanceof LockWait && e.holder === a.db && e.waiter === b.db);
  });

  it('reports commits with whether they saved writes', () => {
    const seen: [number, boolean][] = [];
    shared.onCommit = (db, wrote) => seen.push([shared.indexOf(db), wrote]);
    b.db.commit();
    terms(a, 'A1').insert(false);
    a.db.commit();
    assert.deepEqual(seen, [[1, false], [0, true]]);
  });
});
