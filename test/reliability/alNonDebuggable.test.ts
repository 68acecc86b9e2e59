/**
 * [NonDebuggable] on every AL procedure of the app (src-al) that touches the client secret or the access token,
 * found by a static scan with our parser (lib/secretProcedures.ts). Known findings are listed with their reason; a
 * new violation fails, and a fixed one makes its entry stale (which also fails), so the list stays exact.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectAl } from '../../tools/al/runtime/src/runner/load';
import { printFigures } from './lib/figures';
import { secretBlocks } from './lib/secretProcedures';

const repoRoot = join(__dirname, '..', '..');

/** Procedures that touch a secret without [NonDebuggable], reported to the owners of src-al (see RELIABILITY.md). */
const KNOWN: ReadonlyArray<{ procedure: string; reason: string }> = [];

describe('reliability: [NonDebuggable] on AL code that touches the secret or token (static scan)', () => {
  it('finds every secret-touching procedure of src-al and each one is [NonDebuggable] (or a listed finding)', () => {
    const { blocks, scannedBlocks } = secretBlocks(collectAl([join(repoRoot, 'src-al')]), repoRoot);
    const procedures = blocks.filter((b) => b.kind === 'procedure');
    const triggers = blocks.filter((b) => b.kind === 'trigger');
    // The app has the secret in IsolatedStorage and a token cache, so the scan must find their code.
    assert.ok(procedures.some((b) => b.reasons.some((r) => r.startsWith('IsolatedStorage.Set'))), 'no procedure stores the secret: the scan is broken');
    assert.ok(procedures.some((b) => b.reasons.some((r) => r.startsWith('IsolatedStorage.Get'))), 'no procedure reads the secret: the scan is broken');
    // Triggers cannot carry attributes, so no trigger may touch a secret in a way that moves its value.
    assert.deepEqual(triggers.map((t) => `${t.file}:${t.line} ${t.object}::${t.name} (${t.reasons.join('; ')})`), [], 'a trigger touches a secret; move that code into a [NonDebuggable] procedure');
    const missing = procedures.filter((b) => !b.nonDebuggable).map((b) => `${b.object}::${b.name}`);
    const unexpected = missing.filter((m) => !KNOWN.some((k) => k.procedure === m));
    assert.deepEqual(unexpected, [], `procedures that touch a secret without [NonDebuggable]: ${procedures.filter((b) => unexpected.includes(`${b.object}::${b.name}`)).map((b) => `${b.file}:${b.line} ${b.object}::${b.name} (${b.reasons.join('; ')})`).join(', ')}`);
    const stale = KNOWN.filter((k) => !missing.includes(k.procedure)).map((k) => k.procedure);
    assert.deepEqual(stale, [], 'listed findings that are fixed now: remove them from KNOWN');
    printFigures('al [NonDebuggable] scan', {
      codeBlocks: scannedBlocks, secretProcedures: procedures.length, nonDebuggable: procedures.filter((b) => b.nonDebuggable).length,
      findings: missing.length, violations: unexpected.length,
    });
  });

  it('reports a procedure that unwraps a secret without [NonDebuggable] (the scan can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bki-nd-'));
    try {
      writeFileSync(join(dir, 'Leak.Codeunit.al'), [
        'codeunit 70470199 "Leak"',
        '{',
        '    var',
        '        [NonDebuggable]',
        '        Shown: Text;',
        '        PlaceholderTok: Label \'***\', Locked = true;',
        '    procedure Leak(S: SecretText): Text',
        '    begin',
        '        exit(S.Unwrap());',
        '    end;',
        '    procedure Show(): Text',
        '    begin',
        '        exit(Shown);',
        '    end;',
        '    procedure Mask()',
        '    begin',
        '        Shown := PlaceholderTok;',
        '        Clear(Shown);',
        '    end;',
        '    [NonDebuggable]',
        '    procedure Safe(S: SecretText)',
        '    begin',
        '        IsolatedStorage.Set(\'k\', S, DataScope::Company);',
        '    end;',
        '}',
      ].join('\n'));
      const { blocks } = secretBlocks([join(dir, 'Leak.Codeunit.al')], dir);
      const summary = blocks.map((b) => `${b.name}:${b.nonDebuggable ? 'nd' : 'open'}:${b.reasons.join('/')}`);
      assert.deepEqual(summary, ['Leak:open:SecretText parameter S/Unwrap()', 'Show:open:uses Shown', 'Safe:nd:SecretText parameter S/IsolatedStorage.Set']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
