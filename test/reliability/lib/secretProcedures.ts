/**
 * Static scan of AL sources (parsed with tools/al/syntax) for the procedures and triggers that touch the client
 * secret or the access token, and whether they carry [NonDebuggable]. A code block touches a secret when it
 * - has a SecretText parameter, local variable or return value,
 * - calls Unwrap(), or IsolatedStorage.Get/Set/SetEncrypted (the secret's value moves),
 * - reads or writes an object-level variable that is SecretText or marked [NonDebuggable] (the Text behind a masked
 *   secret field on a page).
 * Uses that move no value do not count: IsolatedStorage.Contains/Delete, Clear(X), X.IsEmpty(), and X := a literal
 * or a label (the placeholder shown in a masked field).
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseAl, walk, type Node, type ObjectDeclaration, type ProcedureDeclaration, type TriggerDeclaration, type VariableDeclaration } from '../../../tools/al/syntax/src/index';

export interface SecretBlock {
  readonly file: string;
  readonly line: number;
  readonly object: string;
  readonly name: string;
  readonly kind: 'procedure' | 'trigger';
  readonly nonDebuggable: boolean;
  /** Why the block counts as touching a secret (first reason found). */
  readonly reasons: readonly string[];
}

type Block = ProcedureDeclaration | TriggerDeclaration;

function isSecretText(v: { type: { name: string } }): boolean {
  return v.type.name.toLowerCase() === 'secrettext';
}

function objectBlocks(decl: ObjectDeclaration): Block[] {
  const out: Block[] = [];
  walk(decl, (n: Node) => {
    if (n.kind === 'ProcedureDeclaration' || n.kind === 'TriggerDeclaration') {
      out.push(n);
      return false;
    }
    return true;
  });
  return out;
}

function objectGlobals(decl: ObjectDeclaration): VariableDeclaration[] {
  const out: VariableDeclaration[] = [];
  walk(decl, (n: Node) => {
    if (n.kind === 'ProcedureDeclaration' || n.kind === 'TriggerDeclaration') return false;
    if (n.kind === 'VarSection') {
      out.push(...n.variables);
      return false;
    }
    return true;
  });
  return out;
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Every code block with a body of the given files that touches a secret. */
export function secretBlocks(files: readonly string[], root: string): { blocks: SecretBlock[]; scannedBlocks: number } {
  const blocks: SecretBlock[] = [];
  let scannedBlocks = 0;
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const shown = relative(root, file);
    const parsed = parseAl(text, { fileName: shown });
    for (const decl of parsed.file.objects) {
      const labels = new Set(objectGlobals(decl).filter((g) => g.type.name.toLowerCase() === 'label').map((g) => g.name.name.toLowerCase()));
      const guarded = new Set(
        objectGlobals(decl)
          .filter((g) => isSecretText(g) || g.attributes.some((a) => a.name.name.toLowerCase() === 'nondebuggable'))
          .map((g) => g.name.name.toLowerCase()),
      );
      for (const block of objectBlocks(decl)) {
        if (block.body === undefined) continue;
        scannedBlocks++;
        const reasons: string[] = [];
        const locals = block.variables.flatMap((s) => s.variables);
        for (const p of block.parameters) if (isSecretText(p)) reasons.push(`SecretText parameter ${p.name.name}`);
        for (const v of locals) if (isSecretText(v)) reasons.push(`SecretText variable ${v.name.name}`);
        if (block.returnType !== undefined && block.returnType.name.toLowerCase() === 'secrettext') reasons.push('returns SecretText');
        const shadowed = new Set([...locals, ...block.parameters].map((v) => v.name.name.toLowerCase()));
        const isGuarded = (e: Node): boolean => e.kind === 'Identifier' && guarded.has(e.name.toLowerCase()) && !shadowed.has(e.name.toLowerCase());
        // Offsets of guarded names used in ways that move no value.
        const harmless = new Set<number>();
        walk(block.body, (n: Node) => {
          if (n.kind === 'CallExpression' && n.callee.kind === 'Identifier' && n.callee.name.toLowerCase() === 'clear') for (const a of n.args) if (isGuarded(a)) harmless.add(a.start);
          if (n.kind === 'CallExpression' && n.callee.kind === 'MemberExpression' && n.callee.member.name.toLowerCase() === 'isempty' && isGuarded(n.callee.object)) harmless.add(n.callee.object.start);
          if (n.kind === 'AssignmentStatement' && isGuarded(n.target) && (n.value.kind === 'Literal' || (n.value.kind === 'Identifier' && labels.has(n.value.name.toLowerCase())))) harmless.add(n.target.start);
          return true;
        });
        walk(block.body, (n: Node) => {
          if (n.kind === 'CallExpression' && n.callee.kind === 'MemberExpression') {
            const member = n.callee.member.name.toLowerCase();
            const obj = n.callee.object;
            if (member === 'unwrap') reasons.push('Unwrap()');
            if (obj.kind === 'Identifier' && obj.name.toLowerCase() === 'isolatedstorage' && /^(get|set|setencrypted)$/.test(member)) reasons.push(`IsolatedStorage.${n.callee.member.name}`);
          }
          if (isGuarded(n) && n.kind === 'Identifier' && !harmless.has(n.start)) reasons.push(`uses ${n.name}`);
          return true;
        });
        if (reasons.length === 0) continue;
        const isProc = block.kind === 'ProcedureDeclaration';
        blocks.push({
          file: shown,
          line: lineOf(text, block.name.start),
          object: decl.name?.name ?? '?',
          name: block.name.name,
          kind: isProc ? 'procedure' : 'trigger',
          nonDebuggable: isProc && block.attributes.some((a) => a.name.name.toLowerCase() === 'nondebuggable'),
          reasons: [...new Set(reasons)],
        });
      }
    }
  }
  return { blocks, scannedBlocks };
}
