export type { AppDependency, AppManifest, AppReference, AppTarget, IdRange } from './manifest';
export { compareVersions, parseVersion } from './manifest';
export { validateAppJson, type AppJsonResult } from './validateAppJson';
export { loadAppJson } from './loadAppJson';
export { checkTestApp } from './checkTestApp';
export { AppJsonMessages, type AppJsonCode } from './messages';
