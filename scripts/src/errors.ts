/**
 * The one error type the scripts throw. Library code throws it with a message that says what is wrong, where,
 * and what to do; only a CLI's `main` turns it into one line of output and an exit code.
 */
export type ScriptErrorKind =
  | 'usage' // wrong or missing command-line arguments
  | 'config' // missing environment variable, file, tool
  | 'auth' // the server refused the credentials
  | 'server' // the server answered with an error
  | 'network' // the server could not be reached
  | 'tool' // an external tool (pwsh, alc, npm) failed
  | 'tests'; // BC tests ran and some failed

/** Exit codes per kind, so CI can tell a usage mistake from a failed deployment. */
const exitCodes: Readonly<Record<ScriptErrorKind, number>> = {
  usage: 2,
  config: 3,
  auth: 4,
  server: 5,
  network: 6,
  tool: 7,
  tests: 1,
};

export class ScriptError extends Error {
  readonly kind: ScriptErrorKind;
  /** Extra lines (e.g. compiler messages from a 422 body) printed after the one-line cause. */
  readonly details: readonly string[];

  constructor(kind: ScriptErrorKind, message: string, details: readonly string[] = []) {
    super(message);
    this.name = 'ScriptError';
    this.kind = kind;
    this.details = details;
  }

  get exitCode(): number {
    return exitCodes[this.kind];
  }
}

export function isScriptError(e: unknown): e is ScriptError {
  return e instanceof ScriptError;
}

/** Text of any thrown value, for wrapping unexpected errors. */
export function errorText(e: unknown): string {
  if (e instanceof Error) {
    const cause = (e as { cause?: unknown }).cause;
    const causeText = cause instanceof Error ? `: ${cause.message}` : '';
    return `${e.message}${causeText}`;
  }
  return String(e);
}
