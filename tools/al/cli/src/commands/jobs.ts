import { loadProgram } from '../../../runtime/src/runner/load';
import { Session } from '../../../runtime/src/interp/session';
import { runDueJobQueueEntries, type JobQueueEntryResult } from '../../../runtime/src/jobs/runDueJobQueueEntries';
import { UsageError, type Command, type CommandIo } from '../command';
import { PreprocessorSymbols } from '../files';

interface JobsArgs {
  readonly json: boolean;
  readonly at: number | undefined;
  readonly init: string[];
  readonly inputs: string[];
}

function parseArgs(args: readonly string[]): JobsArgs {
  let json = false;
  let at: number | undefined;
  const init: string[] = [];
  const inputs: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '--json') json = true;
    else if (a === '--at') {
      const v = args[++i];
      const ms = v === undefined ? NaN : Date.parse(v);
      if (Number.isNaN(ms)) throw new UsageError("'--at' needs a date-time, e.g. --at 2026-03-01T09:00:00Z.");
      at = ms;
    } else if (a === '--init') {
      const v = args[++i];
      if (v === undefined) throw new UsageError("'--init' needs a codeunit name or ID whose OnRun creates the data.");
      init.push(v);
    } else if (a.startsWith('-')) throw new UsageError(`Unknown option '${a}'.`);
    else inputs.push(a);
  }
  if (inputs.length === 0) throw new UsageError('Give at least one app folder (or .al file).');
  return { json, at, init, inputs };
}

function line(e: JobQueueEntryResult): string {
  const next = e.earliestStart === '' || e.status !== 'Ready' ? '' : `, next start ${e.earliestStart}`;
  const err = e.errorMessage === '' ? '' : `: ${e.errorMessage}`;
  return `${e.status.padEnd(8)} ${e.description || e.id} (codeunit ${e.objectIdToRun}${next})${err}`;
}

export const jobsCommand: Command = {
  name: 'jobs',
  summary: 'Run the due job queue entries (Ready, earliest start passed) in the AL runtime',
  usage:
    'Usage: npm run al -- jobs [--at DATETIME] [--init CODEUNIT]... [--json] <app-dir>...\n' +
    '  Loads the apps on top of the built-in objects, runs each --init codeunit (its OnRun creates the data, e.g.\n' +
    '  job queue entries), then runs every "Job Queue Entry" that is Ready and due at --at (default: now) through\n' +
    '  codeunit "Job Queue Dispatcher". Prints one line per entry. Exit code 1 when an entry ends in Error.',
  run(args: readonly string[], io: CommandIo): number {
    const opts = parseArgs(args);
    const symbols = new PreprocessorSymbols(io.cwd);
    const loaded = loadProgram(opts.inputs, { cwd: io.cwd, definesFor: (f) => symbols.forFile(f) });
    for (const w of loaded.warnings) io.err(`warning: ${w}\n`);
    if (loaded.errors.length > 0) {
      for (const e of loaded.errors) io.err(`${e}\n`);
      io.err(`al jobs: ${loaded.errors.length} file problem(s); no job was run.\n`);
      return 1;
    }
    const session = new Session(loaded.program);
    for (const name of opts.init) {
      const info = /^\d+$/.test(name) ? loaded.program.codeunitsById.get(Number(name)) : loaded.program.codeunits.get(name.toLowerCase());
      if (info === undefined) throw new UsageError(`--init: codeunit '${name}' is not loaded.`);
      session.runCodeunit(session.instanceOf(info), undefined, false);
    }
    const run = runDueJobQueueEntries(session, opts.at === undefined ? {} : { now: opts.at });
    if (opts.json) io.out(`${JSON.stringify(run, null, 2)}\n`);
    else {
      for (const e of run.entries) io.out(`${line(e)}\n`);
      io.out(`al jobs: ran ${run.ran} job queue entr${run.ran === 1 ? 'y' : 'ies'}.\n`);
    }
    return run.entries.some((e) => e.status === 'Error') ? 1 : 0;
  },
};
