/**
 * `npm run build`: bundle the control add-in, check the app and test app with our AL toolchain, write the
 * generated translation file (Translations/<app>.g.xlf, as alc does for the TranslationFile feature), then compile
 * both with alc (or in a container) with the code analyzers and bki.ruleset.json, downloading missing symbols
 * into .alpackages from a dev endpoint when asked. Without a compiler it prints one line saying so and what was
 * still checked. Every step reports its status; the build fails when any step failed.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { AppManifest } from '../../tools/al/project/src';
import { BcContainer, PwshRunner } from '../bc-container/src';
import { findCompiler } from './alc';
import { runAlCheck } from './al-check-step';
import { booleanOption, stringOption, type OptionSpec, type ParsedArgs } from './cli-args';
import { compileProject, PACKAGE_CACHE, stageAppProject, type Compiler } from './compile-step';
import type { CommandContext } from './context';
import { ENDPOINT_OPTIONS, containerName, resolveDevEndpoint, targetOption } from './endpoint-options';
import { ScriptError } from './errors';
import { packageScripts, runNpmScript } from './npm-scripts';
import type { StepStatus } from './progress';
import { describeNeed, downloadMissingSymbols, missingSymbols, requiredSymbols, type SymbolNeed } from './symbols';
import { runTranslationStep } from './translation-step';

export const BUILD_OPTIONS: OptionSpec = {
  ...ENDPOINT_OPTIONS,
  alc: { type: 'string' },
  'symbols-from': { type: 'string' },
  'require-app': { type: 'boolean' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

export const BUILD_USAGE = `Usage: npm run build -- [options]
  Bundles the control add-in (npm run build:addin), checks src-al and test-app with our AL toolchain
  (npm run al -- check, or parse), writes src-al/Translations/<app name>.g.xlf as alc does (npm run al -- xliff),
  then compiles both apps into build/apps/ when a compiler is available:
  --alc PATH          the AL compiler (else env AL_COMPILER, else the AL Language VS Code extension's bin folder)
  --container NAME    compile inside this BC container through BcContainerHelper (needs pwsh, Windows containers)
  --symbols-from container|onprem|sandbox   download missing symbols into .alpackages from that dev endpoint
                      (endpoint options and credentials as for npm run publish: --server/--port/--instance/--dev-url,
                      --environment; BC_USERNAME/BC_PASSWORD or BC_TENANT_ID/BC_CLIENT_ID/BC_CLIENT_SECRET)
  --require-app       fail when no compiler is available (CI)
  --json              machine-readable output`;

export interface StepRecord {
  readonly name: string;
  readonly status: StepStatus;
  readonly summary: string;
}

export interface BuildReport {
  readonly steps: readonly StepRecord[];
  readonly apps: readonly string[];
}

export async function buildCommand(args: ParsedArgs, ctx: CommandContext): Promise<BuildReport> {
  const command = 'build';
  const root = ctx.cwd;
  const steps: StepRecord[] = [];
  const apps: string[] = [];
  const record = (name: string, status: StepStatus, summary: string): void => {
    steps.push({ name, status, summary });
  };

  // 1. Control add-in bundle.
  {
    const name = 'Bundle control add-in';
    const handle = ctx.progress.start(name);
    if (packageScripts(root)['build:addin'] === undefined) {
      const summary = 'package.json has no "build:addin" script, so the control add-in was not bundled';
      handle.end('missing', summary);
      record(name, 'missing', summary);
    } else {
      const result = await runNpmScript(root, 'build:addin', [], ctx.env, (l) => handle.log(l));
      const status: StepStatus = result.exitCode === 0 ? 'ok' : 'failed';
      const summary = `npm run build:addin: exit ${result.exitCode}`;
      handle.end(status, summary);
      record(name, status, summary);
    }
  }

  // 2. AL check with our toolchain.
  const checkName = 'Check AL (app and test app)';
  const checkHandle = ctx.progress.start(checkName);
  const check = await runAlCheck(root, ctx.env, (l) => checkHandle.log(l));
  checkHandle.end(check.status, check.summary);
  record(checkName, check.status, check.summary);

  // 3. The generated translation file (alc's TranslationFile feature), written as alc would write it.
  {
    const name = 'Translation file (Translations/<app>.g.xlf)';
    const handle = ctx.progress.start(name);
    const translation = runTranslationStep(root, (l) => handle.log(l));
    handle.end(translation.status, translation.summary);
    record(name, translation.status, translation.summary);
  }

  // 4. Compile, when a compiler is available.
  const container = containerName(args, command);
  const location = findCompiler(stringOption(args, 'alc'), ctx.env, ctx.env['HOME'] ?? ctx.env['USERPROFILE']);
  let compiler: Compiler | undefined;
  if (location !== undefined) compiler = { kind: 'alc', location };
  else if (container !== undefined) {
    compiler = { kind: 'container', containerName: container, bc: new BcContainer(new PwshRunner({ env: ctx.env, onLine: (l) => ctx.progress.info(l) })) };
  }
  if (compiler === undefined) {
    const summary = `No AL compiler found (--alc, AL_COMPILER, the AL Language extension under ~/.vscode/extensions, or --container): no .app was built; still ${check.checked}.`;
    ctx.progress.info(summary);
    record('Compile', 'skipped', summary);
    if (booleanOption(args, 'require-app')) {
      ctx.progress.result({ command, ok: false, steps, apps });
      throw new ScriptError('config', summary);
    }
  } else if (check.app === undefined || check.testApp === undefined) {
    record('Compile', 'failed', 'app.json or test-app/app.json could not be read; nothing was compiled');
  } else {
    const app = check.app;
    const testApp = check.testApp;
    const cache = join(root, PACKAGE_CACHE);
    if (compiler.kind === 'alc') {
      const needs: SymbolNeed[] = [...requiredSymbols(app), ...requiredSymbols(testApp).filter((n) => n.id !== app.id)];
      const missing = missingSymbols(needs, cache);
      const from = stringOption(args, 'symbols-from');
      if (missing.length > 0 && from === undefined) {
        const summary = `${PACKAGE_CACHE} lacks ${missing.map(describeNeed).join(', ')}; pass --symbols-from container|onprem|sandbox to download them`;
        record('Download symbols', 'failed', summary);
        ctx.progress.start('Download symbols').end('failed', summary);
      } else if (missing.length > 0) {
        const target = targetOption(args, command, 'symbols-from');
        const files = await ctx.progress.step('Download symbols', async (step) => {
          const endpoint = await resolveDevEndpoint(target, args, ctx, command);
          return downloadMissingSymbols(endpoint.client, missing, cache, [], (l) => step.log(l), endpoint.tenant);
        }, (f) => `${f.length} packages into ${PACKAGE_CACHE}`);
        record('Download symbols', 'ok', `${files.length} packages`);
      }
    }
    const symbolsFailed = steps.some((s) => s.name === 'Download symbols' && s.status === 'failed');
    if (!symbolsFailed) {
      const compiled = await compileBoth(root, app, testApp, compiler, ctx, record);
      apps.push(...compiled.map((f) => relative(root, f).split('\\').join('/')));
    }
  }

  const ok = steps.every((s) => s.status === 'ok' || s.status === 'skipped');
  ctx.progress.result({ command, ok, steps, apps });
  if (!ok) {
    const bad = steps.filter((s) => s.status === 'failed' || s.status === 'missing').map((s) => `${s.name} (${s.status})`);
    throw new ScriptError('tool', `build did not complete: ${bad.join('; ')}.`);
  }
  return { steps, apps };
}

async function compileBoth(
  root: string,
  app: AppManifest,
  testApp: AppManifest,
  compiler: Compiler,
  ctx: CommandContext,
  record: (name: string, status: StepStatus, summary: string) => void,
): Promise<string[]> {
  const out: string[] = [];
  const via = compiler.kind === 'alc' ? `alc (${compiler.location.source})` : `container ${compiler.containerName}`;
  const appName = `Compile app with ${via}`;
  try {
    const staged = stageAppProject(root);
    const result = await ctx.progress.step(appName, (step) => compileProject(root, { label: 'app', projectFolder: staged, manifest: app }, compiler, (l) => step.log(l), ctx.env), (r) =>
      `${relative(root, r.appFile)}, ${r.analyzers} analyzers, ${r.diagnostics.filter((d) => d.severity === 'warning').length} warnings`,
    );
    out.push(result.appFile);
    record(appName, 'ok', relative(root, result.appFile));
    // The test app compiles against the app just built, like VS Code does with a workspace dependency.
    mkdirSync(join(root, PACKAGE_CACHE), { recursive: true });
    copyFileSync(result.appFile, join(root, PACKAGE_CACHE, basename(result.appFile)));
  } catch (e) {
    record(appName, 'failed', e instanceof Error ? e.message : String(e));
    ctx.progress.info(e instanceof Error ? e.message : String(e));
    record('Compile test app', 'skipped', 'the app did not compile');
    return out;
  }
  const testName = `Compile test app with ${via}`;
  try {
    const result = await ctx.progress.step(testName, (step) => compileProject(root, { label: 'test app', projectFolder: join(root, 'test-app'), manifest: testApp }, compiler, (l) => step.log(l), ctx.env));
    out.push(result.appFile);
    record(testName, 'ok', relative(root, result.appFile));
  } catch (e) {
    record(testName, 'failed', e instanceof Error ? e.message : String(e));
    ctx.progress.info(e instanceof Error ? e.message : String(e));
  }
  return out;
}
