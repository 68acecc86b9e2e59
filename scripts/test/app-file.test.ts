import { strict as assert } from 'node:assert';
import { readAppFile } from '../src/app-file';
import { makeApp } from './helpers/make-app';

describe('.app file reader', () => {
  it('reads the NAVX header and the manifest from a stored or deflated zip', () => {
    for (const deflate of [false, true]) {
      const info = readAppFile(
        makeApp({ name: 'Bookings & Invoicing', publisher: 'Seed', version: '1.2.3.4', packageId: '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', deflate, dependencies: [{ id: '63ca2fa4-4f03-4f2b-a480-172fef340d3f', name: 'System Application', publisher: 'Microsoft', minVersion: '26.0.0.0' }] }),
        'x.app',
      );
      assert.equal(info.name, 'Bookings & Invoicing');
      assert.equal(info.version, '1.2.3.4');
      assert.equal(info.id, '64d0bad8-e4fc-49a5-8607-8e161ca5e6b7');
      assert.equal(info.packageId, '0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d');
      assert.equal(info.formatVersion, 2);
      assert.deepEqual(info.dependencies, [{ id: '63ca2fa4-4f03-4f2b-a480-172fef340d3f', name: 'System Application', publisher: 'Microsoft', minVersion: '26.0.0.0' }]);
    }
  });

  it('rejects files without the header, with a damaged header, or with a truncated zip', () => {
    assert.throws(() => readAppFile(Buffer.from('PK\u0003\u0004'), 'a.app'), /a\.app is not a Business Central \.app file/);
    const app = makeApp({ name: 'A' });
    const damaged = Buffer.from(app);
    damaged.writeUInt32LE(41, 4);
    assert.throws(() => readAppFile(damaged, 'b.app'), /damaged NAVX header/);
    const truncated = app.subarray(0, 60);
    assert.throws(() => readAppFile(truncated, 'c.app'), /not a zip archive/);
  });
});
