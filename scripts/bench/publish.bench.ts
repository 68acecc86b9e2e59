/**
 * Publish path throughput: a large .app-shaped file (NAVX header + zip with incompressible padding) read with
 * readAppFile, then uploaded as multipart to the fake dev endpoint on 127.0.0.1 and parsed there.
 * BENCH_QUICK=1 uses 8 MB instead of 64 MB.
 */
import { randomBytes } from 'node:crypto';
import { DevEndpointClient } from '../src/dev-endpoint';
import { HttpClient } from '../src/http';
import { Redactor } from '../src/redact';
import { readAppFile } from '../src/app-file';
import { fakeDevEndpoint } from '../test/helpers/fake-dev-endpoint';
import { makeZip } from '../test/helpers/make-zip-for-bench';

async function main(): Promise<void> {
  const mb = process.env['BENCH_QUICK'] === '1' ? 8 : 64;
  const zip = makeZip(mb * 1024 * 1024, randomBytes);
  const header = Buffer.alloc(40);
  header.write('NAVX', 0, 'latin1');
  header.writeUInt32LE(40, 4);
  header.writeUInt32LE(2, 8);
  header.writeBigInt64LE(BigInt(zip.length), 28);
  header.write('NAVX', 36, 'latin1');
  const app = Buffer.concat([header, zip]);

  const readRuns = 20;
  let t = process.hrtime.bigint();
  for (let i = 0; i < readRuns; i++) readAppFile(app, 'bench.app');
  const readMs = Number(process.hrtime.bigint() - t) / 1e6 / readRuns;
  console.log(`app header+manifest read (${mb} MB app): ${readMs.toFixed(2)} ms`);

  const auth = `Basic ${Buffer.from('u:p').toString('base64')}`;
  const dev = fakeDevEndpoint(() => auth);
  await dev.server.start();
  try {
    const client = new DevEndpointClient(new HttpClient({ redactor: new Redactor() }), `${dev.server.url}/BC/dev/`, { kind: 'basic', credentials: { kind: 'basic', username: 'u', password: 'p' } });
    const runs = 3;
    t = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) await client.publishApp('bench.app', app, { schemaUpdateMode: 'synchronize' });
    const seconds = Number(process.hrtime.bigint() - t) / 1e9;
    if (dev.uploads.length !== runs) throw new Error('uploads were not all received');
    console.log(`dev endpoint multipart upload (${mb} MB app, local fake): ${((mb * runs) / seconds).toFixed(1)} MB/s`);
  } finally {
    await dev.server.stop();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});
