/**
 * A small reader for the zip inside an .app file: central directory lookup plus stored/deflated entries
 * (inflated with Node's zlib). Written by hand because an .app needs only these two methods and no zip64,
 * and it keeps the scripts free of a zip dependency; anything else is reported, not guessed.
 */
import { inflateRawSync } from 'node:zlib';
import { ScriptError } from './errors';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function listZipEntries(zip: Buffer, where: string): ZipEntry[] {
  const min = Math.max(0, zip.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = zip.length - 22; i >= min; i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ScriptError('config', `${where}: not a zip archive (no end-of-central-directory record).`);
  const count = zip.readUInt16LE(eocd + 10);
  let offset = zip.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let n = 0; n < count; n++) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== CENTRAL) {
      throw new ScriptError('config', `${where}: the zip's central directory is damaged at entry ${n + 1}.`);
    }
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    entries.push({
      method: zip.readUInt16LE(offset + 10),
      compressedSize: zip.readUInt32LE(offset + 20),
      size: zip.readUInt32LE(offset + 24),
      name: zip.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'),
      localHeaderOffset: zip.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

export function readZipEntry(zip: Buffer, entry: ZipEntry, where: string): Buffer {
  const at = entry.localHeaderOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) {
    throw new ScriptError('config', `${where}: the zip entry ${entry.name} has no valid local header.`);
  }
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  switch (entry.method) {
    case 0:
      return Buffer.from(data);
    case 8:
      return inflateRawSync(data);
    default:
      throw new ScriptError('config', `${where}: the zip entry ${entry.name} uses compression method ${entry.method}, which is not supported.`);
  }
}
