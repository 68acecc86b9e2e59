/**
 * Typed wrapper over the BcContainerHelper cmdlets the scripts need. Each method builds a BcchRequest (data only)
 * and runs it through the PwshRunner; results are narrowed from JSON here, so callers get typed values.
 */
import { ScriptError } from '../../src/errors';
import type { ArtifactQuery, BcchCmdlet, BcchRequest, JsonValue } from './request';
import type { PwshRunner } from './pwsh-runner';

export interface NewContainerOptions {
  readonly containerName: string;
  readonly artifact: ArtifactQuery;
  readonly auth?: 'NavUserPassword' | 'UserPassword' | 'Windows' | 'AAD';
  readonly isolation?: 'process' | 'hyperv';
  readonly memoryLimit?: string;
  readonly licenseFile?: string;
  readonly includeTestToolkit?: boolean;
  readonly updateHosts?: boolean;
  readonly vsixFile?: string;
}

export interface CompileOptions {
  readonly containerName: string;
  readonly appProjectFolder: string;
  readonly appOutputFolder: string;
  readonly appSymbolsFolder?: string;
  readonly rulesetFile?: string;
  readonly codeCop?: boolean;
  readonly uiCop?: boolean;
  readonly perTenantExtensionCop?: boolean;
  readonly appSourceCop?: boolean;
  readonly failOn?: 'error' | 'warning' | 'none';
}

export interface PublishOptions {
  readonly containerName: string;
  readonly appFile: string;
  readonly syncMode?: 'Add' | 'Clean' | 'Development' | 'ForceSync';
  readonly skipVerification?: boolean;
  readonly useDevEndpoint?: boolean;
}

export interface RunTestsOptions {
  /** Container that hosts the test client (for SaaS too, unless compilerFolder is given). */
  readonly containerName?: string;
  readonly compilerFolder?: string;
  /** SaaS environment name: runs against the online sandbox with a bcAuthContext built from env. */
  readonly environment?: string;
  readonly extensionId: string;
  readonly junitResultFile: string;
  readonly companyName?: string;
  readonly testCodeunitRange?: string;
}

export interface ContainerAppInfo {
  readonly name: string;
  readonly publisher: string;
  readonly version: string;
  readonly appId: string;
  readonly isInstalled: boolean | undefined;
}

function object(v: JsonValue | undefined): Readonly<Record<string, JsonValue>> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Readonly<Record<string, JsonValue>>) : undefined;
}

function text(v: JsonValue | undefined): string {
  if (typeof v === 'string') return v;
  const o = object(v);
  // System.Version serializes as {Major, Minor, Build, Revision}.
  if (o !== undefined && typeof o['Major'] === 'number') return [o['Major'], o['Minor'], o['Build'], o['Revision']].map((n) => (typeof n === 'number' && n >= 0 ? n : 0)).join('.');
  return v === undefined || v === null ? '' : String(v);
}

function request(cmdlet: BcchCmdlet, parts: Partial<Omit<BcchRequest, 'cmdlet'>>): BcchRequest {
  return { cmdlet, parameters: {}, switches: [], credential: false, authContext: false, needsDocker: true, ...parts };
}

function switches(map: Readonly<Record<string, boolean | undefined>>): string[] {
  return Object.entries(map).filter(([, on]) => on === true).map(([name]) => name);
}

export class BcContainer {
  constructor(private readonly runner: PwshRunner) {}

  /** New-BcContainer with the artifact URL looked up by Get-BcArtifactUrl; -credential from BC_USERNAME/BC_PASSWORD. */
  async newContainer(o: NewContainerOptions): Promise<void> {
    const parameters: Record<string, JsonValue> = { containerName: o.containerName, auth: o.auth ?? 'NavUserPassword' };
    if (o.isolation !== undefined) parameters['isolation'] = o.isolation;
    if (o.memoryLimit !== undefined) parameters['memoryLimit'] = o.memoryLimit;
    if (o.licenseFile !== undefined) parameters['licenseFile'] = o.licenseFile;
    if (o.vsixFile !== undefined) parameters['vsixFile'] = o.vsixFile;
    const artifact: ArtifactQuery = { ...o.artifact, select: o.artifact.select ?? 'Latest' };
    await this.runner.run(
      request('New-BcContainer', {
        parameters,
        switches: switches({ accept_eula: true, includeTestToolkit: o.includeTestToolkit ?? true, updateHosts: o.updateHosts }),
        credential: true,
        artifact,
      }),
    );
  }

  /** Compile-AppInBcContainer; returns the path of the .app it wrote. */
  async compileApp(o: CompileOptions): Promise<string> {
    const parameters: Record<string, JsonValue> = { containerName: o.containerName, appProjectFolder: o.appProjectFolder, appOutputFolder: o.appOutputFolder };
    if (o.appSymbolsFolder !== undefined) parameters['appSymbolsFolder'] = o.appSymbolsFolder;
    if (o.rulesetFile !== undefined) parameters['rulesetFile'] = o.rulesetFile;
    if (o.failOn !== undefined) parameters['FailOn'] = o.failOn;
    const result = await this.runner.run(
      request('Compile-AppInBcContainer', {
        parameters,
        switches: switches({
          EnableCodeCop: o.codeCop,
          EnableUICop: o.uiCop,
          EnablePerTenantExtensionCop: o.perTenantExtensionCop,
          EnableAppSourceCop: o.appSourceCop,
        }),
        credential: true,
      }),
    );
    const path = text(Array.isArray(result) ? result[result.length - 1] : result);
    if (!path.toLowerCase().endsWith('.app')) throw new ScriptError('tool', `Compile-AppInBcContainer did not report an .app file (got "${path}").`);
    return path;
  }

  /** Publish-BcContainerApp with -sync -install. */
  async publishApp(o: PublishOptions): Promise<void> {
    const parameters: Record<string, JsonValue> = { containerName: o.containerName, appFile: o.appFile };
    if (o.syncMode !== undefined) parameters['syncMode'] = o.syncMode;
    await this.runner.run(
      request('Publish-BcContainerApp', {
        parameters,
        switches: switches({ sync: true, install: true, upgrade: true, skipVerification: o.skipVerification, useDevEndpoint: o.useDevEndpoint }),
        credential: true,
      }),
    );
  }

  /** Run-TestsInBcContainer writing JUnit; resolves true when every test passed. */
  async runTests(o: RunTestsOptions): Promise<boolean> {
    const parameters: Record<string, JsonValue> = { extensionId: o.extensionId, JUnitResultFileName: o.junitResultFile };
    if (o.containerName !== undefined) parameters['containerName'] = o.containerName;
    if (o.compilerFolder !== undefined) parameters['compilerFolder'] = o.compilerFolder;
    if (o.environment !== undefined) parameters['environment'] = o.environment;
    if (o.companyName !== undefined) parameters['companyName'] = o.companyName;
    if (o.testCodeunitRange !== undefined) parameters['testCodeunitRange'] = o.testCodeunitRange;
    const online = o.environment !== undefined;
    const result = await this.runner.run(
      request('Run-TestsInBcContainer', {
        parameters,
        switches: ['detailed', 'returnTrueIfAllPassed'],
        credential: !online,
        authContext: online,
        needsDocker: o.containerName !== undefined,
      }),
    );
    const last = Array.isArray(result) ? result[result.length - 1] : result;
    if (typeof last !== 'boolean') throw new ScriptError('tool', 'Run-TestsInBcContainer did not return whether all tests passed.');
    return last;
  }

  /** Get-BcContainerAppInfo -tenantSpecificProperties. */
  async getAppInfo(containerName: string): Promise<ContainerAppInfo[]> {
    const result = await this.runner.run(
      request('Get-BcContainerAppInfo', { parameters: { containerName, sort: 'None' }, switches: ['tenantSpecificProperties'] }),
    );
    const list = Array.isArray(result) ? result : result === null ? [] : [result];
    return list.map((item) => {
      const o = object(item) ?? {};
      const installed = o['IsInstalled'];
      return {
        name: text(o['Name']),
        publisher: text(o['Publisher']),
        version: text(o['Version']),
        appId: text(o['AppId']),
        isInstalled: typeof installed === 'boolean' ? installed : undefined,
      };
    });
  }

  async removeContainer(containerName: string): Promise<void> {
    await this.runner.run(request('Remove-BcContainer', { parameters: { containerName } }));
  }
}
