/**
 * Reads an .app file: the 40-byte NAVX header (`"NAVX"`, u32 header size 40, u32 version, 16-byte package GUID,
 * i64 content length, `"NAVX"`), then the zip with `NavxManifest.xml`, whose `<App>` element names the app.
 * Used to check a file really is an app before uploading it and to know its id, name, publisher and version.
 */
import { ScriptError } from './errors';
import { listZipEntries, readZipEntry } from './zip-reader';

export interface AppFileInfo {
  readonly formatVersion: number;
  readonly packageId: string;
  readonly id: string;
  readonly name: string;
  readonly publisher: string;
  readonly version: string;
  /** Dependencies from the manifest (platform and application are listed too when the app names them). */
  readonly dependencies: readonly AppReference[];
}

export interface AppReference {
  readonly id: string;
  readonly name: string;
  readonly publisher: string;
  readonly minVersion: string;
}

export const NAVX_HEADER_SIZE = 40;

/** Formats 16 bytes the way .NET's Guid.ToByteArray() wrote them (first three groups little-endian). */
export function guidFromBytes(b: Buffer): string {
  const hex = (buf: Buffer): string => buf.toString('hex');
  const rev = (start: number, len: number): string => hex(Buffer.from(b.subarray(start, start + len)).reverse());
  return `${rev(0, 4)}-${rev(4, 2)}-${rev(6, 2)}-${hex(b.subarray(8, 10))}-${hex(b.subarray(10, 16))}`;
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos);/g, (_m, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e] ?? '');
}

function attribute(element: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(element);
  return m?.[1] === undefined ? undefined : decodeXml(m[1]);
}

export function readAppFile(bytes: Buffer, where: string): AppFileInfo {
  if (bytes.length < NAVX_HEADER_SIZE || bytes.toString('latin1', 0, 4) !== 'NAVX') {
    throw new ScriptError('config', `${where} is not a Business Central .app file (it does not start with the NAVX header); build it with alc first.`);
  }
  const headerSize = bytes.readUInt32LE(4);
  const formatVersion = bytes.readUInt32LE(8);
  if (headerSize !== NAVX_HEADER_SIZE || bytes.toString('latin1', 36, 40) !== 'NAVX') {
    throw new ScriptError('config', `${where} has a damaged NAVX header (size ${headerSize}); it may be a runtime package or truncated.`);
  }
  if (formatVersion > 2) {
    throw new ScriptError('config', `${where} has NAVX format version ${formatVersion}; this tool reads versions up to 2.`);
  }
  const packageId = guidFromBytes(bytes.subarray(12, 28));
  const length = Number(bytes.readBigInt64LE(28));
  const zip = bytes.subarray(NAVX_HEADER_SIZE, length > 0 && NAVX_HEADER_SIZE + length <= bytes.length ? NAVX_HEADER_SIZE + length : bytes.length);
  const entry = listZipEntries(zip, where).find((e) => e.name === 'NavxManifest.xml');
  if (entry === undefined) throw new ScriptError('config', `${where} has no NavxManifest.xml; it is not a normal app package (runtime packages cannot be read).`);
  const xml = readZipEntry(zip, entry, where).toString('utf8');
  const element = /<App\s[^>]*>/.exec(xml)?.[0];
  if (element === undefined) throw new ScriptError('config', `${where}: NavxManifest.xml has no <App> element.`);
  const get = (name: string): string => {
    const v = attribute(element, name);
    if (v === undefined || v === '') throw new ScriptError('config', `${where}: NavxManifest.xml's <App> element has no ${name}.`);
    return v;
  };
  const dependencies: AppReference[] = [];
  for (const m of xml.matchAll(/<Dependency\s[^>]*>/g)) {
    const tag = m[0];
    const name = attribute(tag, 'Name');
    const publisher = attribute(tag, 'Publisher');
    if (name === undefined || publisher === undefined) continue;
    dependencies.push({ id: attribute(tag, 'Id') ?? '', name, publisher, minVersion: attribute(tag, 'MinVersion') ?? attribute(tag, 'Version') ?? '0.0.0.0' });
  }
  return { formatVersion, packageId, id: get('Id'), name: get('Name'), publisher: get('Publisher'), version: get('Version'), dependencies };
}
