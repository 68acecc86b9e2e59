/** Library entry of the control add-in harness (browser tests, benchmark, local sandbox). */
export { AddinHostError, bookingGridAlFile, checkControlAddIn, defaultAppRoot, startAddinHost } from './addinHost';
export type { AddinHost, AddinHostOptions, HostEvent } from './addinHost';
export { AddinPage } from './addinPage';
export type { OpenOptions, PageEvent } from './addinPage';
export { buildAddin, buildAddinOnce } from './build';
export type { BuildResult, BuiltFile } from './build';
export { findChromium, launchChromium, NoChromiumError } from './chromium';
export { parseControlAddIn } from './controlAddInFile';
export type { ControlAddInDeclaration, AddinMember } from './controlAddInFile';
