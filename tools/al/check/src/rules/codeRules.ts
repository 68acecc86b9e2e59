import type { Expression, Node, Parameter } from '../../../syntax/src';
import { positionOf } from '../../../syntax/src';
import type { Rule } from '../context';
import { codeBlocks, globalVariables, hasAttribute, localVariables, type CodeBlock } from '../codeBlocks';
import type { SourceUnit } from '../program';
import { walk } from '../walk';

/** Lower-case names used as identifiers in `root`, skipping declarations and type references. */
function usedNames(root: Node | readonly Node[] | undefined): Set<string> {
  const names = new Set<string>();
  walk(root, (node) => {
    if (node.kind === 'VarSection' || node.kind === 'Parameter' || node.kind === 'TypeReference') return false;
    if (node.kind === 'Identifier') names.add(node.name.toLowerCase());
    return true;
  });
  return names;
}

/** Procedures that may legitimately ignore parameters: subscribers, handlers, tests, interface-shaped public API. */
function mayIgnoreParameters(block: CodeBlock): boolean {
  if (block.kind !== 'ProcedureDeclaration') return true;
  if (block.access !== 'local' && block.access !== 'internal') return true;
  return block.attributes.length > 0;
}

/** AA0137 unused variables, BKI0002 unused parameters. */
export const unusedRule: Rule = (context) => {
  for (const { decl, unit } of context.program.own) {
    const blocks = codeBlocks(decl);
    for (const block of blocks) {
      const used = usedNames(block.body);
      for (const variable of localVariables(block)) {
        if (!used.has(variable.name.name.toLowerCase())) context.report('AA0137', unit, variable.name.start, variable.name.name);
      }
      if (mayIgnoreParameters(block)) continue;
      for (const parameter of block.parameters) {
        if (!used.has(parameter.name.name.toLowerCase())) {
          context.report('BKI0002', unit, parameter.name.start, parameter.name.name, 'procedure', block.name.name);
        }
      }
    }
    const globals = globalVariables(decl);
    if (globals.length === 0) continue;
    const usedInObject = usedNames(decl);
    for (const { variable, protected: isProtected } of globals) {
      if (isProtected) continue;
      if (!usedInObject.has(variable.name.name.toLowerCase())) context.report('AA0137', unit, variable.name.start, variable.name.name);
    }
  }
};

function isCall(node: Node, name: string): boolean {
  const lower = name.toLowerCase();
  if (node.kind === 'CallExpression') return node.callee.kind === 'Identifier' && node.callee.name.toLowerCase() === lower;
  return node.kind === 'ExpressionStatement' && node.expression.kind === 'Identifier' && node.expression.name.toLowerCase() === lower;
}

function hasCommentNear(unit: SourceUnit, offset: number): boolean {
  const line = positionOf(unit.file, offset).line;
  return unit.file.comments.some((c) => {
    const commentLine = positionOf(unit.file, c.start).line;
    return commentLine === line || commentLine === line - 1;
  });
}

/** BKI0003: Commit inside a loop needs isolation or a written reason. */
export const commitInLoopRule: Rule = (context) => {
  for (const { decl, unit } of context.program.own) {
    const reported = new Set<number>();
    walk(decl, (node) => {
      if (node.kind !== 'WhileStatement' && node.kind !== 'RepeatStatement' && node.kind !== 'ForStatement' && node.kind !== 'ForeachStatement') return true;
      walk(node.kind === 'RepeatStatement' ? node.statements : node.body, (inner) => {
        if (isCall(inner, 'Commit') && !reported.has(inner.start)) {
          reported.add(inner.start);
          if (!hasCommentNear(unit, inner.start)) context.report('BKI0003', unit, inner.start);
        }
        return true;
      });
      return true;
    });
  }
};

/** `X.Member(...)` where X is a plain identifier: [X, Member] lower-cased. */
function memberCall(node: Node): { target: string; member: string; start: number } | undefined {
  if (node.kind !== 'CallExpression' || node.callee.kind !== 'MemberExpression') return undefined;
  const object = node.callee.object;
  if (object.kind !== 'Identifier') return undefined;
  return { target: object.name, member: node.callee.member.name, start: node.start };
}

/** AA0181: FindSet/Find without Next on the same record in the same procedure. */
export const findSetWithoutNextRule: Rule = (context) => {
  for (const { decl, unit } of context.program.own) {
    for (const block of codeBlocks(decl)) {
      const finds: { target: string; member: string; start: number }[] = [];
      const nexts = new Set<string>();
      walk(block.body, (node) => {
        const call = memberCall(node);
        if (call) {
          const member = call.member.toLowerCase();
          // Find() and Find('=') look up one record by its key; only Find('-'/'+') and FindSet start a loop.
          const direction = node.kind === 'CallExpression' ? node.args[0] : undefined;
          const loops = direction?.kind === 'Literal' && (direction.value === '-' || direction.value === '+');
          if (member === 'findset' || (member === 'find' && loops)) finds.push(call);
          if (member === 'next') nexts.add(call.target.toLowerCase());
        } else if (node.kind === 'MemberExpression' && node.object.kind === 'Identifier' && node.member.name.toLowerCase() === 'next') {
          nexts.add(node.object.name.toLowerCase());
        }
        return true;
      });
      for (const find of finds) if (!nexts.has(find.target.toLowerCase())) context.report('AA0181', unit, find.start, find.target, find.member);
    }
  }
};

const SecretName = /secret|password|passwd|accesstoken|bearertoken|apikey/i;
const NotTheSecretItself = /(key|name|url|uri|expir\w*|lbl|tok|err|msg|txt|qst|label|caption|id|exists|set|missing|mask\w*)$/i;

/**
 * BKI0004: secrets typed Text/Code; BKI0005: code that unwraps or stores secrets must be [NonDebuggable].
 * Test apps are exempt: their "secrets" are made-up test data.
 */
export const secretRule: Rule = (context) => {
  for (const { decl, unit } of context.program.own) {
    const declared = [
      ...globalVariables(decl).map((g) => g.variable),
      ...codeBlocks(decl).flatMap((b) => [...localVariables(b), ...b.parameters]),
    ];
    for (const variable of context.isTestApp ? [] : declared) {
      const type = variable.type.name.toLowerCase();
      // A [NonDebuggable] Text variable is the accepted way to back a masked page field.
      const nonDebuggable = variable.kind === 'VariableDeclaration' && variable.attributes.some((a) => a.name.name.toLowerCase() === 'nondebuggable');
      if (nonDebuggable) continue;
      if ((type === 'text' || type === 'code') && SecretName.test(variable.name.name) && !NotTheSecretItself.test(variable.name.name)) {
        context.report('BKI0004', unit, variable.name.start, variable.name.name, variable.type.name);
      }
    }
    for (const block of context.isTestApp ? [] : codeBlocks(decl)) {
      if (block.kind !== 'ProcedureDeclaration' || hasAttribute(block, 'NonDebuggable')) continue;
      let reason: string | undefined;
      walk(block.body, (node) => {
        const call = memberCall(node);
        if (call && call.member.toLowerCase() === 'unwrap') reason ??= `${call.target}.Unwrap()`;
        if (call && call.target.toLowerCase() === 'isolatedstorage' && /^(get|set|setencrypted)$/i.test(call.member)) reason ??= `IsolatedStorage.${call.member}`;
        if (node.kind === 'CallExpression' && node.callee.kind === 'MemberExpression' && node.callee.member.name.toLowerCase() === 'unwrap') reason ??= 'Unwrap()';
        return reason === undefined;
      });
      if (reason !== undefined) context.report('BKI0005', unit, block.name.start, block.name.name, reason);
    }
  }
};

function isRecordByValue(parameter: Parameter): boolean {
  return !parameter.byRef && parameter.type.name.toLowerCase() === 'record' && !parameter.type.temporary;
}

function changesRecord(body: Node | undefined, name: string): string | undefined {
  const lower = name.toLowerCase();
  let change: string | undefined;
  const isParam = (e: Expression): boolean => e.kind === 'Identifier' && e.name.toLowerCase() === lower;
  walk(body, (node) => {
    if (node.kind === 'AssignmentStatement' && node.target.kind === 'MemberExpression' && isParam(node.target.object)) {
      change ??= `an assignment to ${name}.${node.target.member.name}`;
    }
    const call = memberCall(node);
    if (call && call.target.toLowerCase() === lower && /^(validate|init|transferfields)$/i.test(call.member)) change ??= `${name}.${call.member}()`;
    return change === undefined;
  });
  return change;
}

/** BKI0006: a record parameter passed by value whose fields the procedure changes. */
export const recordByValueRule: Rule = (context) => {
  for (const { decl, unit } of context.program.own) {
    for (const block of codeBlocks(decl)) {
      if (block.kind !== 'ProcedureDeclaration' || hasAttribute(block, 'EventSubscriber')) continue;
      for (const parameter of block.parameters) {
        if (!isRecordByValue(parameter)) continue;
        const change = changesRecord(block.body, parameter.name.name);
        if (change !== undefined) context.report('BKI0006', unit, parameter.name.start, parameter.name.name, change);
      }
    }
  }
};
