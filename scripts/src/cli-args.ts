/**
 * Command-line parsing for the script CLIs, on Node's built-in `util.parseArgs` (strict: unknown options are an
 * error). Credentials are refused here on purpose: they come only from environment variables, so they never end
 * up in shell history, CI logs or process listings.
 */
import { parseArgs } from 'node:util';
import { ScriptError } from './errors';

export type OptionSpec = Readonly<Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>>;

/** Options that look like credentials, mapped to the environment variable to use instead. */
const credentialOptions: Readonly<Record<string, string>> = {
  password: 'BC_PASSWORD',
  'client-secret': 'BC_CLIENT_SECRET',
  secret: 'BC_CLIENT_SECRET',
  token: 'BC_ACCESS_TOKEN',
  'access-token': 'BC_ACCESS_TOKEN',
  'refresh-token': 'BC_REFRESH_TOKEN',
  username: 'BC_USERNAME',
  user: 'BC_USERNAME',
};

export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly positionals: readonly string[];
}

export function parseCliArgs(argv: readonly string[], options: OptionSpec, command: string): ParsedArgs {
  for (const arg of argv) {
    const name = /^--([^=]+)/.exec(arg)?.[1];
    const envName = name === undefined ? undefined : credentialOptions[name];
    if (envName !== undefined) {
      throw new ScriptError(
        'usage',
        `${command}: --${name ?? ''} is not accepted on the command line; set the environment variable ${envName} instead (credentials never go into argv or logs).`,
      );
    }
  }
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: { ...options }, strict: true, allowPositionals: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (e) {
    const text = e instanceof Error ? e.message.split('\n')[0] ?? e.message : String(e);
    throw new ScriptError('usage', `${command}: ${text}. Run with --help for the options.`);
  }
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function booleanOption(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

export function requiredOption(args: ParsedArgs, name: string, command: string, hint: string): string {
  const v = stringOption(args, name);
  if (v === undefined || v === '') throw new ScriptError('usage', `${command}: --${name} is required (${hint}).`);
  return v;
}

/** An option restricted to a fixed set of values; returns the default when absent. */
export function choiceOption<T extends string>(
  args: ParsedArgs,
  name: string,
  choices: readonly T[],
  fallback: T,
  command: string,
): T {
  const v = stringOption(args, name);
  if (v === undefined) return fallback;
  const found = choices.find((c) => c.toLowerCase() === v.toLowerCase());
  if (found === undefined) {
    throw new ScriptError('usage', `${command}: --${name} must be one of ${choices.join(', ')} (got "${v}").`);
  }
  return found;
}

export function positiveIntOption(args: ParsedArgs, name: string, fallback: number, command: string): number {
  const v = stringOption(args, name);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n <= 0) throw new ScriptError('usage', `${command}: --${name} must be a positive whole number (got "${v}").`);
  return n;
}
