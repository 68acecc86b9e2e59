import { strict as assert } from 'node:assert';
import type { Emulator } from '../src/index';
import { BERLIN, Graph, PHYSIO, errorCode, start } from './helpers';

describe('graph emulator: Bookings concurrency throttling', () => {
  let emulator: Emulator;
  before(async () => {
    // Every Graph response takes 1.5 s, so requests fired together are in flight together.
    emulator = await start({ seed: 'demo', latencyMs: 1500 });
  });
  after(async () => emulator.close());

  it('answers the 5th and 6th concurrent request of one app on one business with 429 and Retry-After; others pass', async () => {
    const demo = new Graph(emulator);
    const reader = new Graph(emulator, emulator.apps.reader);
    await Promise.all([demo.bearer(), reader.bearer()]);
    const same = Array.from({ length: 6 }, () => demo.get(demo.business(PHYSIO, '/services')));
    const otherBusiness = demo.get(demo.business(BERLIN, '/services'));
    const otherApp = reader.get(reader.business(PHYSIO, '/services'));
    const replies = await Promise.all(same);
    const statuses = replies.map((r) => r.status).sort();
    assert.deepEqual(statuses, [200, 200, 200, 200, 429, 429]);
    const throttled = replies.filter((r) => r.status === 429);
    for (const r of throttled) {
      assert.equal(r.headers.get('retry-after'), '1');
      assert.equal(errorCode(r), 'ApplicationThrottled');
    }
    assert.equal((await otherBusiness).status, 200);
    assert.equal((await otherApp).status, 200);
    // Slots are released when responses finish.
    assert.equal((await demo.get(demo.business(PHYSIO, '/services'))).status, 200);
  });
});
