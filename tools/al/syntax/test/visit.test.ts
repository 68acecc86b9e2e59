import * as assert from 'assert';
import { parseAl, walk, type Node } from '../src/index';

describe('AL syntax walk', () => {
  it('visits every node once, parents before children, and can skip subtrees', () => {
    const text = 'codeunit 1 A\n{\n    procedure P()\n    begin\n        X := 1 + 2;\n    end;\n}\n';
    const { file } = parseAl(text, { fileName: 'a.al' });
    const kinds: string[] = [];
    walk(file, (n: Node) => {
      kinds.push(n.kind);
    });
    assert.strictEqual(kinds[0], 'SourceFile');
    assert.ok(kinds.indexOf('ProcedureDeclaration') < kinds.indexOf('AssignmentStatement'));
    assert.strictEqual(kinds.filter((k) => k === 'Literal').length, 2);
    const skipped: string[] = [];
    walk(file, (n: Node) => {
      skipped.push(n.kind);
      return n.kind !== 'BlockStatement';
    });
    assert.ok(!skipped.includes('AssignmentStatement'));
  });
});
