import { loadProgram, runTests, formatTestLine } from '../al/runtime/src/index';
import { PreprocessorSymbols } from '../al/cli/src/files';
const names = process.argv.slice(2).map((s) => s.toLowerCase());
const sym = new PreprocessorSymbols(process.cwd());
const l = loadProgram(['src-al', 'test-app'], { definesFor: (f) => sym.forFile(f) });
if (l.errors.length) { console.log(l.errors); process.exit(1); }
const cus = [...l.program.codeunits.values()].filter((c) => names.includes(c.name.toLowerCase()));
const r = runTests(l.program, cus, (x) => console.log(formatTestLine(x).slice(0, 400)));
console.log(r.filter((x) => x.result === 'pass').length, 'passed', r.filter((x) => x.result === 'fail').length, 'failed');
