import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../build';
import { findCompiler } from '../src/alc';
import { fakeDevEndpoint, symbolPackage, type FakeDevEndpoint } from './helpers/fake-dev-endpoint';
import { fakeProject, type FakeProject } from './helpers/fake-project';
import { errorLines, runCli } from './helpers/cli-run';
import { chmodSync, copyFileSync, writeFileSync } from 'node:fs';
import { fakePwsh } from './helpers/fake-pwsh';

const USER = 'builder';
const PASSWORD = 'symbols-P@ss-42';

function calls(p: FakeProject): { tool: string; argv: string[] }[] {
  if (!existsSync(p.calls)) return [];
  return readFileSync(p.calls, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { tool: string; argv: string[] });
}

describe('build (with fake add-in, AL toolchain and alc)', function () {
  this.timeout(120_000);
  const projects: FakeProject[] = [];
  let dev: FakeDevEndpoint;
  const make = (o: Parameters<typeof fakeProject>[0]): FakeProject => {
    const p = fakeProject(o);
    projects.push(p);
    return p;
  };
  const envFor = (p: FakeProject, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({ PATH: process.env['PATH'], HOME: p.home, ...extra });

  before(async () => {
    dev = fakeDevEndpoint(() => `Basic ${Buffer.from(`${USER}:${PASSWORD}`).toString('base64')}`);
    const dep = (name: string): { id: string; name: string; publisher: string; minVersion: string } => ({ id: '00000000-0000-0000-0000-0000000000aa', name, publisher: 'Microsoft', minVersion: '26.0.0.0' });
    dev.packages.set('Microsoft/System', symbolPackage('Microsoft', 'System'));
    dev.packages.set('Microsoft/Application', symbolPackage('Microsoft', 'Application', [dep('Base Application')]));
    dev.packages.set('Microsoft/Base Application', symbolPackage('Microsoft', 'Base Application'));
    for (const n of ['Library Assert', 'Any', 'Library Variable Storage', 'Tests-TestLibraries']) dev.packages.set(`Microsoft/${n}`, symbolPackage('Microsoft', n));
    await dev.server.start();
  });
  after(async () => {
    await dev.server.stop();
    for (const p of projects) rmSync(p.root, { recursive: true, force: true });
  });

  it('without a compiler: says so in one line, reports what it still checked, and makes no .app', async () => {
    const p = make({ addinScript: false, alCommands: ['parse'] });
    const run = await runCli(main, [], envFor(p), p.root);
    assert.equal(run.code, 7, run.all);
    assert.match(run.text, /MISSING: Bundle control add-in .* no "build:addin" script/);
    assert.match(run.text, /ok: Check AL .*npm run al -- parse src-al test-app: exit 0/);
    const noCompiler = run.text.split('\n').filter((l) => l.startsWith('No AL compiler found'));
    assert.equal(noCompiler.length, 1);
    assert.match(noCompiler[0] ?? '', /no \.app was built; still parsed \(syntax only\) src-al and test-app/);
    assert.equal(errorLines(run).length, 1);
    assert.ok(!existsSync(join(p.root, 'build', 'apps')) || readdirSync(join(p.root, 'build', 'apps')).length === 0);
    assert.deepEqual(calls(p).filter((c) => c.tool === 'al').map((c) => c.argv), [['help'], ['parse', 'src-al', 'test-app']]);
  });

  it('--require-app fails when there is no compiler', async () => {
    const p = make({ addinScript: true, alCommands: ['parse', 'check'] });
    const run = await runCli(main, ['--require-app'], envFor(p), p.root);
    assert.equal(run.code, 3, run.all);
    assert.match(errorLines(run)[0] ?? '', /No AL compiler found/);
  });

  it('compiles both apps with the analyzers and ruleset after downloading missing symbols', async () => {
    const p = make({ addinScript: true, alCommands: ['parse', 'check'] });
    mkdirSync(join(p.root, 'src-al', 'Translations'), { recursive: true });
    writeFileSync(join(p.root, 'src-al', 'Translations', 'Bookings Invoicing.da-DK.xlf'), '<xliff/>');
    const run = await runCli(main, ['--symbols-from', 'onprem', '--dev-url', `${dev.server.url}/BC/dev/`, '--json'], envFor(p, { AL_COMPILER: p.alcPath, BC_USERNAME: USER, BC_PASSWORD: PASSWORD }), p.root);
    assert.equal(run.code, 0, run.all);
    const events = run.data.map((l) => JSON.parse(l) as Record<string, unknown>);
    const result = events.find((e) => e['type'] === 'result');
    assert.deepEqual(result?.['apps'], ['build/apps/Seed_Bookings Invoicing_1.0.0.0.app', 'build/apps/Seed_Bookings Invoicing Test_1.0.0.0.app']);
    assert.ok(existsSync(join(p.root, 'build', 'apps', 'Seed_Bookings Invoicing Test_1.0.0.0.app')));
    // Our checker ran its check command on both source folders.
    assert.deepEqual(calls(p).filter((c) => c.tool === 'al').map((c) => c.argv), [['help'], ['check', '.', 'test-app']]);
    assert.equal(calls(p).filter((c) => c.tool === 'addin').length, 1);
    // Symbols: System, Application and the Base Application it depends on, plus the test libraries.
    const cached = readdirSync(join(p.root, '.alpackages')).sort();
    for (const n of ['Microsoft_System_26.0.0.0.app', 'Microsoft_Application_26.0.0.0.app', 'Microsoft_Base_Application_26.0.0.0.app', 'Microsoft_Library_Assert_26.0.0.0.app']) assert.ok(cached.includes(n), `${n} in ${cached.join(', ')}`);
    const alc = calls(p).filter((c) => c.tool === 'alc');
    assert.equal(alc.length, 2);
    const appArgs = alc[0]?.argv ?? [];
    assert.ok(appArgs.includes(`/project:${join(p.root, 'build', 'alc', 'app')}`), appArgs.join(' '));
    assert.ok(appArgs.includes(`/packagecachepath:${join(p.root, '.alpackages')}`));
    assert.ok(appArgs.includes(`/ruleset:${join(p.root, 'bki.ruleset.json')}`));
    const analyzers = appArgs.filter((a) => a.startsWith('/analyzer:')).map((a) => a.replace(/^.*Microsoft\.Dynamics\.Nav\./, ''));
    assert.deepEqual(analyzers, ['Analyzers.Common.dll', 'CodeCop.dll', 'UICop.dll', 'PerTenantExtensionCop.dll']);
    assert.ok((alc[1]?.argv ?? []).includes(`/project:${join(p.root, 'test-app')}`));
    // The staged app project holds the app's sources only, not the test app.
    assert.ok(existsSync(join(p.root, 'build', 'alc', 'app', 'src-al', 'Setup', 'BKISetup.Table.al')));
    assert.ok(!existsSync(join(p.root, 'build', 'alc', 'app', 'test-app')));
    // Translations go where alc packs them: <project>/Translations.
    assert.ok(existsSync(join(p.root, 'build', 'alc', 'app', 'Translations', 'Bookings Invoicing.da-DK.xlf')));
    assert.ok(!run.all.includes(PASSWORD));
  });

  it('prints alc errors as positioned diagnostics, fails, and skips the test app', async () => {
    const p = make({ addinScript: true, alCommands: ['parse'], alc: 'errors' });
    mkdirSync(join(p.root, '.alpackages'), { recursive: true });
    for (const [n, f] of [['System', 'sys'], ['Application', 'app'], ['Library Assert', 'la'], ['Any', 'any'], ['Library Variable Storage', 'lvs'], ['Tests-TestLibraries', 'ttl']] as const) {
      writeFileSync(join(p.root, '.alpackages', `${f}.app`), symbolPackage('Microsoft', n));
    }
    const run = await runCli(main, ['--alc', p.alcPath], envFor(p), p.root);
    assert.equal(run.code, 7, run.all);
    assert.match(run.text, /src-al\/Setup\/BKISetup\.Table\.al\(12,5\): error AL0118: The name 'Foo' does not exist/);
    assert.match(run.text, /src-al\/Setup\/BKISetup\.Table\.al\(3,9\): warning AA0021/);
    assert.match(errorLines(run)[0] ?? '', /build did not complete: Compile app with alc \(option\) \(failed\)/);
    assert.equal(calls(p).filter((c) => c.tool === 'alc').length, 1);
    assert.ok(!existsSync(join(p.root, 'build', 'apps', 'Seed_Bookings Invoicing_1.0.0.0.app')));
  });

  it('names the missing symbols when there is no endpoint to download them from', async () => {
    const p = make({ addinScript: true, alCommands: ['parse'] });
    const run = await runCli(main, [], envFor(p, { AL_COMPILER: p.alcPath }), p.root);
    assert.equal(run.code, 7, run.all);
    assert.match(run.text, /\.alpackages lacks Microsoft System 26\.0\.0\.0, Microsoft Application 26\.0\.0\.0, .*--symbols-from/);
    assert.equal(calls(p).filter((c) => c.tool === 'alc').length, 0);
  });

  it('compiles inside a BC container through the BcContainerHelper wrapper when --container is given', async () => {
    const p = make({ addinScript: true, alCommands: ['parse'] });
    const pwsh = fakePwsh();
    try {
      const apps = join(p.root, 'compiled-by-container');
      mkdirSync(apps);
      copyFileSync(join(p.root, 'alext', 'app.app.bin'), join(apps, 'Bookings Invoicing.app'));
      copyFileSync(join(p.root, 'alext', 'test.app.bin'), join(apps, 'Bookings Invoicing Test.app'));
      const run = await runCli(main, ['--container', 'bcserver'], { ...pwsh.env({}), HOME: p.home, FAKE_APPS_DIR: apps, BC_USERNAME: USER, BC_PASSWORD: PASSWORD }, p.root);
      assert.equal(run.code, 0, run.all);
      const requests = pwsh.calls().map((c) => c.request);
      assert.deepEqual(requests.map((r) => r.cmdlet), ['Compile-AppInBcContainer', 'Compile-AppInBcContainer']);
      assert.equal(requests[0]?.parameters['appProjectFolder'], join(p.root, 'build', 'alc', 'app'));
      assert.equal(requests[1]?.parameters['appProjectFolder'], join(p.root, 'test-app'));
      assert.equal(requests[0]?.parameters['rulesetFile'], join(p.root, 'bki.ruleset.json'));
      assert.deepEqual(requests[0]?.switches, ['EnableCodeCop', 'EnableUICop', 'EnablePerTenantExtensionCop']);
      assert.match(run.text, /ok: Compile test app with container bcserver/);
      assert.ok(!run.all.includes(PASSWORD));
    } finally {
      pwsh.cleanup();
    }
  });

  it('finds the newest AL Language extension compiler under ~/.vscode/extensions', () => {
    const p = make({});
    for (const v of ['15.2.1630495', '16.0.1463980', '9.5.0']) {
      const dir = join(p.home, '.vscode', 'extensions', `ms-dynamics-smb.al-${v}`, 'bin', 'linux');
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'alc'), '#!/bin/sh\n');
      chmodSync(join(dir, 'alc'), 0o755);
    }
    const found = findCompiler(undefined, {}, p.home);
    assert.equal(found?.source, 'vscode-extension');
    assert.match(found?.path ?? '', /ms-dynamics-smb\.al-16\.0\.1463980/);
    assert.equal(findCompiler(undefined, {}, join(p.root, 'nowhere')), undefined);
    assert.throws(() => findCompiler(join(p.root, 'no-alc'), {}), /is not an executable file/);
  });
});
