import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../../../common/src/diagnostic';
import { loadAppJson } from '../../project/src';
import { RuleContext, type Rule } from './context';
import { loadProgram, type LoadOptions } from './program';
import { resolveNames } from './resolver';
import { commitInLoopRule, findSetWithoutNextRule, recordByValueRule, secretRule, unusedRule } from './rules/codeRules';
import { labelRule } from './rules/labelRules';
import { fieldIdRule, keyFieldRule, objectIdentityRule, pageFieldBindingRule } from './rules/objectRules';
import { pageUsabilityRule } from './rules/pageRules';
import { permissionCoverageRule } from './rules/permissionRules';
import { propertyReferenceRule } from './rules/propertyRules';
import { dataClassificationRule } from './rules/tableRules';
import { typeRule } from './typeCheck';

export { CheckRules, type CheckCode } from './messages';

/** Every rule, in the order they run. */
export const Rules: readonly Rule[] = [
  objectIdentityRule, fieldIdRule, keyFieldRule, pageFieldBindingRule, dataClassificationRule, pageUsabilityRule, labelRule,
  unusedRule, commitInLoopRule, findSetWithoutNextRule, secretRule, recordByValueRule, permissionCoverageRule, propertyReferenceRule, resolveNames, typeRule,
];

/** App IDs whose presence among the dependencies marks a test app (Library Assert, Test Runner). */
const TestFrameworkAppIds = new Set(['dd0be2ea-f733-4d65-bb34-a28f4624fb14', '23de40a6-dfe8-4f80-80db-d70f83ce8caf']);

export interface CheckResult {
  readonly diagnostics: Diagnostic[];
  readonly files: number;
  readonly objects: number;
}

/** The symbol files committed under symbols/ at the repository root. */
export function defaultSymbolFiles(repoRoot: string): string[] {
  const dir = join(repoRoot, 'symbols');
  try {
    return readdirSync(dir).filter((f) => f.endsWith('.symbols.json')).map((f) => join(dir, f));
  } catch {
    return [];
  }
}

/** Checks one app folder (app.json + .al files) against its dependencies; never throws for bad AL, only for a bad setup. */
export function checkApp(appDir: string, options: LoadOptions): CheckResult {
  const program = loadProgram(appDir, options);
  const isTestApp = program.manifest.dependencies.some((d) => TestFrameworkAppIds.has(d.id));
  const context = new RuleContext(program, isTestApp);
  for (const rule of Rules) rule(context);
  return {
    diagnostics: sortDiagnostics([...program.diagnostics, ...context.diagnostics]),
    files: program.units.length,
    objects: program.own.length,
  };
}

/** For each app folder, the other given folders it depends on (by app id): they provide source symbols. */
export function sourceDependenciesAmong(appDirs: readonly string[]): Map<string, string[]> {
  const ids = new Map<string, string>();
  for (const dir of appDirs) {
    const manifest = loadAppJson(join(dir, 'app.json')).manifest;
    if (manifest) ids.set(manifest.id, dir);
  }
  const result = new Map<string, string[]>();
  for (const dir of appDirs) {
    const manifest = loadAppJson(join(dir, 'app.json')).manifest;
    result.set(dir, (manifest?.dependencies ?? []).map((d) => ids.get(d.id)).filter((d): d is string => d !== undefined));
  }
  return result;
}
