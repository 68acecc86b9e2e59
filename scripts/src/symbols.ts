/**
 * Symbol packages for compiling: which apps an app.json needs (System for `platform`, Application for
 * `application`, plus every dependency), which of them `.alpackages` already holds, and downloading the rest
 * from a dev endpoint, following each downloaded package's own dependencies like VS Code does.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareVersions } from '../../tools/al/project/src';
import type { AppManifest } from '../../tools/al/project/src';
import { readAppFile, type AppFileInfo } from './app-file';
import type { DevEndpointClient } from './dev-endpoint';
import { ScriptError } from './errors';

export interface SymbolNeed {
  readonly publisher: string;
  readonly name: string;
  readonly version: string;
  readonly id?: string;
}

export function requiredSymbols(manifest: AppManifest): SymbolNeed[] {
  const needs: SymbolNeed[] = [];
  if (manifest.platform !== undefined) needs.push({ publisher: 'Microsoft', name: 'System', version: manifest.platform });
  if (manifest.application !== undefined) needs.push({ publisher: 'Microsoft', name: 'Application', version: manifest.application });
  for (const d of manifest.dependencies) needs.push({ publisher: d.publisher, name: d.name, version: d.version, id: d.id });
  return needs;
}

/** Reads every .app in the folder; files that are not apps are ignored (runtime packages, partial downloads). */
export function packagesIn(folder: string): AppFileInfo[] {
  if (!existsSync(folder)) return [];
  const found: AppFileInfo[] = [];
  for (const f of readdirSync(folder)) {
    if (!f.toLowerCase().endsWith('.app')) continue;
    try {
      found.push(readAppFile(readFileSync(join(folder, f)), f));
    } catch {
      // not a readable app package: alc will say so if it matters
    }
  }
  return found;
}

function satisfied(need: SymbolNeed, have: readonly AppFileInfo[]): boolean {
  return have.some(
    (a) => a.publisher.toLowerCase() === need.publisher.toLowerCase() && a.name.toLowerCase() === need.name.toLowerCase() && compareVersions(a.version, need.version) >= 0,
  );
}

export function missingSymbols(needs: readonly SymbolNeed[], folder: string, alsoAvailable: readonly AppFileInfo[] = []): SymbolNeed[] {
  const have = [...packagesIn(folder), ...alsoAvailable];
  return needs.filter((n) => !satisfied(n, have));
}

export function describeNeed(n: SymbolNeed): string {
  return `${n.publisher} ${n.name} ${n.version}`;
}

/** Downloads what is missing (and what the downloads depend on) into `folder`; returns the files written. */
export async function downloadMissingSymbols(
  client: DevEndpointClient,
  needs: readonly SymbolNeed[],
  folder: string,
  alsoAvailable: readonly AppFileInfo[],
  log: (line: string) => void,
  tenant?: string,
): Promise<string[]> {
  mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  const queue = [...needs];
  const tried = new Set<string>();
  while (queue.length > 0) {
    const need = queue.shift();
    if (need === undefined) break;
    const key = `${need.publisher}/${need.name}`.toLowerCase();
    if (tried.has(key) || missingSymbols([need], folder, alsoAvailable).length === 0) continue;
    tried.add(key);
    const { fileName, bytes } = await client.downloadSymbols(need, tenant);
    const info = readAppFile(bytes, fileName);
    writeFileSync(join(folder, fileName), bytes);
    written.push(fileName);
    log(`downloaded ${fileName}`);
    for (const d of info.dependencies) queue.push({ publisher: d.publisher, name: d.name, version: d.minVersion, ...(d.id === '' ? {} : { id: d.id }) });
  }
  const still = missingSymbols(needs, folder, alsoAvailable);
  if (still.length > 0) {
    throw new ScriptError('server', `The dev endpoint did not provide ${still.map(describeNeed).join(', ')}; check the server's version and that the apps are published there.`);
  }
  return written;
}
