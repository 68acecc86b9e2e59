/**
 * Diagnostic codes and texts of the emulator's own tooling (fixture files given to --seed). Graph and identity
 * platform errors are in errors/error-factory.ts.
 */
export const MESSAGES = {
  GE1001: (detail: string) => `Fixture entry rejected: ${detail}. Fix the entry so it is a valid Graph create body (read-only properties such as id are allowed).`,
  GE1002: (detail: string) => `Fixture file is not valid JSON: ${detail}.`,
  GE1003: (detail: string) => `Cannot read the fixture file (${detail}). Pass --seed demo, --seed empty, --seed scale:N or the path of a fixture JSON file.`,
} as const;

export type MessageCode = keyof typeof MESSAGES;
