import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SeedError, startEmulator } from '../src/index';
import { resolveSeed } from '../src/seed-source';
import { FIXED_NOW } from './helpers';

describe('graph emulator: fixture files', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'graph-emulator-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string): string => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  const diagnosticOf = (file: string) => {
    try {
      resolveSeed(file, FIXED_NOW);
    } catch (e) {
      if (e instanceof SeedError) return e.diagnostic;
      throw e;
    }
    assert.fail('expected a SeedError');
  };

  it('points at the rejected entry with line and column', () => {
    const file = write('bad-entry.json', [
      '{',
      '  "businesses": [{',
      '    "id": "A@contoso.onmicrosoft.com",',
      '    "appointments": [',
      '      { "startDateTime": { "dateTime": "2026-01-01T10:00:00", "timeZone": "UTC" }, "endDateTime": { "dateTime": "2026-01-01T11:00:00", "timeZone": "UTC" } },',
      '      { "startDateTime": { "dateTime": "2026-01-01T10:00:00", "timeZone": "Moon Standard Time" }, "endDateTime": { "dateTime": "2026-01-01T11:00:00", "timeZone": "UTC" } }',
      '    ]',
      '  }]',
      '}',
    ].join('\n'));
    const d = diagnosticOf(file);
    assert.deepEqual([d.file, d.line, d.column, d.code, d.severity], [file, 6, 7, 'GE1001', 'error']);
    assert.match(d.message, /businesses\[0\]\.appointments\[1\].*Moon Standard Time/);
  });

  it('reports invalid JSON and unreadable files as diagnostics', () => {
    const d = diagnosticOf(write('broken.json', '{\n  "businesses": [\n}'));
    assert.deepEqual([d.line, d.code], [3, 'GE1002']);
    assert.equal(diagnosticOf(join(dir, 'missing.json')).code, 'GE1003');
  });

  it('refuses to start on a bad fixture, and the message says where', async () => {
    const file = write('no-businesses.json', '{"apps": []}');
    await assert.rejects(startEmulator({ seed: file }), (e: unknown) => e instanceof SeedError && /no-businesses\.json\(1,1\): error GE1001/.test(e.message));
  });
});
