/**
 * Fills `{0}`, `{1}`... in a message text from one of the components' message tables. A placeholder without an
 * argument is left as written, so a missing argument is visible instead of silently empty.
 */
export function fillTemplate(text: string, args: ReadonlyArray<string | number>): string {
  return text.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}
