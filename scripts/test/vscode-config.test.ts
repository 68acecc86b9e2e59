import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYZERS } from '../src/alc';
import { parseCliArgs } from '../src/cli-args';
import { ENDPOINT_OPTIONS, onPremBaseUrl } from '../src/endpoint-options';
import { RULESET_FILE } from '../src/compile-step';

const root = join(__dirname, '..', '..');
const json = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, unknown>;

describe('.vscode and the ruleset stay in step with the scripts', () => {
  it('the container launch configuration points where `--container bcserver` publishes', () => {
    const configs = json('.vscode/launch.json')['configurations'] as Record<string, unknown>[];
    const local = configs.find((c) => c['environmentType'] === 'OnPrem');
    const sandbox = configs.find((c) => c['environmentType'] === 'Sandbox');
    assert.ok(local !== undefined && sandbox !== undefined);
    const args = parseCliArgs(['--container', 'bcserver'], ENDPOINT_OPTIONS, 'test');
    assert.equal(`${String(local['server'])}:${String(local['port'])}/${String(local['serverInstance'])}/dev/`, onPremBaseUrl(args, 'test'));
    assert.equal(local['authentication'], 'UserPassword');
    for (const c of [local, sandbox]) assert.equal(String(c['schemaUpdateMode']).toLowerCase(), 'synchronize');
    for (const c of configs) assert.deepEqual(Object.keys(c).filter((k) => /password|secret|token|user/i.test(k)), [], 'no credentials in launch.json');
  });

  it('settings use the analyzers and ruleset the build uses, and the ruleset justifies every relaxation', () => {
    const settings = json('.vscode/settings.json');
    assert.deepEqual(settings['al.codeAnalyzers'], ANALYZERS.map((a) => `\${${a}}`));
    assert.equal(settings['al.ruleSetPath'], `./${RULESET_FILE}`);
    assert.ok(existsSync(join(root, RULESET_FILE)));
    const rules = json(RULESET_FILE)['rules'] as Record<string, unknown>[];
    for (const r of rules) assert.ok(typeof r['justification'] === 'string' && r['justification'].length > 20, `rule ${String(r['id'])} needs a justification`);
    assert.deepEqual(json('.vscode/extensions.json')['recommendations'], ['ms-dynamics-smb.al']);
  });
});
