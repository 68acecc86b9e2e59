import type { Session } from '../interp/session';
import { ALDateTime } from '../values/dates';
import { EnumValue } from '../values/types';

/**
 * The runtime's stand-in for BC's task scheduler: runs every "Job Queue Entry" (table 472) that is Ready and whose
 * "Earliest Start Date/Time" has passed at `now`, through codeunit 130991 "Runtime Job Queue Runner", which runs
 * codeunit 448 "Job Queue Dispatcher" per entry (the job codeunit isolated with Codeunit.Run, the entry's status,
 * error message and next start written as BC's dispatcher does, reduced: see base-app/README.md "Job queue").
 * While the entries run, the session clock reads `now`, so next start times are computed from it.
 */
export interface JobQueueEntryResult {
  /** ID of the entry, `{...}`. */
  readonly id: string;
  readonly objectIdToRun: number;
  readonly description: string;
  /** Status after the run: Ready (recurring, or retry pending), Error, On Hold...; `Deleted` = finished one-off entry. */
  readonly status: string;
  readonly errorMessage: string;
  /** Next earliest start (ISO 8601, UTC), '' when the entry is gone or has none. */
  readonly earliestStart: string;
}

export interface JobQueueRun {
  /** Entries the runner started (as counted by codeunit 130991). */
  readonly ran: number;
  /** The entries that were due, in start order, with their state after the run. */
  readonly entries: readonly JobQueueEntryResult[];
}

export const JOB_QUEUE_MESSAGES = {
  notLoaded: 'The job queue cannot run: table 472 "Job Queue Entry" or codeunit 130991 "Runtime Job Queue Runner" is not loaded. Load the runtime\'s built-in base-app model.',
};

const JOB_QUEUE_ENTRY = 472;
const RUNNER = 130991;

interface EntryRow {
  readonly id: string;
  readonly objectIdToRun: number;
  readonly description: string;
  readonly status: string;
  readonly errorMessage: string;
  readonly earliestStartMs: number | undefined;
}

function readEntries(session: Session): Map<string, EntryRow> {
  const meta = session.tableById(JOB_QUEUE_ENTRY);
  const out = new Map<string, EntryRow>();
  if (meta === undefined) return out;
  const slot = (name: string): number => meta.field(name)?.slot ?? -1;
  const [sId, sObj, sDesc, sStatus, sErr, sStart] = ['ID', 'Object ID to Run', 'Description', 'Status', 'Error Message', 'Earliest Start Date/Time'].map(slot);
  for (const row of session.db.company().store(meta).rows.values()) {
    const id = String(row[sId ?? -1] ?? '');
    const status = row[sStatus ?? -1];
    const start = row[sStart ?? -1];
    out.set(id, {
      id,
      objectIdToRun: Number(row[sObj ?? -1] ?? 0),
      description: String(row[sDesc ?? -1] ?? ''),
      status: status instanceof EnumValue ? status.name : String(status ?? ''),
      errorMessage: String(row[sErr ?? -1] ?? ''),
      earliestStartMs: start instanceof ALDateTime && !start.isUndefined ? start.ms : undefined,
    });
  }
  return out;
}

export function runDueJobQueueEntries(session: Session, opts: { readonly now?: Date | number } = {}): JobQueueRun {
  const runner = session.program.codeunitsById.get(RUNNER);
  if (runner === undefined || session.tableById(JOB_QUEUE_ENTRY) === undefined) throw new Error(JOB_QUEUE_MESSAGES.notLoaded);
  const nowMs = opts.now === undefined ? session.now() : typeof opts.now === 'number' ? opts.now : opts.now.getTime();
  const before = readEntries(session);
  const due = [...before.values()].filter((e) => e.status === 'Ready' && (e.earliestStartMs === undefined || e.earliestStartMs <= nowMs)).sort((a, b) => (a.earliestStartMs ?? 0) - (b.earliestStartMs ?? 0));
  // A scheduler session starts with nothing pending: the caller's writes are committed first.
  session.db.commit();
  const savedOffset = session.clockOffsetMs;
  session.clockOffsetMs = nowMs - Date.now();
  let ran: number;
  try {
    ran = Number(session.callByName(session.instanceOf(runner), 'RunDueEntries', [ALDateTime.of(nowMs)]));
    session.db.commit();
  } finally {
    session.clockOffsetMs = savedOffset;
  }
  const after = readEntries(session);
  const entries = due.map((d): JobQueueEntryResult => {
    const a = after.get(d.id);
    if (a === undefined) return { id: d.id, objectIdToRun: d.objectIdToRun, description: d.description, status: 'Deleted', errorMessage: '', earliestStart: '' };
    return {
      id: a.id,
      objectIdToRun: a.objectIdToRun,
      description: a.description,
      status: a.status,
      errorMessage: a.errorMessage,
      earliestStart: a.earliestStartMs === undefined ? '' : new Date(a.earliestStartMs).toISOString(),
    };
  });
  return { ran, entries };
}
