/**
 * AL runtime throughput: simple statements per second on a loop-heavy codeunit, and record inserts, a filtered
 * count and CalcSums over 100,000 records (BENCH_QUICK=1: 20,000).
 */
import { parseAl } from '../syntax/src/index';
import { Program } from '../runtime/src/interp/program';
import { Session } from '../runtime/src/interp/session';

const quick = process.env['BENCH_QUICK'] === '1';
const LOOP = quick ? 2_000_000 : 10_000_000;
const RECORDS = quick ? 20_000 : 100_000;

const source = `
table 50200 "Bench Entry"
{
    fields
    {
        field(1; "Entry No."; Integer) { }
        field(2; "Customer No."; Code[20]) { }
        field(3; Amount; Decimal) { }
        field(4; Open; Boolean) { }
    }
    keys
    {
        key(PK; "Entry No.") { }
        key(Cust; "Customer No.") { SumIndexFields = Amount; }
    }
}

codeunit 50201 "Bench"
{
    procedure Loop(N: Integer): Integer
    var
        i: Integer;
        x: Integer;
    begin
        for i := 1 to N do begin
            x := x + i mod 7;
            if x > 1000000 then
                x := 0;
        end;
        exit(x);
    end;

    procedure InsertAll(N: Integer)
    var
        E: Record "Bench Entry";
        i: Integer;
    begin
        for i := 1 to N do begin
            E.Init();
            E."Entry No." := i;
            E."Customer No." := 'C' + Format(i mod 100);
            E.Amount := i * 0.01;
            E.Open := i mod 2 = 0;
            E.Insert();
        end;
    end;

    procedure InsertSimple(N: Integer)
    var
        E: Record "Bench Entry";
        i: Integer;
    begin
        for i := 1 to N do begin
            E.Init();
            E."Entry No." := N + i;
            E.Open := true;
            E.Insert();
        end;
    end;

    procedure FilterCount(): Integer
    var
        E: Record "Bench Entry";
    begin
        E.SetRange("Customer No.", 'C42');
        E.SetRange(Open, true);
        exit(E.Count());
    end;

    procedure SumAmount(): Decimal
    var
        E: Record "Bench Entry";
    begin
        E.SetFilter("Customer No.", 'C1*');
        E.CalcSums(Amount);
        exit(E.Amount);
    end;
}
`;

const parsed = parseAl(source, { fileName: 'bench.al', defines: [] });
if (parsed.diagnostics.some((d) => d.severity === 'error')) {
  console.error(parsed.diagnostics);
  process.exit(1);
}
const program = new Program([{ path: 'bench.al', node: parsed.file }]);
const session = new Session(program);
const cu = session.codeunitInstance('Bench');

/** Wall-clock and CPU time (user + system) of fn; on a shared, loaded machine the CPU figure is the steadier one. */
function time<T>(fn: () => T): { ms: number; cpuMs: number; value: T } {
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  const value = fn();
  const c = process.cpuUsage(c0);
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, cpuMs: (c.user + c.system) / 1000, value };
}

// warm-up (compiles the procedures and lets V8 optimise them)
session.callByName(cu, 'Loop', [100_000]);

const loop = time(() => session.callByName(cu, 'Loop', [LOOP]));
// per iteration: the for step, one assignment, one if (its condition)
const statements = LOOP * 3;
console.log(`AL simple statements: ${((statements / loop.ms) * 1000 / 1e6).toFixed(1)} million/s wall, ${((statements / loop.cpuMs) * 1000 / 1e6).toFixed(1)} million/s CPU (${LOOP.toLocaleString('en-US')} loop iterations in ${loop.ms.toFixed(0)} ms)`);

const ins = time(() => session.callByName(cu, 'InsertAll', [RECORDS]));
console.log(`AL record inserts (Init, 4 field assignments incl. Format and Decimal math, Insert): ${Math.round((RECORDS / ins.ms) * 1000).toLocaleString('en-US')}/s wall, ${Math.round((RECORDS / ins.cpuMs) * 1000).toLocaleString('en-US')}/s CPU (${RECORDS.toLocaleString('en-US')} records in ${ins.ms.toFixed(0)} ms)`);

const simple = time(() => session.callByName(cu, 'InsertSimple', [RECORDS]));
console.log(`AL record inserts (Init, key and one field, Insert): ${Math.round((RECORDS / simple.ms) * 1000).toLocaleString('en-US')}/s wall, ${Math.round((RECORDS / simple.cpuMs) * 1000).toLocaleString('en-US')}/s CPU`);

const cnt = time(() => session.callByName(cu, 'FilterCount', []));
console.log(`AL SetRange x2 + Count over ${(2 * RECORDS).toLocaleString('en-US')} records: ${cnt.ms.toFixed(1)} ms (count ${String(cnt.value)})`);

const sum = time(() => session.callByName(cu, 'SumAmount', []));
console.log(`AL SetFilter (wildcard) + CalcSums over ${(2 * RECORDS).toLocaleString('en-US')} records: ${sum.ms.toFixed(1)} ms (sum ${String(sum.value)})`);
