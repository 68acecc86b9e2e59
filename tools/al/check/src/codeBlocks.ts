import type { ObjectDeclaration, ProcedureDeclaration, TriggerDeclaration, VariableDeclaration } from '../../syntax/src';
import { walk } from './walk';

export type CodeBlock = ProcedureDeclaration | TriggerDeclaration;

/** Every procedure and trigger of an object, including field, control and request page triggers. */
export function codeBlocks(decl: ObjectDeclaration): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  walk(decl, (node) => {
    if (node.kind === 'ProcedureDeclaration' || node.kind === 'TriggerDeclaration') {
      blocks.push(node);
      return false;
    }
    return true;
  });
  return blocks;
}

export function localVariables(block: CodeBlock): VariableDeclaration[] {
  return block.variables.flatMap((section) => section.variables);
}

/** Object-level (global) variables, including those of request pages. */
export function globalVariables(decl: ObjectDeclaration): { variable: VariableDeclaration; protected: boolean }[] {
  const found: { variable: VariableDeclaration; protected: boolean }[] = [];
  for (const section of decl.variables) for (const variable of section.variables) found.push({ variable, protected: section.protected });
  walk(decl.sections, (node) => {
    if (node.kind === 'ProcedureDeclaration' || node.kind === 'TriggerDeclaration') return false;
    if (node.kind === 'VarSection') {
      for (const variable of node.variables) found.push({ variable, protected: node.protected });
      return false;
    }
    return true;
  });
  return found;
}

export function hasAttribute(block: CodeBlock, name: string): boolean {
  if (block.kind !== 'ProcedureDeclaration') return false;
  const lower = name.toLowerCase();
  return block.attributes.some((a) => a.name.name.toLowerCase() === lower);
}

export function isTestCodeunit(decl: ObjectDeclaration): boolean {
  if (decl.objectType !== 'codeunit') return false;
  const subtype = decl.properties.find((p) => p.name.name.toLowerCase() === 'subtype');
  return subtype !== undefined && subtype.raw.trim().toLowerCase() === 'test';
}
