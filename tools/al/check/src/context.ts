import { positionOf } from '../../syntax/src';
import type { Diagnostic } from '../../../common/src/diagnostic';
import { checkMessage, CheckRules, type CheckCode } from './messages';
import type { Program, SourceUnit } from './program';

/** What a rule sees: the program, and a way to report that honours #pragma warning disable. */
export class RuleContext {
  readonly diagnostics: Diagnostic[] = [];
  /** Two rules may find the same fault (a page field bound to a missing table field): report it once. */
  private readonly reported = new Set<string>();

  constructor(readonly program: Program, readonly isTestApp: boolean) {}

  report(code: CheckCode, unit: SourceUnit, offset: number, ...args: ReadonlyArray<string | number>): void {
    if (unit.suppressions.isSuppressed(code, offset)) return;
    const { line, column } = positionOf(unit.file, offset);
    const key = `${unit.display}:${line}:${column}:${code}`;
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.diagnostics.push({ file: unit.display, line, column, code, severity: CheckRules[code].severity, message: checkMessage(code, ...args) });
  }
}

export type Rule = (context: RuleContext) => void;
