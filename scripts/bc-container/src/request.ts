/**
 * The data a BcContainerHelper call is made of. It is written as JSON to a file that the fixed PowerShell prelude
 * (../prelude.ps1) reads; nothing here is ever turned into PowerShell source text.
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export const BCCH_CMDLETS = [
  'New-BcContainer',
  'Compile-AppInBcContainer',
  'Publish-BcContainerApp',
  'Run-TestsInBcContainer',
  'Get-BcContainerAppInfo',
  'Remove-BcContainer',
] as const;
export type BcchCmdlet = (typeof BCCH_CMDLETS)[number];

export interface ArtifactQuery {
  readonly type: 'Sandbox' | 'OnPrem';
  readonly country: string;
  readonly version?: string;
  readonly select?: 'Latest' | 'Closest' | 'SecondToLastMajor' | 'Current' | 'NextMinor' | 'NextMajor' | 'Daily' | 'Weekly';
}

export interface BcchRequest {
  readonly cmdlet: BcchCmdlet;
  /** Named parameters, splatted as they are. */
  readonly parameters: Readonly<Record<string, JsonValue>>;
  /** Switch parameters to turn on. */
  readonly switches: readonly string[];
  /** Add `-credential` built by the prelude from BC_USERNAME / BC_PASSWORD. */
  readonly credential: boolean;
  /** Add `-bcAuthContext` built by the prelude with New-BcAuthContext from BC_TENANT_ID / BC_REFRESH_TOKEN (/ BC_REFRESH_CLIENT_ID). */
  readonly authContext: boolean;
  /** Look the artifact URL up with Get-BcArtifactUrl and pass it as `-artifactUrl`. */
  readonly artifact?: ArtifactQuery;
  /** Whether the call needs a local Docker engine with Windows containers. */
  readonly needsDocker: boolean;
}

/** Parameter names must be plain identifiers (they become hashtable keys for splatting). */
export function assertParameterName(name: string): void {
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(name)) throw new Error(`Invalid BcContainerHelper parameter name "${name}".`);
}
