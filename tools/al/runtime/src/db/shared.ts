import { alError } from '../errors';
import type { Company, Database, Row, TableStore } from './store';

/**
 * What a Database asks of the data it shares with other sessions (set as `Database.coordinator`): may this write
 * happen (table locks), and a transaction ended (commit or full rollback: locks are released).
 */
export interface WriteCoordinator {
  /** Called after a row changed and before the write is logged; on a conflict it undoes the change and throws. */
  beforeLog(db: Database, store: TableStore, pk: string, old: Row | undefined): void;
  /** A read with UPDLOCK (LockTable, ReadIsolation := UpdLock): takes the table lock or meets another session's. */
  lockRead(db: Database, store: TableStore): void;
  afterCommit(db: Database): void;
  afterRollback(db: Database): void;
}

/** Text of Business Central's lock-timeout error (a writer waited for another session's transaction too long). */
export function lockTimeoutMessage(tableCaption: string): string {
  return `We can't save your changes right now, because a record in table '${tableCaption}' is being updated in a transaction done by another session. You'll need to wait until the other transaction has completed, which may take several minutes. Wait until the other transaction has completed, and then try again.`;
}

/**
 * Thrown instead of the lock-timeout error when the waiting policy says "wait": it is not an AL error, so no
 * Codeunit.Run or TryFunction catches it; the scheduler that runs the waiting session rolls it back and starts it
 * again once the lock holder's transaction has ended (models a session that waits on the lock).
 */
export class LockWait extends Error {
  constructor(
    readonly tableCaption: string,
    readonly waiter: Database,
    readonly holder: Database,
  ) {
    super(`waiting for the lock on table '${tableCaption}'`);
    this.name = 'LockWait';
  }
}

/** What a session that hits another session's lock does. */
export type LockPolicy = 'timeout' | 'wait';

/**
 * Data shared by several sessions, each with its own Database (own write log = own transaction), as Business
 * Central's sessions share one SQL database. The runtime is single-threaded: a scheduler runs one session inside a
 * commit point or event of another (see test/reliability), so a lock holder cannot move on while another session
 * waits for it. The model is deliberately simple and pessimistic:
 * - reads see every row, committed or not (BC's default for reads without locks is READUNCOMMITTED);
 * - a write locks its table for the writing session until its transaction ends (commit, or rollback of the whole
 *   transaction); BC locks rows and ranges, so this model reports a conflict in some cases where BC would not;
 * - so does a read with UPDLOCK (LockTable, or ReadIsolation := UpdLock on the record), as in BC;
 * - a write to a table another session holds locked fails with BC's lock-timeout error (policy "timeout"), or
 *   throws LockWait (policy "wait") so the scheduler can run the waiter again after the holder's transaction.
 * Databases that never join shared data keep `coordinator` undefined and pay one check per write.
 */
export class SharedData implements WriteCoordinator {
  private companies = new Map<string, Company>();
  private readonly lockOwner = new Map<TableStore, Database>();
  private readonly members: Database[] = [];
  /** Per-session policy when that session hits another session's lock (default "timeout"). */
  readonly policies = new Map<Database, LockPolicy>();
  /** Commit points: called after every commit of a member (the scheduler switches sessions here); `wrote` = it saved writes. */
  onCommit: ((db: Database, wrote: boolean) => void) | undefined = undefined;
  /** Members with writes since their last commit. */
  private readonly writing = new Set<Database>();
  /** Conflicts seen so far: [waiting session index, holding session index, table caption]. */
  readonly conflicts: { waiter: number; holder: number; table: string; policy: LockPolicy }[] = [];

  /**
   * Makes `db` use the shared data. The database must not have uncommitted writes; rows it already holds are
   * dropped (join before loading data, or load the data through one member).
   */
  join(db: Database): void {
    if (db.pendingWrites > 0) throw new Error('A database with uncommitted writes cannot join shared data.');
    db.companies = this.companies;
    db.coordinator = this;
    db.generation++;
    db.company();
    this.members.push(db);
  }

  /** Makes the rows `db` holds the shared data (the first member keeps its data; others then join). */
  adopt(db: Database): void {
    if (this.members.length > 0) throw new Error('Only the first session can bring its data into shared data.');
    if (db.pendingWrites > 0) throw new Error('A database with uncommitted writes cannot share its data.');
    this.companies = db.companies;
    db.coordinator = this;
    this.members.push(db);
  }

  /** The session index (order of join) of a member, -1 for others. */
  indexOf(db: Database): number {
    return this.members.indexOf(db);
  }

  /** The member holding the lock of a table, if any. */
  holderOf(store: TableStore): Database | undefined {
    return this.lockOwner.get(store);
  }

  /** Tables a member holds locked (captions), for assertions. */
  locksOf(db: Database): string[] {
    return [...this.lockOwner].filter(([, d]) => d === db).map(([s]) => s.table.caption);
  }

  beforeLog(db: Database, store: TableStore, pk: string, old: Row | undefined): void {
    const holder = this.lockOwner.get(store);
    if (holder === undefined) {
      this.lockOwner.set(store, db);
      this.writing.add(db);
      return;
    }
    if (holder === db) return;
    // Undo the change the record operation already made to the shared rows (it is not in any write log).
    if (old === undefined) store.rows.delete(pk);
    else store.rows.set(pk, old);
    store.version++;
    this.conflict(db, holder, store);
  }

  lockRead(db: Database, store: TableStore): void {
    const holder = this.lockOwner.get(store);
    if (holder === undefined) {
      // Held until the transaction ends, like a write lock; a read lock alone is not a write (no "wrote" commit).
      this.lockOwner.set(store, db);
      return;
    }
    if (holder !== db) this.conflict(db, holder, store);
  }

  private conflict(db: Database, holder: Database, store: TableStore): never {
    const policy = this.policies.get(db) ?? 'timeout';
    this.conflicts.push({ waiter: this.indexOf(db), holder: this.indexOf(holder), table: store.table.caption, policy });
    if (policy === 'wait') throw new LockWait(store.table.caption, db, holder);
    throw alError(lockTimeoutMessage(store.table.caption));
  }

  afterCommit(db: Database): void {
    const wrote = this.writing.delete(db);
    this.release(db);
    this.onCommit?.(db, wrote);
  }

  afterRollback(db: Database): void {
    this.writing.delete(db);
    this.release(db);
  }

  private release(db: Database): void {
    for (const [store, owner] of this.lockOwner) if (owner === db) this.lockOwner.delete(store);
  }
}
