import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { runCli } from '../src/cli';
import { send } from './helpers';

const MAIN = join(__dirname, '..', 'src', 'main.ts');
const run = (args: string[]) => spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', MAIN, ...args], { cwd: join(__dirname, '..', '..', '..'), stdio: ['ignore', 'pipe', 'pipe'] });

describe('graph emulator: CLI', () => {
  it('prints the URL and the demo credentials, serves, and stops on SIGTERM', async () => {
    const child = run(['--port', '0', '--seed', 'demo', '--faults', '503@at=2']);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
      const first = String((await lines.next()).value);
      const second = String((await lines.next()).value);
      const m = /^Graph emulator listening on (http:\/\/127\.0\.0\.1:(\d+))$/.exec(first);
      assert.ok(m, first);
      const credentials = JSON.parse(second) as Record<string, unknown>;
      assert.deepEqual(Object.keys(credentials), ['tenantId', 'clientId', 'clientSecret']);
      const token = await send('POST', `${m[1]}/${String(credentials['tenantId'])}/oauth2/v2.0/token`, {
        body: new URLSearchParams({ client_id: String(credentials['clientId']), client_secret: String(credentials['clientSecret']), grant_type: 'client_credentials', scope: 'https://graph.microsoft.com/.default' }),
      });
      assert.equal(token.status, 200);
      const bearer = String(token.json?.['access_token']);
      assert.equal((await send('GET', `${m[1]}/v1.0/solutions/bookingBusinesses`, { token: bearer })).status, 200);
      assert.equal((await send('GET', `${m[1]}/v1.0/solutions/bookingBusinesses`, { token: bearer })).status, 503, '--faults applied');
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0);
  });

  it('fails with one message and exit code 2 on a bad argument, seed or fault spec', async () => {
    for (const args of [['--port', 'abc'], ['--seed', '/nonexistent/fixture.json'], ['--faults', 'boom@rate=1'], ['--bogus'], ['--port']]) {
      const out: string[] = [];
      const err: string[] = [];
      const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l), stopped: Promise.resolve() });
      assert.equal(code, 2, args.join(' '));
      assert.equal(out.length, 0);
      assert.match(err[0] ?? '', /^graph-emulator: /, args.join(' '));
    }
  });

  it('runs in-process and stops when asked', async () => {
    const out: string[] = [];
    let stop = (): void => undefined;
    const stopped = new Promise<void>((resolve) => { stop = resolve; });
    const running = runCli(['--seed', 'empty', '--page-size', '5'], { out: (l) => { out.push(l); stop(); }, err: () => undefined, stopped });
    assert.equal(await running, 0);
    assert.match(out[0] ?? '', /^Graph emulator listening on http:\/\/127\.0\.0\.1:\d+$/);
  });
});
