/** Public entry of the sandbox page metadata. */
export * from './model';
export { loadApps, findPage, promotedGroups, type AppSource, type LoadOptions } from './loadApps';
export { MetadataMessages, type MetadataCode } from './messages';
export { productApps } from './productApps';
