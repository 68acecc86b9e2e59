import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import webpack from 'webpack';

export interface BuiltFile {
  /** Path relative to the app root, as the AL object names it. */
  readonly path: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export type BuildResult =
  | { readonly ok: true; readonly files: readonly BuiltFile[]; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly errors: readonly string[] };

const configPath = join(__dirname, '..', '..', 'webpack.config.js');

/** Sizes of a built file: raw and gzipped (level 9, as a web server would serve it at best). */
export function measure(appRoot: string, path: string): BuiltFile {
  const content = readFileSync(join(appRoot, path));
  return { path, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}

/** Runs the production webpack build of the add-in (filesystem-cached, so a rebuild without changes is quick). */
export function buildAddin(): Promise<BuildResult> {
  // webpack.config.js is CommonJS shared with the webpack CLI.
  const config = require(configPath) as webpack.Configuration;
  const appRoot = join(__dirname, '..', '..', '..');
  return new Promise((resolveBuild) => {
    const compiler = webpack(config);
    compiler.run((error, stats) => {
      compiler.close(() => {
        if (error !== null && error !== undefined) return resolveBuild({ ok: false, errors: [error.message] });
        if (stats === undefined) return resolveBuild({ ok: false, errors: ['webpack returned no stats'] });
        const info = stats.toJson({ all: false, errors: true, warnings: true, assets: true, outputPath: true });
        if (stats.hasErrors()) return resolveBuild({ ok: false, errors: (info.errors ?? []).map((e) => e.message) });
        const outputPath = info.outputPath ?? '';
        const relativeOut = outputPath.slice(appRoot.length + 1).split('\\').join('/');
        const files = (info.assets ?? [])
          .map((a) => a.name)
          .filter((name) => name.endsWith('.js') || name.endsWith('.css'))
          .sort()
          .map((name) => measure(appRoot, `${relativeOut}/${name}`));
        resolveBuild({ ok: true, files, warnings: (info.warnings ?? []).map((w) => w.message) });
      });
    });
  });
}

let built: Promise<BuildResult> | undefined;
/** Builds once per process (tests and the benchmark share one build). */
export function buildAddinOnce(): Promise<BuildResult> {
  built ??= buildAddin();
  return built;
}
