/** The parts of an AL app.json that the toolchain uses, after validation. */
export interface AppReference {
  readonly id: string;
  readonly name: string;
  readonly publisher: string;
}

export interface AppDependency extends AppReference {
  readonly version: string;
}

export interface IdRange {
  readonly from: number;
  readonly to: number;
}

export type AppTarget = 'Cloud' | 'OnPrem';

export interface AppManifest extends AppDependency {
  readonly brief: string | undefined;
  readonly description: string | undefined;
  readonly application: string | undefined;
  readonly platform: string | undefined;
  readonly runtime: string | undefined;
  readonly target: AppTarget;
  readonly idRanges: readonly IdRange[];
  readonly dependencies: readonly AppDependency[];
  readonly internalsVisibleTo: readonly AppReference[];
  readonly features: readonly string[];
  readonly preprocessorSymbols: readonly string[];
  readonly supportedLocales: readonly string[];
  readonly resourceFolders: readonly string[];
}

/** Parses "a.b.c.d" into numbers; undefined when the text is not such a version. */
export function parseVersion(text: string): [number, number, number, number] | undefined {
  const match = /^(\d{1,9})\.(\d{1,9})\.(\d{1,9})\.(\d{1,9})$/.exec(text);
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3]), Number(match[4])];
}

/** Compares two valid four-part versions: negative when a < b, 0 when equal, positive when a > b. */
export function compareVersions(a: string, b: string): number {
  const va = parseVersion(a);
  const vb = parseVersion(b);
  if (!va || !vb) return a.localeCompare(b);
  for (let i = 0; i < 4; i++) {
    const diff = (va[i] ?? 0) - (vb[i] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
