import { fillTemplate } from '../../../common/src/template';

/**
 * Every app.json diagnostic text, in one table. Codes are stable: tests, docs and users refer to them.
 * Placeholders are `{0}`, `{1}`... filled by `message()`.
 */
export const AppJsonMessages = {
  BKI1000: 'Cannot read {0}: {1}. Check that the file exists and that the path is right.',
  BKI1001: 'app.json is not valid JSON: {0}. Fix the syntax at this position.',
  BKI1002: "The root of app.json must be a JSON object ('{ ... }').",
  BKI1003: "Required property '{0}' is missing. Add it, e.g. {1}.",
  BKI1004: "Property '{0}' must be {1}.",
  BKI1005: "Property '{0}' must be a GUID like 00000000-0000-0000-0000-000000000000, not '{1}'.",
  BKI1006: "Property '{0}' must be a version with four numbers like 1.0.0.0, not '{1}'.",
  BKI1007: "Property 'runtime' has the unknown value '{0}'. Use one of: {1}.",
  BKI1008: "Property 'target' must be 'Cloud' or 'OnPrem', not '{0}'.",
  BKI1009: "ID range {0}..{1} is invalid: 'from' must be a positive whole number not greater than 'to'.",
  BKI1010: 'ID range {0}..{1} overlaps ID range {2}..{3}. ID ranges must not overlap: merge or separate them.',
  BKI1011: "An app needs at least one ID range: add \"idRanges\": [{ \"from\": 50100, \"to\": 50149 }].",
  BKI1012: "Dependency '{0}' is listed twice. Keep one entry per app id.",
  BKI1013: 'The app depends on itself (id {0}). Remove that dependency.',
  BKI1014: "Unknown feature '{0}'. Known features: {1}.",
  BKI1015: "'{0}' is not a locale like en-US.",
  BKI1016: "Unknown property '{0}' in {1}; the AL compiler ignores or rejects it. Check the spelling.",
  BKI1017: "'{0}' is not a valid preprocessor symbol: use letters, digits and underscores, starting with a letter or underscore.",
  BKI1018: "Property '{0}' is empty. Give it a value.",
  BKI1019: "Property '{0}' is recommended for an app that targets Cloud (AppSource and per-tenant extensions show it). Add it.",
  BKI1020: "Runtime {0} is a prerelease runtime; an app built for it cannot be installed on released Business Central versions.",
  BKI1030: "The test app '{0}' must depend on app '{1}' (id {2}). Add it to 'dependencies'.",
  BKI1031: "The test app's dependency on '{0}' asks for version {1}, but the app is version {2}. Lower the dependency version or raise the app version.",
  BKI1032: "The dependency on app id {0} is named '{1}' by '{2}', but that app is '{3}' by '{4}'. Use the app's real name and publisher.",
  BKI1033: "The ID ranges of '{0}' and '{1}' overlap ({2}..{3} and {4}..{5}). Give the test app its own range.",
  BKI1034: "'{0}' lists '{1}' in internalsVisibleTo with id {2}, but that app's id is {3}.",
} as const;

export type AppJsonCode = keyof typeof AppJsonMessages;

export function message(code: AppJsonCode, ...args: ReadonlyArray<string | number>): string {
  return fillTemplate(AppJsonMessages[code], args);
}
