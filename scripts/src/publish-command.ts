/**
 * `npm run publish -- --target container|onprem|sandbox --app FILE [...]`: uploads one or more .app files to the
 * dev endpoint (Basic auth for containers and on-prem, an Entra ID client-credentials token for SaaS), or with
 * `--automation` through the Automation API upload flow, polling until BC reports the install completed.
 */
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { readAppFile, type AppFileInfo } from './app-file';
import { SCHEDULES, SCHEMA_SYNC_MODES, AutomationApiClient, automationApiUrl, type Schedule, type SchemaSyncMode } from './automation-api';
import { booleanOption, choiceOption, positiveIntOption, stringOption, type OptionSpec, type ParsedArgs } from './cli-args';
import type { CommandContext } from './context';
import { apiBaseUrl, environmentName } from './credentials';
import { DEPENDENCY_PUBLISHING_OPTIONS, SCHEMA_UPDATE_MODES, type DependencyPublishingOption, type SchemaUpdateMode } from './dev-endpoint';
import { ENDPOINT_OPTIONS, bearerAuth, resolveDevEndpoint, targetOption, type Target } from './endpoint-options';
import { ScriptError } from './errors';

export const PUBLISH_OPTIONS: OptionSpec = {
  ...ENDPOINT_OPTIONS,
  target: { type: 'string' },
  app: { type: 'string', multiple: true },
  'schema-update-mode': { type: 'string' },
  'dependency-publishing': { type: 'string' },
  automation: { type: 'boolean' },
  company: { type: 'string' },
  schedule: { type: 'string' },
  'schema-sync-mode': { type: 'string' },
  timeout: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

export const PUBLISH_USAGE = `Usage: npm run publish -- --target container|onprem|sandbox --app FILE.app [--app FILE2.app] [options]
  container/onprem: --container NAME | --server URL [--port 7049] [--instance BC] [--tenant default] | --dev-url URL
                    credentials: BC_USERNAME, BC_PASSWORD (NavUserPassword)
  sandbox:          --environment NAME (or BC_ENVIRONMENT); credentials: BC_TENANT_ID, BC_CLIENT_ID, BC_CLIENT_SECRET
                    --automation: use the Automation API upload flow (service-to-service) instead of the dev endpoint
                    --company NAME, --schedule "Current version", --schema-sync-mode Add|"Force Sync", --timeout SECONDS
  --schema-update-mode synchronize|recreate|forcesync (dev endpoint, default synchronize)
  --dependency-publishing default|ignore|strict
  --json            machine-readable output (one JSON object per line)`;

export interface LoadedApp {
  readonly path: string;
  readonly bytes: Buffer;
  readonly info: AppFileInfo;
}

export function loadApp(path: string, cwd: string): LoadedApp {
  const full = resolve(cwd, path);
  let bytes: Buffer;
  try {
    bytes = readFileSync(full);
  } catch (e) {
    const code = e !== null && typeof e === 'object' && 'code' in e ? String(e.code) : 'unreadable';
    throw new ScriptError('config', `Cannot read ${path} (${code}); build it with \`npm run build\` or pass the right --app path.`);
  }
  return { path: full, bytes, info: readAppFile(bytes, path) };
}

export interface PublishSettings {
  readonly target: Target;
  readonly automation: boolean;
  readonly schemaUpdateMode: SchemaUpdateMode;
  readonly dependencyPublishing: DependencyPublishingOption | undefined;
  readonly company: string | undefined;
  readonly schedule: Schedule;
  readonly schemaSyncMode: SchemaSyncMode;
  readonly timeoutMs: number;
}

export function publishSettings(args: ParsedArgs, command: string): PublishSettings {
  const target = targetOption(args, command);
  const automation = booleanOption(args, 'automation');
  if (automation && target !== 'sandbox') {
    throw new ScriptError('usage', `${command}: --automation works only with --target sandbox (the Automation API exists in SaaS only).`);
  }
  const dep = stringOption(args, 'dependency-publishing');
  return {
    target,
    automation,
    schemaUpdateMode: choiceOption(args, 'schema-update-mode', SCHEMA_UPDATE_MODES, 'synchronize', command),
    dependencyPublishing: dep === undefined ? undefined : choiceOption(args, 'dependency-publishing', DEPENDENCY_PUBLISHING_OPTIONS, 'default', command),
    company: stringOption(args, 'company'),
    schedule: choiceOption(args, 'schedule', SCHEDULES, 'Current version', command),
    schemaSyncMode: choiceOption(args, 'schema-sync-mode', SCHEMA_SYNC_MODES, 'Add', command),
    timeoutMs: positiveIntOption(args, 'timeout', 900, command) * 1000,
  };
}

/** Publishes the apps in order; used by publish and by test:bc. */
export async function publishApps(apps: readonly LoadedApp[], settings: PublishSettings, args: ParsedArgs, ctx: CommandContext, command: string): Promise<void> {
  if (settings.automation) {
    const env = environmentName(ctx.env, stringOption(args, 'environment'), `${command} --automation`);
    const auth = await ctx.progress.step('Get Entra ID token', () => bearerAuth(ctx, `${command} --automation`));
    const client = new AutomationApiClient(ctx.http, automationApiUrl(apiBaseUrl(ctx.env), env), auth);
    const company = await ctx.progress.step('Find company', () => client.findCompany(settings.company), (c) => c.name);
    for (const app of apps) {
      await ctx.progress.step(`Install ${app.info.name} ${app.info.version} in ${env} (Automation API)`, (step) =>
        client.uploadAndInstall(company.id, app.info, app.bytes, settings.schedule, settings.schemaSyncMode, {
          intervalMs: ctx.pollIntervalMs,
          timeoutMs: settings.timeoutMs,
          onStatus: (s) => step.log(`deployment status: ${s}`),
        }),
      );
    }
    return;
  }
  const endpoint = await ctx.progress.step(
    settings.target === 'sandbox' ? 'Get Entra ID token' : 'Read credentials',
    () => resolveDevEndpoint(settings.target, args, ctx, command),
    (e) => e.describe,
  );
  for (const app of apps) {
    await ctx.progress.step(`Publish ${app.info.name} ${app.info.version} (${basename(app.path)}) to ${endpoint.describe}`, () =>
      endpoint.client.publishApp(app.path, app.bytes, {
        schemaUpdateMode: settings.schemaUpdateMode,
        ...(settings.dependencyPublishing === undefined ? {} : { dependencyPublishingOption: settings.dependencyPublishing }),
        ...(endpoint.tenant === undefined ? {} : { tenant: endpoint.tenant }),
      }),
    );
  }
}

export async function publishCommand(args: ParsedArgs, ctx: CommandContext): Promise<void> {
  const command = 'publish';
  const settings = publishSettings(args, command);
  const paths = args.values['app'];
  const list = Array.isArray(paths) ? paths : [];
  if (list.length === 0) throw new ScriptError('usage', `${command}: --app FILE.app is required (build one with \`npm run build\`).`);
  const apps = list.map((p) => loadApp(p, ctx.cwd));
  await publishApps(apps, settings, args, ctx, command);
  ctx.progress.result({
    command,
    target: settings.target,
    via: settings.automation ? 'automation-api' : 'dev-endpoint',
    apps: apps.map((a) => ({ id: a.info.id, name: a.info.name, publisher: a.info.publisher, version: a.info.version })),
  });
}
