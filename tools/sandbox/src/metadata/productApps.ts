/** The apps the sandbox shows: the runtime's base-app model first (it holds the pages we extend), then our app. */
import { join } from 'node:path';
import type { AppSource } from './loadApps';

export function productApps(repoRoot: string): AppSource[] {
  return [
    { appJson: join(repoRoot, 'tools/al/runtime/base-app/app.json'), sourceDir: join(repoRoot, 'tools/al/runtime/base-app/src') },
    { appJson: join(repoRoot, 'app.json'), sourceDir: join(repoRoot, 'src-al') },
  ];
}
