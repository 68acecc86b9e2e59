/**
 * Builds an .app-shaped file for tests: the 40-byte NAVX header followed by a real zip (written here by hand,
 * independent of the reader under test) holding NavxManifest.xml and a source file. Never written into the repo.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface FakeAppSpec {
  readonly id?: string;
  readonly name: string;
  readonly publisher?: string;
  readonly version?: string;
  readonly packageId?: string;
  readonly dependencies?: readonly { id: string; name: string; publisher: string; minVersion: string }[];
  /** Deflate the manifest (method 8) instead of storing it (method 0). */
  readonly deflate?: boolean;
}

function guidBytes(guid: string): Buffer {
  const hex = guid.replace(/-/g, '');
  const b = Buffer.from(hex, 'hex');
  // .NET Guid byte order: first three groups little-endian.
  return Buffer.concat([Buffer.from(b.subarray(0, 4)).reverse(), Buffer.from(b.subarray(4, 6)).reverse(), Buffer.from(b.subarray(6, 8)).reverse(), b.subarray(8)]);
}

export function makeZip(entries: readonly { name: string; data: Buffer; deflate?: boolean }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = e.deflate === true ? deflateRawSync(e.data) : e.data;
    const crc = crc32(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(e.deflate === true ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(e.deflate === true ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function makeApp(spec: FakeAppSpec): Buffer {
  const id = spec.id ?? '64d0bad8-e4fc-49a5-8607-8e161ca5e6b7';
  const deps = (spec.dependencies ?? [])
    .map((d) => `<Dependency Id="${d.id}" Name="${xmlEscape(d.name)}" Publisher="${xmlEscape(d.publisher)}" MinVersion="${d.minVersion}" />`)
    .join('');
  const manifest = `<?xml version="1.0" encoding="utf-8"?><Package xmlns="http://schemas.microsoft.com/navx/2015/manifest"><App Id="${id}" Name="${xmlEscape(spec.name)}" Publisher="${xmlEscape(spec.publisher ?? 'Seed')}" Version="${spec.version ?? '1.0.0.0'}" Runtime="15.0" Target="Cloud" /><Dependencies>${deps}</Dependencies></Package>`;
  const zip = makeZip([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
    { name: 'NavxManifest.xml', data: Buffer.from(manifest, 'utf8'), deflate: spec.deflate === true },
    { name: 'src/Hello.Codeunit.al', data: Buffer.from('codeunit 70470000 "BKI Hello" { }') },
  ]);
  const header = Buffer.alloc(40);
  header.write('NAVX', 0, 'latin1');
  header.writeUInt32LE(40, 4);
  header.writeUInt32LE(2, 8);
  guidBytes(spec.packageId ?? '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d').copy(header, 12);
  header.writeBigInt64LE(BigInt(zip.length), 28);
  header.write('NAVX', 36, 'latin1');
  return Buffer.concat([header, zip]);
}
