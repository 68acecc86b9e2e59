import { strict as assert } from 'node:assert';
import { Progress, formatElapsed, type Sink } from '../src/progress';
import { Redactor } from '../src/redact';

function capture(): { sink: Sink; text: string[]; data: string[] } {
  const text: string[] = [];
  const data: string[] = [];
  return { sink: { text: (c) => text.push(c), data: (l) => data.push(l) }, text, data };
}

describe('redaction and progress output', () => {
  it('masks registered secrets, their Basic encoding, and token-shaped fields', () => {
    const r = Redactor.fromEnv({ BC_USERNAME: 'u', BC_PASSWORD: 'hunter22', BC_CLIENT_SECRET: 'cs-123' });
    const basic = Buffer.from('u:hunter22').toString('base64');
    const out = r.redact(`pw hunter22, header Authorization: Basic ${basic}, {"access_token":"abc.def"} client_secret=cs-123&x=1 Bearer-less`);
    assert.ok(!out.includes('hunter22') && !out.includes(basic) && !out.includes('abc.def') && !out.includes('cs-123'), out);
    assert.match(out, /Authorization: \*\*\*/);
  });

  it('plain mode prints a start line and an end line with status, name and elapsed time', async () => {
    const c = capture();
    let now = 1000;
    const p = new Progress('plain', c.sink, new Redactor().add('s3cret'), () => now);
    await p.step('Publish app', async (s) => {
      s.log('server said s3cret');
      now += 2500;
    });
    assert.deepEqual(c.text, ['> Publish app\n', '  server said ***\n', 'ok: Publish app (2.5s)\n']);
  });

  it('json mode emits one object per line and marks failed steps', async () => {
    const c = capture();
    const p = new Progress('json', c.sink, new Redactor(), () => 0);
    await assert.rejects(p.step('Compile', () => Promise.reject(new Error('x'))));
    p.result({ ok: false });
    assert.deepEqual(c.data.map((l) => JSON.parse(l) as unknown), [
      { type: 'step', name: 'Compile', status: 'started' },
      { type: 'step', name: 'Compile', status: 'failed', elapsedMs: 0 },
      { type: 'result', ok: false },
    ]);
  });

  it('tty mode redraws a spinner line in place', () => {
    const c = capture();
    const p = new Progress('tty', c.sink, new Redactor(), () => 0);
    const h = p.start('Download symbols');
    h.end('ok', '3 packages');
    assert.ok(c.text.some((t) => t.startsWith('\r\x1b[2K')));
    assert.match(c.text.join(''), /\| Download symbols 0ms.*ok: Download symbols \(0ms\) - 3 packages\n$/s);
  });

  it('formats elapsed times', () => {
    assert.equal(formatElapsed(250), '250ms');
    assert.equal(formatElapsed(12_340), '12.3s');
    assert.equal(formatElapsed(125_000), '2m05s');
  });
});
