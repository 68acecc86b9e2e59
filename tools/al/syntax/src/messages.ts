/** Every message the AL syntax layer reports, with its stable code. `{0}`, `{1}` are replaced by arguments. */
export const SyntaxMessages = {
  ExpectedToken: { code: 'AL0104', text: "Syntax error, '{0}' expected; found '{1}'." },
  IdentifierExpected: { code: 'AL0105', text: "Syntax error, identifier expected; found '{0}'." },
  UnexpectedToken: { code: 'AL0106', text: "Syntax error, unexpected '{0}'; it is skipped up to the next member or statement." },
  ExpressionExpected: { code: 'AL0107', text: "Syntax error, expression expected; found '{0}'." },
  StatementExpected: { code: 'AL0108', text: "Syntax error, statement expected; found '{0}'." },
  ObjectExpected: { code: 'AL0198', text: "Expected an application object keyword (table, page, codeunit, ...); found '{0}'." },
  TypeExpected: { code: 'AL0109', text: "Syntax error, data type expected; found '{0}'." },
  IntegerExpected: { code: 'AL0110', text: "Syntax error, integer expected; found '{0}'." },
  UnterminatedString: { code: 'AL0360', text: 'Text literal is not closed: add the closing apostrophe on the same line.' },
  UnterminatedQuotedIdentifier: { code: 'AL0361', text: 'Quoted identifier is not closed: add the closing double quote on the same line.' },
  UnterminatedComment: { code: 'AL0362', text: "Block comment is not closed: add '*/'." },
  InvalidDirective: { code: 'AL0363', text: "Preprocessor condition '{0}' is not valid: use symbols with not, and, or and parentheses." },
  MissingEndif: { code: 'AL0364', text: "'#endif' expected: an '#if' block is not closed." },
  UnexpectedDirective: { code: 'AL0365', text: "'{0}' has no matching '#if'." },
  UnknownDirective: { code: 'AL0366', text: "Unknown preprocessor directive '{0}'." },
  MemberNotAllowed: { code: 'AL0368', text: "A {0} is not allowed here; move it to the object level." },
  InvalidPropertyValue: { code: 'AL0367', text: "Value of property '{0}' is not valid here: {1}" },
} as const;

export type SyntaxCode = keyof typeof SyntaxMessages;

export function formatMessage(code: SyntaxCode, args: readonly string[]): string {
  return SyntaxMessages[code].text.replace(/\{(\d)\}/g, (_m, d: string) => args[Number(d)] ?? '');
}
