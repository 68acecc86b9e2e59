import type { TestResult } from './testRunner';

/** One line per test: `PASS  Codeunit :: Test` or `FAIL  Codeunit :: Test: message (at ...)`. */
export function formatTestLine(r: TestResult): string {
  if (r.result === 'pass') return `PASS  ${r.codeunit} :: ${r.name}`;
  const msg = r.message.replace(/\s*\n\s*/g, ' ');
  const at = r.callStack.length > 0 ? ` (at ${r.callStack.join(' < ')})` : '';
  return `FAIL  ${r.codeunit} :: ${r.name}: ${msg}${at}`;
}

export function summaryLine(results: readonly TestResult[]): string {
  const passed = results.filter((r) => r.result === 'pass').length;
  return `${passed} passed, ${results.length - passed} failed`;
}

export function toJson(results: readonly TestResult[]): string {
  const passed = results.filter((r) => r.result === 'pass').length;
  return JSON.stringify(
    {
      passed,
      failed: results.length - passed,
      tests: results.map((r) => ({ codeunit: r.codeunit, name: r.name, result: r.result, message: r.message, callStack: r.callStack })),
    },
    null,
    2,
  );
}

function xml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}

/** JUnit XML: one testsuite per codeunit. */
export function toJUnit(results: readonly TestResult[]): string {
  const suites = new Map<string, TestResult[]>();
  for (const r of results) {
    const l = suites.get(r.codeunit) ?? [];
    l.push(r);
    suites.set(r.codeunit, l);
  }
  const failed = results.filter((r) => r.result === 'fail').length;
  let out = `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites tests="${results.length}" failures="${failed}">\n`;
  for (const [name, rs] of suites) {
    const f = rs.filter((r) => r.result === 'fail').length;
    out += `  <testsuite name="${xml(name)}" tests="${rs.length}" failures="${f}">\n`;
    for (const r of rs) {
      out += `    <testcase classname="${xml(name)}" name="${xml(r.name)}"`;
      if (r.result === 'pass') out += ' />\n';
      else out += `>\n      <failure message="${xml(r.message)}">${xml([r.message, ...r.callStack].join('\n'))}</failure>\n    </testcase>\n`;
    }
    out += '  </testsuite>\n';
  }
  return out + '</testsuites>\n';
}
