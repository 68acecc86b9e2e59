/** Every diagnostic text of the control add-in harness, in one table. `{0}` etc. are placeholders. */
export const harnessMessages = {
  BKI8001: { severity: 'error', text: "No 'controladdin' object found in {0}. The file must declare controladdin \"<Name>\" { ... }." },
  BKI8002: { severity: 'error', text: "Expected {0} here but found '{1}'. Check the syntax of the controladdin object." },
  BKI8003: { severity: 'error', text: "Property '{0}' needs at least one quoted file path, e.g. {0} = 'src-al/ControlAddIn/Resources/x.js';" },
  BKI8004: { severity: 'error', text: "The file '{0}' named in {1} does not exist under the app root. Run 'npm run build:addin' or fix the path." },
  BKI8005: { severity: 'error', text: "Unterminated {0}: it starts here and never ends." },
  BKI8006: { severity: 'warning', text: "'{0}' is declared twice; the second declaration is ignored." },
} as const;

export type HarnessCode = keyof typeof harnessMessages;

export function harnessMessage(code: HarnessCode, ...args: readonly string[]): string {
  return harnessMessages[code].text.replace(/\{(\d)\}/g, (match, digit: string) => args[Number(digit)] ?? match);
}
