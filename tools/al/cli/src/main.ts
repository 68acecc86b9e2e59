import type { CommandIo } from './command';
import { UsageError } from './command';
import { commands } from './registry';

/** Runs `al <command> [args...]`; returns the process exit code. Exceptions stop here. */
export async function runCli(argv: readonly string[], io: CommandIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    const topic = rest[0];
    const cmd = topic !== undefined ? commands.find((c) => c.name === topic) : undefined;
    if (cmd) io.out(`${cmd.usage}\n`);
    else {
      io.out('Usage: npm run al -- <command> [options]\n\nCommands:\n');
      for (const c of commands) io.out(`  ${c.name.padEnd(10)} ${c.summary}\n`);
    }
    return name === undefined ? 2 : 0;
  }
  const cmd = commands.find((c) => c.name === name);
  if (!cmd) {
    io.err(`Unknown command '${name}'. Run 'npm run al -- help' to list the commands.\n`);
    return 2;
  }
  try {
    return await cmd.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`${e.message}\n${cmd.usage}\n`);
      return 2;
    }
    const message = e instanceof Error ? e.message : String(e);
    io.err(`al ${name}: ${message}\n`);
    if (process.env['AL_DEBUG'] && e instanceof Error && e.stack) io.err(`${e.stack}\n`);
    return 1;
  }
}

if (require.main === module) {
  const io: CommandIo = {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    // npm runs scripts from the package root; INIT_CWD is where the user typed the command
    cwd: process.env['INIT_CWD'] ?? process.cwd(),
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`al: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
