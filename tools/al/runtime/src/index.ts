/** Public entry of the AL runtime: load AL into a Program, run it in a Session, run test codeunits. */
export { Program } from './interp/program';
export { Session, type UiHooks } from './interp/session';
export { loadProgram, BUILTIN_DIRS, type LoadResult } from './runner/load';
export { runTests, testCodeunits, type TestResult } from './runner/testRunner';
export { formatTestLine, summaryLine, toJson, toJUnit } from './runner/report';
export { ALError } from './errors';
export { Dec } from './values/decimal';
export { compileFilter } from './filter/filter';
