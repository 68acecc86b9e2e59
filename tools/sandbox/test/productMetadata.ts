/** Loads (once per test run) the metadata of the product: base-app model plus our app, paths relative to the repo. */
import { resolve } from 'node:path';
import { loadApps, productApps, type AppMetadata } from '../src/metadata/index';

export const REPO_ROOT = resolve(__dirname, '../../..');
let cached: AppMetadata | undefined;

export function productMetadata(): AppMetadata {
  cached ??= loadApps(productApps(REPO_ROOT), { baseDir: REPO_ROOT });
  return cached;
}
