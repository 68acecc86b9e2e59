import type { Expression } from '../../../syntax/src';
import type { Rule } from '../context';
import { codeBlocks, globalVariables, isTestCodeunit, localVariables } from '../codeBlocks';
import { walk } from '../walk';

const LabelSuffix = /(Msg|Tok|Err|Qst|Lbl|Txt)$/;
const Placeholder = /%\d|#\d/;
/** Procedures whose first argument is text shown to the user. */
const UserTextCalls = new Set(['error', 'message', 'confirm', 'strmenu']);

/** A string literal with words in it (a format like '%1' or '%1 %2' has nothing to translate). */
function isTextLiteral(e: Expression | undefined): boolean {
  return e?.kind === 'Literal' && e.literalKind === 'string' && /\p{L}/u.test(String(e.value).replace(/%\d+|#\d+/g, ''));
}

/** AA0074 label names, AA0470 placeholder comments, AA0217 literal StrSubstNo formats, BKI0001 hard-coded user text. */
export const labelRule: Rule = (context) => {
  for (const { decl, unit } of context.program.own) {
    const declared = [...globalVariables(decl).map((g) => g.variable), ...codeBlocks(decl).flatMap(localVariables)];
    for (const variable of declared) {
      const label = variable.type.label;
      if (!label || variable.type.name.toLowerCase() !== 'label') continue;
      if (!LabelSuffix.test(variable.name.name)) context.report('AA0074', unit, variable.name.start, variable.name.name);
      if (Placeholder.test(label.text) && label.comment === undefined && label.locked !== true) {
        context.report('AA0470', unit, variable.name.start, variable.name.name);
      }
    }
    if (isTestCodeunit(decl)) continue;
    walk(decl, (node) => {
      if (node.kind !== 'CallExpression' || node.callee.kind !== 'Identifier') return true;
      const name = node.callee.name.toLowerCase();
      if (UserTextCalls.has(name) && isTextLiteral(node.args[0])) context.report('BKI0001', unit, node.start, node.callee.name);
      if (name === 'strsubstno' && isTextLiteral(node.args[0])) context.report('AA0217', unit, node.start);
      return true;
    });
  }
};
