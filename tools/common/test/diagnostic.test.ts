import { strict as assert } from 'node:assert';
import { formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../src/diagnostic';

describe('diagnostic', () => {
  const d = (file: string, line: number, column: number, code: string, severity: Diagnostic['severity']): Diagnostic =>
    ({ file, line, column, code, severity, message: `m ${code}` });

  it('formats like the AL compiler', () => {
    assert.equal(formatDiagnostic(d('src/A.al', 3, 7, 'AL0104', 'error')), 'src/A.al(3,7): error AL0104: m AL0104');
  });

  it('knows when there are errors', () => {
    assert.equal(hasErrors([d('a', 1, 1, 'X', 'warning')]), false);
    assert.equal(hasErrors([d('a', 1, 1, 'X', 'warning'), d('a', 1, 1, 'Y', 'error')]), true);
  });

  it('sorts by file, line, column and code', () => {
    const sorted = sortDiagnostics([d('b', 1, 1, 'A', 'error'), d('a', 2, 1, 'A', 'error'), d('a', 1, 5, 'B', 'error'), d('a', 1, 5, 'A', 'error')]);
    assert.deepEqual(sorted.map((x) => `${x.file}:${x.line}:${x.column}:${x.code}`), ['a:1:5:A', 'a:1:5:B', 'a:2:1:A', 'b:1:1:A']);
  });
});
