import { strict as assert } from 'node:assert';
import { parseAl } from '../../syntax/src/index';
import { Program } from '../src/interp/program';
import { Session } from '../src/interp/session';
import { CodeunitV } from '../src/interp/instances';
import { compileFilter, rangeFilter } from '../src/filter/filter';
import { keySeek, prefixSlice, seekPrefix } from '../src/db/keyRange';
import { T } from '../src/values/types';
import { mulberry32 } from '../../../common/src/mulberry32';

/**
 * Filtered reads seek the sorted view to the slice of the filtered key prefix (db/keyRange.ts). These tests run the
 * same AL reads and writes on two sessions with the same data, one with the seek and one without (a full scan, the
 * path every read took before), and require identical results; SetRange-only views are also checked against a
 * brute-force filter and sort in TypeScript.
 */

const SOURCE = `
table 50300 "Seek Entry"
{
    fields
    {
        field(1; "Business ID"; Code[20]) { }
        field(2; "Appointment ID"; Text[50]) { }
        field(3; "Line No."; Integer) { }
        field(4; Name; Text[30]) { }
        field(5; Amount; Decimal) { }
        field(6; Kind; Option) { OptionMembers = A,B,C; }
        field(7; "Posting Date"; Date) { }
    }
    keys
    {
        key(PK; "Business ID", "Appointment ID", "Line No.") { Clustered = true; }
        key(ByName; Name, "Line No.") { }
        key(ByKind; Kind, "Posting Date", Amount) { }
        key(ByAppt; "Appointment ID", "Business ID") { }
    }
}

codeunit 50301 "Seek Probe"
{
    var
        E: Record "Seek Entry";

    procedure Add(B: Code[20]; A: Text[50]; L: Integer; N: Text[30]; Cents: Integer; K: Integer; D: Integer)
    var
        R: Record "Seek Entry";
    begin
        R.Init();
        R."Business ID" := B;
        R."Appointment ID" := A;
        R."Line No." := L;
        R.Name := N;
        R.Amount := Cents / 100;
        R.Kind := K;
        R."Posting Date" := DMY2Date(1 + D, 1, 2026);
        if R.Insert() then;
    end;

    procedure ResetView()
    begin
        E.Reset();
    end;

    procedure UseKey(K: Integer; Descending: Boolean)
    begin
        case K of
            0:
                E.SetCurrentKey("Business ID", "Appointment ID", "Line No.");
            1:
                E.SetCurrentKey(Name, "Line No.");
            2:
                E.SetCurrentKey(Kind, "Posting Date", Amount);
            3:
                E.SetCurrentKey("Appointment ID", "Business ID");
        end;
        E.Ascending(not Descending);
    end;

    procedure Group(G: Integer)
    begin
        E.FilterGroup(G);
    end;

    procedure RangeBusiness(V: Code[20]) begin E.SetRange("Business ID", V); end;
    procedure FilterBusiness(F: Text) begin E.SetFilter("Business ID", F); end;
    procedure RangeAppt(V: Text[50]) begin E.SetRange("Appointment ID", V); end;
    procedure FilterAppt(F: Text) begin E.SetFilter("Appointment ID", F); end;
    procedure RangeLine(FromL: Integer; ToL: Integer) begin E.SetRange("Line No.", FromL, ToL); end;
    procedure FilterLine(F: Text) begin E.SetFilter("Line No.", F); end;
    procedure RangeName(V: Text[30]) begin E.SetRange(Name, V); end;
    procedure FilterName(F: Text) begin E.SetFilter(Name, F); end;
    procedure RangeKind(K: Integer) begin E.SetRange(Kind, K); end;

    procedure MarkEvery(N: Integer)
    var
        R: Record "Seek Entry";
    begin
        if R.FindSet() then
            repeat
                if R."Line No." mod N = 0 then
                    if E.Get(R."Business ID", R."Appointment ID", R."Line No.") then
                        E.Mark(true);
            until R.Next() = 0;
    end;

    procedure OnlyMarked()
    begin
        E.MarkedOnly(true);
    end;

    local procedure Id(): Text
    begin
        exit('[' + E."Business ID" + '|' + E."Appointment ID" + '|' + Format(E."Line No.") + ']');
    end;

    local procedure Probe(B: Code[20]; A: Text[50]; L: Integer)
    begin
        if not E.Get(B, A, L) then;
    end;

    procedure Trace(B: Code[20]; A: Text[50]; L: Integer): Text
    var
        T: Text;
        Steps: Integer;
    begin
        T := 'count=' + Format(E.Count()) + ' empty=' + Format(E.IsEmpty());
        T += ' set:';
        if E.FindSet() then
            repeat
                T += Id();
            until E.Next() = 0;
        T += ' after:' + Format(E.Next()) + Id() + Format(E.Next(2)) + Id();
        T += ' last:';
        if E.FindLast() then
            repeat
                T += Id();
            until E.Next(-1) = 0;
        T += ' before:' + Format(E.Next(-1)) + Id();
        T += ' steps:';
        if E.Find('-') then
            repeat
                Steps := E.Next(3);
                T += Format(Steps) + Id();
            until Steps < 3;
        Probe(B, A, L);
        T += ' gt:';
        if E.Find('>') then T += Id() else T += '-';
        Probe(B, A, L);
        T += ' lt:';
        if E.Find('<') then T += Id() else T += '-';
        Probe(B, A, L);
        T += ' eq:';
        if E.Find('=') then T += Id() else T += '-';
        Probe(B, A, L);
        T += ' eqgt:';
        if E.Find('=>') then T += Id() else T += '-';
        Probe(B, A, L);
        T += ' next:' + Format(E.Next()) + Id();
        Probe(B, A, L);
        T += ' prev:' + Format(E.Next(-2)) + Id();
        T += ' plus:';
        if E.Find('+') then T += Id() else T += '-';
        E.CalcSums(Amount);
        T += ' sum=' + Format(E.Amount);
        exit(T);
    end;

    procedure ModifyLoop(NewName: Text[30]; Cents: Integer): Text
    var
        T: Text;
        n: Integer;
    begin
        if E.FindSet() then
            repeat
                T += Id();
                E.Name := NewName;
                E.Amount := E.Amount + Cents / 100;
                E.Modify();
                n += 1;
            until (E.Next() = 0) or (n > 2000);
        exit(T);
    end;

    procedure AddAndRead(B: Code[20]; A: Text[50]; L: Integer; N: Text[30]; K: Integer; Remove: Boolean): Text
    var
        R: Record "Seek Entry";
        T: Text;
    begin
        // reads through E, a write through another variable, reads through E again
        T := Format(E.Count());
        if E.FindFirst() then T += Id();
        if Remove then begin
            if R.Get(B, A, L) then
                R.Delete();
        end else
            Add(B, A, L, N, 100, K, 1);
        T += ' ' + Format(E.Count()) + ' ' + Format(E.IsEmpty());
        if E.FindLast() then T += Id();
        if E.FindSet() then
            repeat
                T += Id();
            until E.Next() = 0;
        exit(T);
    end;

    procedure ModifyAllAmount(Cents: Integer)
    begin
        E.ModifyAll(Amount, Cents / 100);
    end;

    procedure DeleteView()
    begin
        E.DeleteAll();
    end;

    procedure Dump(): Text
    var
        R: Record "Seek Entry";
        T: Text;
        K: Integer;
    begin
        if R.FindSet() then
            repeat
                K := R.Kind;
                T += R."Business ID" + ';' + R."Appointment ID" + ';' + Format(R."Line No.") + ';' + R.Name + ';' +
                    Format(K) + ';' + Format(R."Posting Date" - DMY2Date(1, 1, 2026)) + ';' + Format(Round(R.Amount * 100, 1), 0, 9) + '~';
            until R.Next() = 0;
        exit(T);
    end;
}
`;

const rng = mulberry32;

const BUSINESSES = ['B1', 'B2', 'B3', 'B10'];
const APPTS = ['Appt-1', 'appt-1', 'APPT-2', 'Appt-3', 'a*1', 'Z'];
const NAMES = ['alpha', 'Alpha', 'beta', 'Beta', 'gamma', ''];

/** One filter a view sets: a procedure of the probe codeunit and its arguments, or a filter-group switch. */
interface Step {
  readonly proc: string;
  readonly args: unknown[];
}

/** A SetRange the brute force can check: field index in a dumped row and the inclusive bounds. */
interface Bound {
  readonly field: number;
  readonly from: string | number;
  readonly to: string | number;
}

interface View {
  readonly key: number;
  readonly descending: boolean;
  readonly steps: Step[];
  /** Only set when every filter is a SetRange (no SetFilter, no marks), so the brute force can check the view. */
  readonly bounds: Bound[] | undefined;
}

type Rand = () => number;
const pick = <V>(r: Rand, xs: readonly V[]): V => {
  const v = xs[Math.floor(r() * xs.length)];
  if (v === undefined) throw new Error('pick from an empty list');
  return v;
};

/** Fields in key order, per key number of the AL table (the leading ones are the interesting ones for the seek). */
const KEY_FIELDS: readonly (readonly string[])[] = [
  ['business', 'appt', 'line'],
  ['name', 'line'],
  ['kind'],
  ['appt', 'business'],
];

/** Filters by filter group and field: a SetRange replaces the filter its group already has on the field. */
type Bounds = Map<string, Bound>;

function filterStep(r: Rand, field: string, group: number, all: Bounds, plain: { ok: boolean }): Step {
  const bounds = { push: (b: Bound): void => void all.set(`${group}:${b.field}`, b) };
  const range = r() < 0.65;
  if (!range) plain.ok = false;
  switch (field) {
    case 'business': {
      const v = pick(r, [...BUSINESSES, 'b2', 'b10', 'B4']);
      if (range) bounds.push({ field: 0, from: v.toUpperCase(), to: v.toUpperCase() });
      return range ? { proc: 'RangeBusiness', args: [v] } : { proc: 'FilterBusiness', args: [pick(r, ['B1', '=b2', "'B3'", 'B*', 'B1|B2', 'B1..B2', '<>B1', 'b10', '=', "''"])] };
    }
    case 'appt': {
      const v = pick(r, [...APPTS, 'APPT-1', 'missing']);
      if (range) bounds.push({ field: 1, from: v, to: v });
      return range ? { proc: 'RangeAppt', args: [v] } : { proc: 'FilterAppt', args: [pick(r, ['Appt-1', '=appt-1', "'a*1'", 'a*1', '@appt-1', 'Appt-1..Appt-3', '<>Z', 'APPT-2|Z', '= Appt-3'])] };
    }
    case 'line': {
      const from = 1 + Math.floor(r() * 40);
      const to = r() < 0.6 ? from : from + Math.floor(r() * 5);
      if (range) bounds.push({ field: 2, from, to });
      return range ? { proc: 'RangeLine', args: [from, to] } : { proc: 'FilterLine', args: [pick(r, ['5', '=7', '3..9', '>10', '<>4', '2|6'])] };
    }
    case 'name': {
      const v = pick(r, [...NAMES, 'ALPHA']);
      if (range) bounds.push({ field: 3, from: v, to: v });
      return range ? { proc: 'RangeName', args: [v] } : { proc: 'FilterName', args: [pick(r, ['alpha', '@alpha', 'Beta', "''", '=gamma', 'a*', '=', 'Alpha|beta'])] };
    }
    default: {
      const k = Math.floor(r() * 3);
      bounds.push({ field: 4, from: k, to: k });
      return { proc: 'RangeKind', args: [k] };
    }
  }
}

/** A random view: a key and order, filters mostly on the key's leading fields (some in other filter groups), marks. */
function randomView(r: Rand): View {
  const key = Math.floor(r() * KEY_FIELDS.length);
  const descending = r() < 0.4;
  const steps: Step[] = [{ proc: 'UseKey', args: [key, descending] }];
  const bounds: Bounds = new Map();
  const plain = { ok: true };
  const chance = [0.85, 0.6, 0.4];
  (KEY_FIELDS[key] ?? []).forEach((field, i) => {
    if (r() >= (chance[i] ?? 0.3)) return;
    const group = r() < 0.25 ? pick(r, [2, 4, 10, -1]) : 0;
    // group -1 (BC: ORed across fields) is compared with the full scan only, not with the AND brute force
    if (group === -1) plain.ok = false;
    if (group !== 0) steps.push({ proc: 'Group', args: [group] });
    steps.push(filterStep(r, field, group, bounds, plain));
    if (group !== 0) steps.push({ proc: 'Group', args: [0] });
  });
  if (r() < 0.3) steps.push(filterStep(r, pick(r, ['business', 'appt', 'line', 'name', 'kind']), 0, bounds, plain));
  if (r() < 0.1) {
    // the same field filtered in two groups: both apply
    steps.push({ proc: 'Group', args: [2] }, filterStep(r, KEY_FIELDS[key]?.[0] ?? 'line', 2, bounds, plain), { proc: 'Group', args: [0] });
  }
  if (r() < 0.15) {
    plain.ok = false;
    steps.push({ proc: 'MarkEvery', args: [pick(r, [2, 3])] });
    if (r() < 0.8) steps.push({ proc: 'OnlyMarked', args: [] });
  }
  return { key, descending, steps, bounds: plain.ok ? [...bounds.values()] : undefined };
}

/** Two sessions with the same program and data: one reads with the seek, the other with a full scan. */
class Pair {
  private readonly sessions: [Session, Session];
  private readonly probes: [CodeunitV, CodeunitV];
  constructor(program: Program) {
    const a = new Session(program);
    const b = new Session(program);
    this.sessions = [a, b];
    this.probes = [a.codeunitInstance('Seek Probe'), b.codeunitInstance('Seek Probe')];
  }

  /** Calls the procedure on both sessions; returns the seek result after checking it equals the full-scan one. */
  call(proc: string, args: unknown[], what: string): unknown {
    const out: unknown[] = [];
    for (const i of [0, 1] as const) {
      keySeek.enabled = i === 0;
      try {
        const s = this.sessions[i];
        out.push(s.callByName(this.probes[i], proc, args));
      } finally {
        keySeek.enabled = true;
      }
    }
    assert.equal(out[0], out[1], `${what}: ${proc}(${args.map((x) => JSON.stringify(x)).join(', ')}) differs with and without the key seek`);
    return out[0];
  }
}

function fill(pair: Pair, r: Rand, rows: number): void {
  for (let i = 0; i < rows; i++) {
    const line = 1 + Math.floor(r() * 40);
    pair.call('Add', [pick(r, BUSINESSES), pick(r, APPTS), line, pick(r, NAMES), Math.floor(r() * 5000), Math.floor(r() * 3), Math.floor(r() * 9)], 'insert');
  }
}

function applyView(pair: Pair, v: View, what: string): void {
  pair.call('ResetView', [], what);
  for (const s of v.steps) pair.call(s.proc, s.args, what);
}

type Dumped = [string, string, number, string, number, number, number];

function dump(pair: Pair): Dumped[] {
  const text = String(pair.call('Dump', [], 'dump'));
  return text
    .split('~')
    .filter((l) => l !== '')
    .map((l) => {
      const [b = '', a = '', line = '0', name = '', kind = '0', day = '0', cents = '0'] = l.split(';');
      return [b, a, Number(line), name, Number(kind), Number(day), Number(cents)];
    });
}

const cmp = (x: string | number, y: string | number): number => (x < y ? -1 : x > y ? 1 : 0);
/** Dumped-row columns each key sorts on, the primary key appended as BC does. */
const SORT_COLUMNS: readonly (readonly number[])[] = [
  [0, 1, 2],
  [3, 2, 0, 1],
  [4, 5, 6, 0, 1, 2],
  [1, 0, 2],
];

/** What the AL trace's "count" and "set" parts must show for a SetRange-only view, computed by brute force. */
function expected(rows: readonly Dumped[], v: View, bounds: readonly Bound[]): string {
  const inRange = (row: Dumped): boolean => bounds.every((b) => cmp(row[b.field] ?? '', b.from) >= 0 && cmp(row[b.field] ?? '', b.to) <= 0);
  const cols = SORT_COLUMNS[v.key] ?? [];
  const order = (x: Dumped, y: Dumped): number => {
    for (const c of cols) {
      const d = cmp(x[c] ?? '', y[c] ?? '');
      if (d !== 0) return d;
    }
    return 0;
  };
  const hits = rows.filter(inRange).sort(order);
  if (v.descending) hits.reverse();
  return `count=${hits.length} empty=${hits.length === 0 ? 'Yes' : 'No'} set:${hits.map((h) => `[${h[0]}|${h[1]}|${h[2]}]`).join('')} after:`;
}

function compile(): Program {
  const parsed = parseAl(SOURCE, { fileName: 'keySeek.al', defines: [] });
  const errors = parsed.diagnostics.filter((d) => d.severity === 'error');
  assert.deepEqual(errors, []);
  return new Program([{ path: 'keySeek.al', node: parsed.file }]);
}

describe('key seek: filtered reads on the sorted view slice', () => {
  const program = compile();

  it('marks single-value filters (SetRange, plain or = values) and only those', () => {
    assert.deepEqual(rangeFilter('B1', 'B1', false, T.Code).exact, { value: 'B1' });
    assert.deepEqual(rangeFilter(3, 3, true, T.Integer).exact, { value: 3 });
    assert.equal(rangeFilter(3, 4, true, T.Integer).exact, undefined);
    assert.deepEqual(compileFilter('b2', [], { kind: 'Code', length: 20 }).exact, { value: 'B2' });
    assert.deepEqual(compileFilter('=Appt-1', [], T.Text).exact, { value: 'Appt-1' });
    assert.deepEqual(compileFilter("'a*1'", [], T.Text).exact, { value: 'a*1' });
    assert.deepEqual(compileFilter('%1', ['x|y'], T.Text).exact, { value: 'x|y' });
    assert.deepEqual(compileFilter('7', [], T.Integer).exact, { value: 7 });
    for (const f of ['a*1', '@abc', 'a..b', '<>a', 'a|b', '>a', 'a&b', '(a)', '=a*']) assert.equal(compileFilter(f, [], T.Text).exact, undefined, f);
  });

  it('seeks only on the leading sort fields that have a single-value filter', () => {
    const exact = (slot: number, value: unknown): { slot: number; test: (v: unknown) => boolean; exact: { value: unknown } } => ({ slot, test: () => true, exact: { value } });
    const other = { slot: 1, test: () => true, exact: undefined };
    assert.deepEqual(seekPrefix([0, 1, 2], [exact(2, 5), exact(0, 'A')]), ['A']);
    assert.deepEqual(seekPrefix([0, 1, 2], [exact(2, 5), other, exact(0, 'A'), exact(1, 'x')]), ['A', 'x', 5]);
    assert.deepEqual(seekPrefix([1, 0], [exact(0, 'A')]), []);
    const rows = [
      ['A', 1],
      ['A', 2],
      ['B', 1],
      ['B', 1],
      ['B', 3],
      ['C', 0],
    ];
    assert.deepEqual(prefixSlice(rows, [0, 1], ['B']), { from: 2, to: 5 });
    assert.deepEqual(prefixSlice(rows, [0, 1], ['B', 1]), { from: 2, to: 4 });
    assert.deepEqual(prefixSlice(rows, [0, 1], ['AA']), { from: 2, to: 2 });
    assert.deepEqual(prefixSlice(rows, [0, 1], ['D']), { from: 6, to: 6 });
    assert.deepEqual(prefixSlice(rows, [0, 1], []), { from: 0, to: 6 });
  });

  it('reads the same rows with and without the seek (random views, fixed seed), and SetRange views match a brute force', () => {
    const r = rng(20261125);
    const pair = new Pair(program);
    fill(pair, r, 600);
    const rows = dump(pair);
    assert.ok(rows.length > 300, `expected a few hundred rows, got ${rows.length}`);
    let checked = 0;
    for (let q = 0; q < 250; q++) {
      const v = randomView(r);
      const what = `view ${q} (key ${v.key}${v.descending ? ' desc' : ''})`;
      applyView(pair, v, what);
      const probe = r() < 0.7 ? rows[Math.floor(r() * rows.length)] : undefined;
      const trace = String(pair.call('Trace', probe === undefined ? ['B2', 'Appt-2', 7] : [probe[0], probe[1], probe[2]], what));
      if (v.bounds !== undefined) {
        const want = expected(rows, v, v.bounds);
        assert.equal(trace.slice(0, want.length), want, `${what}: ${JSON.stringify(v.steps)}`);
        checked++;
      }
    }
    assert.ok(checked > 50, `brute force checked only ${checked} views`);
  });

  it('writes through filtered views the same way: Modify of key fields inside FindSet, ModifyAll, DeleteAll', () => {
    const r = rng(7);
    const pair = new Pair(program);
    fill(pair, r, 400);
    for (let q = 0; q < 60; q++) {
      const v = randomView(r);
      const what = `write ${q} (key ${v.key}${v.descending ? ' desc' : ''})`;
      applyView(pair, v, what);
      const op = Math.floor(r() * 4);
      if (op === 0) pair.call('ModifyLoop', [pick(r, NAMES), 1 + Math.floor(r() * 100)], what);
      else if (op === 1) pair.call('ModifyAllAmount', [Math.floor(r() * 1000)], what);
      else if (op === 2 && r() < 0.5) pair.call('DeleteView', [], what);
      else fill(pair, r, 20);
      for (let k = 0; k < 4; k++) {
        const args = [pick(r, BUSINESSES), pick(r, APPTS), 1 + Math.floor(r() * 40), pick(r, NAMES), Math.floor(r() * 3), r() < 0.4];
        pair.call('AddAndRead', args, what);
      }
      applyView(pair, v, what);
      pair.call('Trace', ['B1', 'Appt-1', 3], what);
    }
    assert.ok(dump(pair).length > 0, 'the writes left some rows');
  });
});
