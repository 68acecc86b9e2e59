/**
 * JUnit XML, the format CI systems (GitHub test reporters, Azure DevOps) read. `writeJUnit` renders our model;
 * `parseJUnit` reads the subset BcContainerHelper's Run-TestsInBcContainer writes (testsuites / testsuite /
 * testcase with failure, error or skipped), so test:bc can summarize it and write it back normalized.
 */
export type TestOutcome = 'passed' | 'failed' | 'skipped';

export interface TestCaseResult {
  readonly className: string;
  readonly name: string;
  readonly timeSeconds: number;
  readonly outcome: TestOutcome;
  readonly message?: string;
  readonly details?: string;
}

export interface TestSuiteResult {
  readonly name: string;
  readonly cases: readonly TestCaseResult[];
}

export interface TestSummary {
  readonly tests: number;
  readonly failures: number;
  readonly skipped: number;
}

function escapeXml(s: string): string {
  // Characters XML 1.0 forbids are dropped; the rest escaped.
  return s
    .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g, (_m, name: string, dec?: string, hex?: string) => {
    if (dec !== undefined) return String.fromCodePoint(Number(dec));
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    return ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" } as Record<string, string>)[name] ?? '';
  });
}

export function summarize(suites: readonly TestSuiteResult[]): TestSummary {
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const s of suites) {
    for (const c of s.cases) {
      tests++;
      if (c.outcome === 'failed') failures++;
      if (c.outcome === 'skipped') skipped++;
    }
  }
  return { tests, failures, skipped };
}

function seconds(n: number): string {
  return (Math.round(n * 1000) / 1000).toFixed(3);
}

export function writeJUnit(suites: readonly TestSuiteResult[], name = 'Business Central tests'): string {
  const total = summarize(suites);
  const time = suites.reduce((t, s) => t + s.cases.reduce((u, c) => u + c.timeSeconds, 0), 0);
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>'];
  out.push(`<testsuites name="${escapeXml(name)}" tests="${total.tests}" failures="${total.failures}" errors="0" skipped="${total.skipped}" time="${seconds(time)}">`);
  for (const s of suites) {
    const sum = summarize([s]);
    const suiteTime = s.cases.reduce((u, c) => u + c.timeSeconds, 0);
    out.push(`  <testsuite name="${escapeXml(s.name)}" tests="${sum.tests}" failures="${sum.failures}" errors="0" skipped="${sum.skipped}" time="${seconds(suiteTime)}">`);
    for (const c of s.cases) {
      const open = `    <testcase classname="${escapeXml(c.className)}" name="${escapeXml(c.name)}" time="${seconds(c.timeSeconds)}"`;
      switch (c.outcome) {
        case 'passed':
          out.push(`${open}/>`);
          break;
        case 'skipped':
          out.push(`${open}>`, `      <skipped${c.message === undefined ? '' : ` message="${escapeXml(c.message)}"`}/>`, '    </testcase>');
          break;
        case 'failed':
          out.push(
            `${open}>`,
            `      <failure message="${escapeXml(c.message ?? 'failed')}">${escapeXml(c.details ?? '')}</failure>`,
            '    </testcase>',
          );
          break;
      }
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>', '');
  return out.join('\n');
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m?.[1] === undefined ? undefined : unescapeXml(m[1]);
}

/** Reads testsuite/testcase elements; returns undefined when the text has no testsuite at all. */
export function parseJUnit(xml: string): TestSuiteResult[] | undefined {
  const suites: TestSuiteResult[] = [];
  const suiteRe = /<testsuite(\s[^>]*)?(?:\/>|>([\s\S]*?)<\/testsuite>)/g;
  let found = false;
  for (let m = suiteRe.exec(xml); m !== null; m = suiteRe.exec(xml)) {
    found = true;
    const suiteTag = m[1] ?? '';
    const body = m[2] ?? '';
    const cases: TestCaseResult[] = [];
    const caseRe = /<testcase(\s[^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g;
    for (let c = caseRe.exec(body); c !== null; c = caseRe.exec(body)) {
      const tag = c[1] ?? '';
      const inner = c[2] ?? '';
      const failure = /<(failure|error)(\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/\1>)/.exec(inner);
      const skipped = /<skipped(\s[^>]*?)?\/?>/.exec(inner);
      const base = {
        className: attr(tag, 'classname') ?? '',
        name: attr(tag, 'name') ?? '',
        timeSeconds: Number(attr(tag, 'time') ?? '0') || 0,
      };
      if (failure !== null) {
        const message = attr(failure[2] ?? '', 'message');
        cases.push({ ...base, outcome: 'failed', ...(message === undefined ? {} : { message }), details: unescapeXml(failure[3] ?? '').trim() });
      } else if (skipped !== null) {
        const message = attr(skipped[1] ?? '', 'message');
        cases.push({ ...base, outcome: 'skipped', ...(message === undefined ? {} : { message }) });
      } else {
        cases.push({ ...base, outcome: 'passed' });
      }
    }
    suites.push({ name: attr(suiteTag, 'name') ?? '', cases });
  }
  return found ? suites : undefined;
}
