import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The apps of a loaded program: each source file belongs to the app whose app.json is the nearest one above it
 * (the built-in folders have one per Microsoft app). BC gives every published package a Package ID and a Runtime
 * Package ID; the runtime derives both deterministically from the app ID and version, so they are stable between
 * runs and different between apps.
 */
export interface AppInfo {
  readonly id: string;
  readonly name: string;
  readonly publisher: string;
  readonly version: string;
  /** `{XXXXXXXX-...}` upper case, as Format(Guid) shows it. */
  readonly packageId: string;
  readonly runtimePackageId: string;
  /** The folder holding app.json. */
  readonly dir: string;
}

const NULL_GUID = '{00000000-0000-0000-0000-000000000000}';

/** The app of files that have no app.json above them. */
export const UNKNOWN_APP: AppInfo = {
  id: NULL_GUID,
  name: '',
  publisher: '',
  version: '0.0.0.0',
  packageId: NULL_GUID,
  runtimePackageId: NULL_GUID,
  dir: '',
};

export function braceGuid(id: string): string {
  const bare = id.trim().replace(/^\{|\}$/g, '').toUpperCase();
  return `{${bare}}`;
}

/** A name-based GUID (SHA-1, version 5 layout) of the text. */
function derivedGuid(text: string): string {
  const h = createHash('sha1').update(text).digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex').toUpperCase();
  return `{${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}}`;
}

const byDir = new Map<string, AppInfo | undefined>();

function readManifest(dir: string): AppInfo | undefined {
  const file = path.join(dir, 'app.json');
  if (!fs.existsSync(file)) return undefined;
  try {
    const j = JSON.parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '')) as Record<string, unknown>;
    const s = (k: string, d: string): string => (typeof j[k] === 'string' ? (j[k] as string) : d);
    const id = braceGuid(s('id', NULL_GUID));
    const version = s('version', '1.0.0.0');
    return {
      id,
      name: s('name', ''),
      publisher: s('publisher', ''),
      version,
      packageId: derivedGuid(`package|${id}|${version}`),
      runtimePackageId: derivedGuid(`runtime-package|${id}|${version}`),
      dir,
    };
  } catch {
    return undefined;
  }
}

/** The app owning a source file (path relative to the current directory or absolute). */
export function appOfFile(file: string): AppInfo {
  let dir = path.dirname(path.resolve(file));
  const seen: string[] = [];
  for (;;) {
    if (byDir.has(dir)) {
      const found = byDir.get(dir);
      for (const d of seen) byDir.set(d, found);
      return found ?? UNKNOWN_APP;
    }
    seen.push(dir);
    const app = readManifest(dir);
    if (app !== undefined) {
      for (const d of seen) byDir.set(d, app);
      return app;
    }
    const up = path.dirname(dir);
    if (up === dir) {
      for (const d of seen) byDir.set(d, undefined);
      return UNKNOWN_APP;
    }
    dir = up;
  }
}

/** Every app of the given files, by app ID (upper case with braces). */
export function appsOfFiles(files: readonly { readonly path: string }[]): Map<string, AppInfo> {
  const out = new Map<string, AppInfo>();
  for (const f of files) {
    const a = appOfFile(f.path);
    if (a !== UNKNOWN_APP && !out.has(a.id)) out.set(a.id, a);
  }
  return out;
}

/** The AL ModuleInfo data type (Microsoft Learn, "ModuleInfo data type"): read-only facts of one app. */
export class ModuleInfoV {
  constructor(readonly app: AppInfo) {}
}

export const EMPTY_MODULE = new ModuleInfoV(UNKNOWN_APP);

/** ModuleInfo's methods (Id, Name, Publisher, AppVersion, DataVersion, PackageId); undefined = not a method. */
export function moduleInfoMethod(v: unknown, m: string): unknown {
  const app = (v instanceof ModuleInfoV ? v : EMPTY_MODULE).app;
  switch (m) {
    case 'id':
      return app.id;
    case 'name':
      return app.name;
    case 'publisher':
      return app.publisher;
    case 'appversion':
    case 'dataversion':
      return app.version;
    case 'packageid':
      return app.packageId;
    default:
      return undefined;
  }
}

/** Static AL return type kind of a ModuleInfo method. */
export function moduleInfoReturnKind(m: string): 'Guid' | 'Text' {
  return m === 'id' || m === 'packageid' ? 'Guid' : 'Text';
}
