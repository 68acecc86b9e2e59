import { strict as assert } from 'node:assert';
import { TableMeta } from '../src/db/meta';
import { Rec, RecordEnv } from '../src/db/record';
import { Database } from '../src/db/store';
import { ALDate } from '../src/values/dates';
import { Dec } from '../src/values/decimal';
import { T } from '../src/values/types';

function setup(): { env: RecordEnv; meta: TableMeta } {
  const meta = new TableMeta(1, 'Item');
  meta.addField({ no: 1, name: 'No.', caption: 'No.', type: { kind: 'Code', length: 20 }, fieldClass: 'Normal', autoIncrement: false, notBlank: false, validateTableRelation: true });
  meta.addField({ no: 2, name: 'Price', caption: 'Price', type: T.Decimal, fieldClass: 'Normal', autoIncrement: false, notBlank: false, validateTableRelation: true });
  meta.keys.push({ name: 'PK', slots: [0], sumIndexFields: [] });
  meta.keys.push({ name: 'Price', slots: [1], sumIndexFields: [] });
  const db = new Database();
  const env: RecordEnv = { db, table: () => meta, tableById: () => meta, workDate: () => ALDate.UNDEFINED };
  return { env, meta };
}

function insert(env: RecordEnv, meta: TableMeta, no: string, price: string): void {
  const r = new Rec(meta, env, false);
  r.data[0] = no;
  r.data[1] = Dec.parse(price);
  r.insertOrFail(false);
}

describe('in-memory database', () => {
  it('keeps records sorted by the current key and walks them with Next', () => {
    const { env, meta } = setup();
    insert(env, meta, 'B', '3');
    insert(env, meta, 'A', '5');
    insert(env, meta, 'C', '1');
    const r = new Rec(meta, env, false);
    const seen: string[] = [];
    if (r.find('-')) do seen.push(String(r.data[0])); while (r.next() !== 0);
    assert.deepEqual(seen, ['A', 'B', 'C']);
    r.setCurrentKey([1]);
    seen.length = 0;
    if (r.find('-')) do seen.push(String(r.data[0])); while (r.next() !== 0);
    assert.deepEqual(seen, ['C', 'B', 'A']);
  });

  it('rolls back to a savepoint and to the last commit', () => {
    const { env, meta } = setup();
    insert(env, meta, 'A', '1');
    env.db.commit();
    const sp = env.db.savepoint();
    insert(env, meta, 'B', '1');
    const r = new Rec(meta, env, false);
    r.get(['A']);
    r.data[1] = Dec.parse('9');
    r.modifyOrFail(false);
    env.db.rollback(sp);
    assert.equal(r.count(), 1);
    r.get(['A']);
    assert.equal(String(r.data[1]), '1');
  });

  it('snapshot/restore undoes committed work (test isolation)', () => {
    const { env, meta } = setup();
    const snap = env.db.snapshot();
    insert(env, meta, 'A', '1');
    env.db.commit();
    env.db.restore(snap);
    assert.equal(new Rec(meta, env, false).count(), 0);
  });

  it('temporary records do not touch the database or the write log', () => {
    const { env, meta } = setup();
    const t = new Rec(meta, env, true);
    t.data[0] = 'T';
    t.insertOrFail(false);
    assert.equal(env.db.pendingWrites, 0);
    assert.equal(new Rec(meta, env, false).count(), 0);
  });

  it('filters combine across filter groups', () => {
    const { env, meta } = setup();
    for (let i = 1; i <= 9; i++) insert(env, meta, `I${i}`, String(i));
    const r = new Rec(meta, env, false);
    const price = meta.fields[1];
    assert.ok(price);
    r.setFilter(price, '>3', []);
    r.filterGroup = 2;
    r.setFilter(price, '<7', []);
    assert.equal(r.count(), 3);
    r.calcSums([1]);
    assert.equal(String(r.data[1]), '15');
  });
});
