/**
 * A diagnostic is data, never an exception: every tool (app.json validation, AL parser, AL checker,
 * runtime loader, scripts) reports problems in this one shape, and only a CLI's main turns them into text
 * and an exit code.
 */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  /** Path of the file as given to the tool (relative where the caller passed a relative path). */
  readonly file: string;
  /** 1-based line. */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  /** Stable identifier, e.g. AL0001 (parser), BKI1001 (app.json), AA0021 (code analysis). */
  readonly code: string;
  readonly severity: Severity;
  /** Says what is wrong, where, and what to do about it. */
  readonly message: string;
}

/** Formats a diagnostic as the AL compiler does: `file(line,col): error CODE: message`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}(${d.line},${d.column}): ${d.severity} ${d.code}: ${d.message}`;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Sorts by file, line, column, code so output is deterministic. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code),
  );
}
