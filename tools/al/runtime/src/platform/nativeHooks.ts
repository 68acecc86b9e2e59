import { ALDateTime, ALDuration } from '../values/dates';
import { alError } from '../errors';
import { baseUtcOffsetMs, isDst, supportsDst, utcOffsetMs } from './timeZones';

/**
 * Native procedures: AL procedures whose body the runtime replaces (the base-application model's codeunit
 * "Runtime Native Hooks", see tools/al/runtime/base-app/README.md). Key: `codeunit name::procedure name`, lower case.
 * `args` are the call's arguments; a `var` parameter is written back by assigning `args[i]`.
 */
export type NativeImpl = (args: unknown[], settings: PlatformSettings) => unknown;

/** Session settings the native hooks read (part 2 of the runtime sets them from its configuration). */
export interface PlatformSettings {
  isSaaS: boolean;
  isSandbox: boolean;
  environmentName: string;
  applicationFamily: string;
  userTimeZoneId: string;
  isWebClient: boolean;
  installedApps: Map<string, number>;
}

export function defaultPlatformSettings(): PlatformSettings {
  return { isSaaS: true, isSandbox: true, environmentName: 'Sandbox', applicationFamily: 'W1', userTimeZoneId: '', isWebClient: false, installedApps: new Map() };
}

const dtMs = (v: unknown): number => {
  if (v instanceof ALDateTime && !v.isUndefined) return v.ms;
  throw alError('A defined DateTime is needed to compute a time-zone offset.');
};

export const NATIVE_HOOKS = new Map<string, NativeImpl>([
  ['runtime native hooks::issaas', (_a, s) => s.isSaaS],
  ['runtime native hooks::issandbox', (_a, s) => s.isSandbox],
  ['runtime native hooks::getenvironmentname', (_a, s) => s.environmentName],
  ['runtime native hooks::getapplicationfamily', (_a, s) => s.applicationFamily],
  ['runtime native hooks::versioninstalled', (a, s) => s.installedApps.get(String(a[0]).toUpperCase()) ?? 0],
  ['runtime native hooks::getusertimezoneid', (_a, s) => s.userTimeZoneId],
  ['runtime native hooks::iswebclient', (_a, s) => s.isWebClient],
  ['runtime native hooks::getutcoffset', (a) => new ALDuration(utcOffsetMs(dtMs(a[0]), String(a[1])))],
  ['runtime native hooks::getbaseutcoffset', (a) => new ALDuration(baseUtcOffsetMs(String(a[0])))],
  ['runtime native hooks::supportsdaylightsavingtime', (a) => supportsDst(String(a[0]))],
  ['runtime native hooks::isdaylightsavingtime', (a) => isDst(dtMs(a[0]), String(a[1]))],
]);
