/** Public entry of the AL syntax layer: `parseAl` plus the AST types and position helpers. */
export { parseAl, type ParseOptions, type ParseResult } from './parser';
export * from './ast';
export { positionAt, positionOf } from './position';
export { SyntaxMessages, type SyntaxCode } from './messages';
export { evaluateCondition } from './preprocessor';
export { dumpAst } from './dump';
export { forEachChild, walk } from './visit';
