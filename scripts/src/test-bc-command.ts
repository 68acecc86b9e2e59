/**
 * `npm run test:bc -- --target container|sandbox ...`: publishes the app and the test app, runs the test
 * codeunits in Business Central through BcContainerHelper's Run-TestsInBcContainer (test page 130455, the way
 * AL-Go does; no documented API runs tests), writes JUnit XML and exits non-zero when a test failed or none ran.
 *   container: publish with Publish-BcContainerApp, run in the container (BC_USERNAME/BC_PASSWORD).
 *   sandbox:   publish through the dev endpoint or --automation, run against the online environment with a
 *              delegated token (BC_TENANT_ID, BC_REFRESH_TOKEN, optional BC_REFRESH_CLIENT_ID), using --container or
 *              --compiler-folder as the host of BcContainerHelper's test client.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { BcContainer, PwshRunner, type ArtifactQuery } from '../bc-container/src';
import { loadAppJson } from '../../tools/al/project/src';
import { booleanOption, choiceOption, stringOption, type OptionSpec, type ParsedArgs } from './cli-args';
import { appFileName, OUTPUT_FOLDER } from './compile-step';
import type { CommandContext } from './context';
import { basicCredentialsFromEnv, environmentName } from './credentials';
import { containerName, targetOption } from './endpoint-options';
import { ScriptError } from './errors';
import { parseJUnit, summarize, writeJUnit } from './junit';
import { loadApp, PUBLISH_OPTIONS, publishApps, publishSettings, type LoadedApp } from './publish-command';

export const TEST_BC_OPTIONS: OptionSpec = {
  ...PUBLISH_OPTIONS,
  'test-app': { type: 'string' },
  'compiler-folder': { type: 'string' },
  junit: { type: 'string' },
  'test-codeunit-range': { type: 'string' },
  'skip-publish': { type: 'boolean' },
  'skip-docker-check': { type: 'boolean' },
  'new-container': { type: 'boolean' },
  'remove-container': { type: 'boolean' },
  'artifact-type': { type: 'string' },
  'artifact-country': { type: 'string' },
  'artifact-version': { type: 'string' },
};

export const TEST_BC_USAGE = `Usage: npm run test:bc -- --target container|sandbox [options]
  --app FILE.app --test-app FILE.app   default: build/apps/<publisher>_<name>_<version>.app from app.json and test-app/app.json
  --junit FILE        JUnit XML output (default test-results/bc-tests.junit.xml)
  --test-codeunit-range 70470200..70470299   --company NAME   --skip-publish
  container: --container NAME; credentials BC_USERNAME, BC_PASSWORD; needs pwsh, BcContainerHelper, Windows containers
             --new-container creates it first (New-BcContainer with Get-BcArtifactUrl: --artifact-type Sandbox|OnPrem,
             --artifact-country w1, --artifact-version <app.json application major>); --remove-container removes it after
  sandbox:   --environment NAME; publish credentials BC_TENANT_ID, BC_CLIENT_ID, BC_CLIENT_SECRET (--automation for the
             Automation API); test run needs a delegated token BC_REFRESH_TOKEN (with BC_TENANT_ID; BC_REFRESH_CLIENT_ID if
             it was not issued to BcContainerHelper's default public client) and
             --container NAME or --compiler-folder PATH to host BcContainerHelper's test client
  --json              machine-readable output`;

export const DEFAULT_JUNIT = join('test-results', 'bc-tests.junit.xml');

function defaultAppPath(root: string, appJson: string, label: string): string {
  const loaded = loadAppJson(join(root, appJson), appJson);
  if (loaded.manifest === undefined) throw new ScriptError('config', `Cannot read ${appJson} to find the ${label}'s .app; pass --${label === 'app' ? 'app' : 'test-app'} FILE.app.`);
  return join(OUTPUT_FOLDER, appFileName(loaded.manifest));
}

export interface TestRunReport {
  readonly tests: number;
  readonly failures: number;
  readonly skipped: number;
  readonly junit: string;
}

export async function testBcCommand(args: ParsedArgs, ctx: CommandContext): Promise<TestRunReport> {
  const command = 'test:bc';
  const target = targetOption(args, command, 'target', ['container', 'sandbox']);
  const settings = publishSettings(args, command);
  const appArg = args.values['app'];
  const appPath = (Array.isArray(appArg) ? appArg[0] : undefined) ?? defaultAppPath(ctx.cwd, 'app.json', 'app');
  const testAppPath = stringOption(args, 'test-app') ?? defaultAppPath(ctx.cwd, join('test-app', 'app.json'), 'test app');
  const apps: LoadedApp[] = [loadApp(appPath, ctx.cwd), loadApp(testAppPath, ctx.cwd)];
  const testApp = apps[1];
  if (testApp === undefined) throw new ScriptError('usage', `${command}: no test app.`);
  const junit = resolve(ctx.cwd, stringOption(args, 'junit') ?? DEFAULT_JUNIT);
  mkdirSync(dirname(junit), { recursive: true });

  const container = containerName(args, command);
  const compilerFolder = stringOption(args, 'compiler-folder');
  const runner = new PwshRunner({ env: ctx.env, onLine: (l) => ctx.progress.info(l), skipDockerCheck: booleanOption(args, 'skip-docker-check') });
  const bc = new BcContainer(runner);
  const company = stringOption(args, 'company');
  const range = stringOption(args, 'test-codeunit-range');
  let environment: string | undefined;

  try {
    switch (target) {
      case 'container': {
        if (container === undefined) throw new ScriptError('usage', `${command}: --container NAME is required with --target container.`);
        basicCredentialsFromEnv(ctx.env, `${command} --target container`);
        if (booleanOption(args, 'new-container')) {
          const artifact = artifactQuery(args, ctx.cwd, command);
          await ctx.progress.step(`Create container ${container} (${artifact.type} ${artifact.version ?? 'latest'} ${artifact.country})`, () =>
            bc.newContainer({ containerName: container, artifact, includeTestToolkit: true }),
          );
        }
        if (!booleanOption(args, 'skip-publish')) {
          for (const app of apps) {
            await ctx.progress.step(`Publish ${app.info.name} ${app.info.version} to container ${container}`, () => bc.publishApp({ containerName: container, appFile: app.path, syncMode: 'Add' }));
          }
          await ctx.progress.step(`Check the apps are installed in ${container}`, async () => {
            const installed = await bc.getAppInfo(container);
            for (const app of apps) {
              const found = installed.find((i) => i.appId.toLowerCase() === app.info.id.toLowerCase() && i.version === app.info.version);
              if (found === undefined || found.isInstalled === false) {
                throw new ScriptError('server', `${app.info.name} ${app.info.version} is not installed in container ${container} after publishing; see the BcContainerHelper output above.`);
              }
            }
          });
        }
        break;
      }
      case 'sandbox': {
        environment = environmentName(ctx.env, stringOption(args, 'environment'), `${command} --target sandbox`);
        if (container === undefined && compilerFolder === undefined) {
          throw new ScriptError(
            'usage',
            `${command}: running tests in a SaaS sandbox needs a host for BcContainerHelper's test client: pass --container NAME or --compiler-folder PATH (no documented API runs AL tests).`,
          );
        }
        const missing = ['BC_TENANT_ID', 'BC_REFRESH_TOKEN'].filter((n) => (ctx.env[n] ?? '') === '');
        if (missing.length > 0) {
          throw new ScriptError('config', `${command} --target sandbox runs tests as a user and needs ${missing.join(', ')} (a delegated refresh token for the BC API); set them from a secret store.`);
        }
        if (!booleanOption(args, 'skip-publish')) await publishApps(apps, settings, args, ctx, command);
        break;
      }
    }

    return await runAndReport(bc, testApp, junit, { container, compilerFolder, environment, company, range }, target, ctx);
  } finally {
    if (booleanOption(args, 'remove-container') && container !== undefined && target === 'container') {
      try {
        await ctx.progress.step(`Remove container ${container}`, () => bc.removeContainer(container));
      } catch (e) {
        // The run's own outcome (success or its error) is what the command reports; a leftover container is said.
        ctx.progress.info(`Could not remove container ${container}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  }
}

interface RunTarget {
  readonly container: string | undefined;
  readonly compilerFolder: string | undefined;
  readonly environment: string | undefined;
  readonly company: string | undefined;
  readonly range: string | undefined;
}

function artifactQuery(args: ParsedArgs, cwd: string, command: string): ArtifactQuery {
  const type = choiceOption(args, 'artifact-type', ['Sandbox', 'OnPrem'] as const, 'Sandbox', command);
  const country = stringOption(args, 'artifact-country') ?? 'w1';
  let version = stringOption(args, 'artifact-version');
  if (version === undefined) {
    const application = loadAppJson(join(cwd, 'app.json'), 'app.json').manifest?.application;
    version = application === undefined ? undefined : application.split('.')[0];
  }
  if (!/^[a-z]{2}$/i.test(country)) throw new ScriptError('usage', `${command}: --artifact-country must be a two-letter country code such as w1 or us (got "${country}").`);
  return { type, country: country.toLowerCase(), ...(version === undefined ? {} : { version }), select: 'Latest' };
}

async function runAndReport(bc: BcContainer, testApp: LoadedApp, junit: string, where: RunTarget, target: string, ctx: CommandContext): Promise<TestRunReport> {
  const command = 'test:bc';
  const { container, compilerFolder, environment, company, range } = where;
  const allPassed = await ctx.progress.step(`Run tests of ${testApp.info.name} in ${environment === undefined ? `container ${container ?? ''}` : `environment ${environment}`}`, () =>
    bc.runTests({
      extensionId: testApp.info.id,
      junitResultFile: junit,
      ...(container === undefined ? {} : { containerName: container }),
      ...(compilerFolder === undefined ? {} : { compilerFolder: resolve(ctx.cwd, compilerFolder) }),
      ...(environment === undefined ? {} : { environment }),
      ...(company === undefined ? {} : { companyName: company }),
      ...(range === undefined ? {} : { testCodeunitRange: range }),
    }),
  );

  if (!existsSync(junit)) throw new ScriptError('tool', `Run-TestsInBcContainer finished but wrote no JUnit file at ${relative(ctx.cwd, junit)}; for a container the folder must be shared with it (e.g. under C:\\ProgramData\\BcContainerHelper).`);
  const suites = parseJUnit(readFileSync(junit, 'utf8'));
  if (suites === undefined) throw new ScriptError('tool', `${relative(ctx.cwd, junit)} is not JUnit XML (no <testsuite>).`);
  writeFileSync(junit, writeJUnit(suites, `${testApp.info.name} ${testApp.info.version}`));
  const summary = summarize(suites);
  const report: TestRunReport = { ...summary, junit: relative(ctx.cwd, junit).split('\\').join('/') };
  ctx.progress.result({ command, target, ...report, allPassed: allPassed && summary.failures === 0 && summary.tests > 0 });
  if (summary.tests === 0) {
    throw new ScriptError('tests', `No BC tests ran for ${testApp.info.name} (extension ${testApp.info.id}); check that the test app is installed and its codeunits are Subtype = Test.`);
  }
  if (summary.failures > 0 || !allPassed) {
    const failed = suites.flatMap((s) => s.cases.filter((c) => c.outcome === 'failed').map((c) => `${c.className}.${c.name}: ${(c.message ?? '').split('\n')[0] ?? ''}`));
    throw new ScriptError('tests', `${summary.failures} of ${summary.tests} BC tests failed (JUnit: ${report.junit}).`, failed);
  }
  ctx.progress.info(`${summary.tests} BC tests passed${summary.skipped > 0 ? `, ${summary.skipped} skipped` : ''} (JUnit: ${report.junit}).`);
  return report;
}
