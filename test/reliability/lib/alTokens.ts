/**
 * A deliberately simple AL tokenizer for grammar-aware mutation (independent of the parser under test): it splits
 * text into comments, strings, quoted identifiers, numbers, words, operators and whitespace, so mutations insert,
 * delete, swap and duplicate whole tokens instead of bytes.
 */
const tokenPattern = /\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:[^'\n]|'')*'|"[^"\n]*"|\d+(?:\.\d+)?[A-Za-z]*|[A-Za-z_][A-Za-z0-9_]*|::|:=|\.\.|<>|<=|>=|\+=|-=|\*=|\/=|\s+|[\s\S]/g;

export function alTokens(text: string): string[] {
  return text.match(tokenPattern) ?? [];
}

export function isTrivia(token: string): boolean {
  return /^\s+$/.test(token) || token.startsWith('//') || token.startsWith('/*');
}

/** Tokens worth inserting: keywords and punctuation that steer the parser into every recovery path. */
export const AL_PIECES: readonly string[] = [
  ';', '(', ')', '{', '}', '[', ']', ',', ':', '::', ':=', '..', '.', '=', '<>', '+', '-', '*', '/', "'", '"',
  'begin', 'end', 'if', 'then', 'else', 'case', 'of', 'repeat', 'until', 'while', 'do', 'for', 'to', 'downto',
  'foreach', 'in', 'with', 'exit', 'var', 'local', 'internal', 'procedure', 'trigger', 'field', 'fields', 'key',
  'keys', 'value', 'layout', 'area', 'group', 'actions', 'action', 'table', 'page', 'codeunit', 'enum', 'interface',
  'tableextension', 'pageextension', 'permissionset', 'report', 'query', 'xmlport', 'controladdin', 'namespace',
  'using', 'implements', 'extends', 'Record', 'Code[20]', 'Text', 'Integer', 'Label', "'x'", '"Quoted Name"',
  '0D', '0T', '0DT', '1L', '1.5', '70470000', '#if CLEAN28\n', '#else\n', '#endif\n', '#region X\n', '#endregion\n',
  '#pragma warning disable AA0137\n', '/*', '*/', '//', '///', '[NonDebuggable]', '[EventSubscriber(ObjectType::Codeunit, 1, OnX, \'\', false, false)]',
  '\u0000', '\u00e9', '\ud83d\ude00', '\ud800', '\r', '\n', '\t', '@', '?', 'not', 'and', 'or', 'xor', 'div', 'mod',
];
