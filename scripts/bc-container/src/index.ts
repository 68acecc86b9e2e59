export { BcContainer, type CompileOptions, type ContainerAppInfo, type NewContainerOptions, type PublishOptions, type RunTestsOptions } from './bc-container';
export { PwshRunner, PRELUDE_PATH, type PwshRunnerOptions } from './pwsh-runner';
export { BCCH_CMDLETS, type ArtifactQuery, type BcchCmdlet, type BcchRequest, type JsonValue } from './request';
