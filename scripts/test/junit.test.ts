import { strict as assert } from 'node:assert';
import { parseJUnit, summarize, writeJUnit, type TestSuiteResult } from '../src/junit';

describe('JUnit XML', () => {
  const suites: TestSuiteResult[] = [
    {
      name: 'BKI Invoicing Test',
      cases: [
        { className: 'BKI Invoicing Test', name: 'TestOk', timeSeconds: 0.25, outcome: 'passed' },
        { className: 'BKI Invoicing Test', name: 'TestBad "quoted" <x>', timeSeconds: 1, outcome: 'failed', message: 'Expected <1> & got 2', details: 'line 1\nline 2' },
        { className: 'BKI Invoicing Test', name: 'TestSkipped', timeSeconds: 0, outcome: 'skipped', message: 'disabled' },
      ],
    },
  ];

  it('writes escaped XML with counts and reads it back to the same model', () => {
    const xml = writeJUnit(suites, 'run');
    assert.match(xml, /<testsuites name="run" tests="3" failures="1" errors="0" skipped="1" time="1\.250">/);
    assert.match(xml, /name="TestBad &quot;quoted&quot; &lt;x&gt;"/);
    assert.match(xml, /<failure message="Expected &lt;1&gt; &amp; got 2">line 1\nline 2<\/failure>/);
    assert.deepEqual(parseJUnit(xml), suites);
    assert.deepEqual(summarize(suites), { tests: 3, failures: 1, skipped: 1 });
  });

  it('reads error elements as failures and says when there is no testsuite', () => {
    const parsed = parseJUnit('<testsuites><testsuite name="s"><testcase classname="c" name="n" time="2"><error message="boom"/></testcase></testsuite></testsuites>');
    assert.equal(parsed?.[0]?.cases[0]?.outcome, 'failed');
    assert.equal(parsed?.[0]?.cases[0]?.message, 'boom');
    assert.equal(parseJUnit('<html>nope</html>'), undefined);
  });

  it('drops characters XML cannot hold', () => {
    const xml = writeJUnit([{ name: 's', cases: [{ className: 'c', name: 'n\u0001', timeSeconds: 0, outcome: 'passed' }] }]);
    assert.ok(!xml.includes('\u0001'));
  });
});
