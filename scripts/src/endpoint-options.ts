/**
 * The command-line options that say where Business Central is, shared by build (symbols), publish and test:bc,
 * and turning them plus environment credentials into an authenticated dev endpoint client.
 *   container/onprem: --server http://host (or --container NAME) --port 7049 --instance BC [--tenant default], or --dev-url
 *   sandbox:          --environment NAME (or BC_ENVIRONMENT), token from BC_TENANT_ID/BC_CLIENT_ID/BC_CLIENT_SECRET
 */
import type { Auth } from './auth-header';
import { choiceOption, positiveIntOption, stringOption, type OptionSpec, type ParsedArgs } from './cli-args';
import type { CommandContext } from './context';
import { apiBaseUrl, authorityHost, basicCredentialsFromEnv, clientCredentialsFromEnv, environmentName } from './credentials';
import { DevEndpointClient, onPremDevUrl, saasDevUrl } from './dev-endpoint';
import { ScriptError } from './errors';
import { getClientCredentialsToken } from './token-client';

export const TARGETS = ['container', 'onprem', 'sandbox'] as const;
export type Target = (typeof TARGETS)[number];

export const ENDPOINT_OPTIONS: OptionSpec = {
  server: { type: 'string' },
  container: { type: 'string' },
  port: { type: 'string' },
  instance: { type: 'string' },
  tenant: { type: 'string' },
  'dev-url': { type: 'string' },
  environment: { type: 'string' },
};

export function targetOption(args: ParsedArgs, command: string, name = 'target', allowed: readonly Target[] = TARGETS): Target {
  const raw = stringOption(args, name);
  if (raw === undefined) throw new ScriptError('usage', `${command}: --${name} is required (${allowed.join(', ')}).`);
  return choiceOption(args, name, allowed, allowed[0] ?? 'container', command);
}

function validContainerName(name: string, command: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,62}$/.test(name)) throw new ScriptError('usage', `${command}: --container "${name}" is not a valid container name.`);
  return name;
}

export function containerName(args: ParsedArgs, command: string): string | undefined {
  const n = stringOption(args, 'container');
  return n === undefined ? undefined : validContainerName(n, command);
}

/** Base URL of the dev endpoint for container/onprem targets. */
export function onPremBaseUrl(args: ParsedArgs, command: string): string {
  const devUrl = stringOption(args, 'dev-url');
  if (devUrl !== undefined) {
    try {
      return new URL(devUrl).toString();
    } catch {
      throw new ScriptError('usage', `${command}: --dev-url "${devUrl}" is not a URL.`);
    }
  }
  const container = containerName(args, command);
  const server = stringOption(args, 'server') ?? (container === undefined ? 'http://localhost' : `http://${container}`);
  const instance = stringOption(args, 'instance') ?? 'BC';
  // A --server URL may carry the port itself (http://bc:7049); --port then must agree or be left out.
  let parsed: URL;
  try {
    parsed = new URL(/^https?:\/\//i.test(server) ? server : `http://${server}`);
  } catch {
    throw new ScriptError('usage', `${command}: --server "${server}" is not a host name or URL, e.g. http://bcserver.`);
  }
  if (parsed.pathname !== '/' || parsed.search !== '' || parsed.hash !== '') {
    throw new ScriptError('usage', `${command}: --server "${server}" must be a host or http(s)://host[:port] without a path; put the instance in --instance.`);
  }
  const portInUrl = parsed.port === '' ? undefined : Number(parsed.port);
  const port = positiveIntOption(args, 'port', portInUrl ?? 7049, command);
  if (portInUrl !== undefined && stringOption(args, 'port') !== undefined && port !== portInUrl) {
    throw new ScriptError('usage', `${command}: --server says port ${portInUrl} but --port says ${port}. Give the port once.`);
  }
  return onPremDevUrl(`${parsed.protocol}//${parsed.hostname}`, port, instance);
}

export interface ResolvedEndpoint {
  readonly client: DevEndpointClient;
  readonly tenant: string | undefined;
  readonly auth: Auth;
  readonly describe: string;
}

export async function bearerAuth(ctx: CommandContext, purpose: string): Promise<Auth> {
  const creds = clientCredentialsFromEnv(ctx.env, purpose);
  ctx.redactor.add(creds.clientSecret);
  const token = await getClientCredentialsToken(ctx.http, authorityHost(ctx.env), creds);
  return { kind: 'bearer', token };
}

export async function resolveDevEndpoint(target: Target, args: ParsedArgs, ctx: CommandContext, command: string): Promise<ResolvedEndpoint> {
  switch (target) {
    case 'container':
    case 'onprem': {
      const credentials = basicCredentialsFromEnv(ctx.env, `${command} --target ${target}`);
      ctx.redactor.add(credentials.password);
      const auth: Auth = { kind: 'basic', credentials };
      const base = onPremBaseUrl(args, command);
      return { client: new DevEndpointClient(ctx.http, base, auth), tenant: stringOption(args, 'tenant'), auth, describe: base };
    }
    case 'sandbox': {
      const env = environmentName(ctx.env, stringOption(args, 'environment'), `${command} --target sandbox`);
      const auth = await bearerAuth(ctx, `${command} --target sandbox`);
      const base = stringOption(args, 'dev-url') ?? saasDevUrl(apiBaseUrl(ctx.env), env);
      return { client: new DevEndpointClient(ctx.http, base, auth), tenant: undefined, auth, describe: `environment ${env}` };
    }
  }
}
