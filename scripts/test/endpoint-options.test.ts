import { strict as assert } from 'node:assert';
import { parseCliArgs } from '../src/cli-args';
import { ENDPOINT_OPTIONS, onPremBaseUrl } from '../src/endpoint-options';
import { ScriptError } from '../src/errors';

function devUrl(argv: string[]): string {
  return onPremBaseUrl(parseCliArgs(argv, ENDPOINT_OPTIONS, 'publish'), 'publish');
}

function usageError(argv: string[]): string {
  try {
    devUrl(argv);
  } catch (error) {
    assert.ok(error instanceof ScriptError, String(error));
    return error.message;
  }
  return assert.fail('expected a usage error');
}

describe('dev endpoint address for containers and on-prem', () => {
  it('defaults to localhost:7049 and instance BC', () => {
    assert.equal(devUrl([]), 'http://localhost:7049/BC/dev/');
  });

  it('takes a host, a URL, or a URL with its own port', () => {
    assert.equal(devUrl(['--server', 'bcserver']), 'http://bcserver:7049/BC/dev/');
    assert.equal(devUrl(['--server', 'https://bc.example.test/', '--instance', 'BC250']), 'https://bc.example.test:7049/BC250/dev/');
    assert.equal(devUrl(['--server', 'http://bc:8049']), 'http://bc:8049/BC/dev/');
    assert.equal(devUrl(['--server', 'http://bc:8049', '--port', '8049']), 'http://bc:8049/BC/dev/');
  });

  it('refuses a port given twice with different values, a path, or a malformed server', () => {
    assert.match(usageError(['--server', 'http://bc:8049', '--port', '7049']), /port 8049 but --port says 7049/);
    assert.match(usageError(['--server', 'http://bc/BC/dev']), /without a path/);
    assert.match(usageError(['--server', 'http://bc:notaport']), /is not a host name or URL/);
  });
});
