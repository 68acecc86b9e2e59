/** A zip with a small NavxManifest.xml and one large stored entry, for the publish benchmark. */
import { makeZip as zipOf } from './make-app';

export function makeZip(bytes: number, random: (n: number) => Buffer): Buffer {
  const manifest = '<?xml version="1.0"?><Package><App Id="64d0bad8-e4fc-49a5-8607-8e161ca5e6b7" Name="Bench" Publisher="Seed" Version="1.0.0.0" /></Package>';
  return zipOf([
    { name: 'NavxManifest.xml', data: Buffer.from(manifest) },
    { name: 'src/padding.bin', data: random(bytes) },
  ]);
}
