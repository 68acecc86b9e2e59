/**
 * Runs two AL sessions "at the same time" over shared data (tools/al/runtime/src/db/shared.ts). The runtime is
 * single-threaded and an AL call cannot be suspended, so the second session (inner) runs inside a yield point of the
 * first (outer): after one of the outer session's commits or when it raises an event (where a subscriber or the
 * server could switch). The schedule picks the yield point. While the outer session holds locks (between its commits)
 * the inner one may hit them:
 * - policy "timeout": it gets BC's lock-timeout error (the holder cannot finish while it waits);
 * - policy "wait": if it has committed nothing yet, it is rolled back and started again right after the outer
 *   session's next commit (the lock is free then) — a session that waited for the lock. Once it has committed,
 *   restarting would not be honest, so it falls back to the timeout.
 * If the schedule's point is never reached, the inner session runs after the outer one (sequential).
 */
import type { Session } from '../../../tools/al/runtime/src/interp/session';
import type { LockPolicy, SharedData } from '../../../tools/al/runtime/src/db/shared';
import { messageOf } from './alSessions';

export interface Actor {
  readonly label: string;
  readonly session: Session;
  /** The whole operation as top-level transactions (commits on success, rolls back and rethrows on error). */
  readonly run: () => void;
}

export interface Outcome {
  readonly label: string;
  readonly ok: boolean;
  readonly error: string;
}

export interface InterleaveResult {
  readonly outer: Outcome;
  readonly inner: Outcome;
  /** Yield points the outer session passed. */
  readonly points: number;
  /** The kind of point the inner session (finally) started at: 'commit', 'event:<name>', or 'after'. */
  readonly innerStartedAt: string;
  /** How often the inner session waited for a lock and was started again. */
  readonly waits: number;
  /** Lock-timeout errors the inner session got (caught by its own per-record or per-invoice isolation or not). */
  readonly timeouts: number;
}

export function interleave(shared: SharedData, outer: Actor, inner: Actor, startAt: number, policy: LockPolicy): InterleaveResult {
  const innerDb = inner.session.db;
  const outerDb = outer.session.db;
  let points = 0;
  let innerRunning = false;
  let innerDone = false;
  let innerWaiting = false;
  let innerOutcome: Outcome = { label: inner.label, ok: false, error: 'did not run' };
  let innerStartedAt = '';
  let waits = 0;
  const conflictsAtStart = shared.conflicts.length;

  const runInner = (where: string): void => {
    innerRunning = true;
    innerStartedAt = where;
    shared.policies.set(innerDb, policy);
    const conflictsBefore = shared.conflicts.length;
    try {
      inner.run();
      innerOutcome = { label: inner.label, ok: true, error: '' };
      innerDone = true;
    } catch (e) {
      innerDb.rollback(0);
      const mine = shared.conflicts.slice(conflictsBefore).filter((c) => c.waiter === shared.indexOf(innerDb));
      if (mine.some((c) => c.policy === 'wait')) {
        waits++;
        innerWaiting = true;
      } else {
        innerOutcome = { label: inner.label, ok: false, error: messageOf(e) };
        innerDone = true;
      }
    } finally {
      innerRunning = false;
    }
  };

  const point = (kind: string): void => {
    if (innerRunning || innerDone) return;
    points++;
    if (innerWaiting) {
      if (kind === 'commit') {
        innerWaiting = false;
        runInner(kind);
      }
      return;
    }
    if (points === startAt) runInner(kind);
  };

  const events = outer.session.events;
  const raise = events.raise;
  events.raise = (s, objType, id, eventName, element, names, args, sender) => {
    point(`event:${eventName}`);
    raise.call(events, s, objType, id, eventName, element, names, args, sender);
  };
  shared.onCommit = (db, wrote) => {
    if (db === innerDb && wrote) shared.policies.set(innerDb, 'timeout'); // committed work cannot be redone by a restart
    else if (db === outerDb) point('commit');
  };
  let outerOutcome: Outcome;
  try {
    try {
      outer.run();
      outerOutcome = { label: outer.label, ok: true, error: '' };
    } catch (e) {
      outerDb.rollback(0);
      outerOutcome = { label: outer.label, ok: false, error: messageOf(e) };
    }
    if (!innerDone) {
      innerWaiting = false;
      runInner('after');
      if (innerWaiting) innerOutcome = { label: inner.label, ok: false, error: 'waited for a lock after the other session had ended' };
    }
  } finally {
    events.raise = raise;
    shared.onCommit = undefined;
    shared.policies.delete(innerDb);
  }
  const timeouts = shared.conflicts.slice(conflictsAtStart).filter((c) => c.policy === 'timeout' && c.waiter === shared.indexOf(innerDb)).length;
  return { outer: outerOutcome, inner: innerOutcome, points, innerStartedAt, waits, timeouts };
}

/** Runs one actor alone and counts its yield points (commits and raised events), to size the schedules. */
export function countYieldPoints(shared: SharedData, actor: Actor): number {
  let points = 0;
  const events = actor.session.events;
  const raise = events.raise;
  events.raise = (s, objType, id, eventName, element, names, args, sender) => {
    points++;
    raise.call(events, s, objType, id, eventName, element, names, args, sender);
  };
  shared.onCommit = (db) => {
    if (db === actor.session.db) points++;
  };
  try {
    actor.run();
  } finally {
    events.raise = raise;
    shared.onCommit = undefined;
  }
  return points;
}
