import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { parseAl } from '../../syntax/src/index';
import { Program, type FileInfo } from '../src/interp/program';
import { runTests, testCodeunits, type TestResult } from '../src/runner/testRunner';
import { loadProgram } from '../src/runner/load';

/**
 * The test runner's bookkeeping for pages and notifications, on test codeunits that must fail: a page run without a
 * handler is "Unhandled UI", a listed page handler that never ran fails the test, a handler for another page does
 * not take the run.
 */
const root = path.resolve(__dirname, '../../../..');

const source = `
codeunit 50190 "RT Page Runner Fixture"
{
    Subtype = Test;

    [Test]
    procedure UnhandledModal()
    begin
        Page.RunModal(Page::"RT Item Card");
    end;

    [Test]
    procedure UnhandledPageRun()
    begin
        Page.Run(Page::"RT Item List");
    end;

    [Test]
    [HandlerFunctions('CardModalHandler')]
    procedure ModalHandlerNeverRuns()
    begin
    end;

    [Test]
    [HandlerFunctions('CardModalHandler')]
    procedure HandlerForAnotherPageDoesNotTakeTheRun()
    begin
        Page.RunModal(Page::"RT Item List");
    end;

    [Test]
    procedure UnhandledNotification()
    var
        N: Notification;
    begin
        N.Message := 'hello';
        N.Send();
    end;

    [Test]
    [HandlerFunctions('CardModalHandler')]
    procedure HandledModal()
    begin
        Page.RunModal(Page::"RT Item Card");
    end;

    [ModalPageHandler]
    procedure CardModalHandler(var ItemCard: TestPage "RT Item Card")
    begin
        ItemCard.OK().Invoke();
    end;
}
`;

function run(): Map<string, TestResult> {
  const loaded = loadProgram([path.join(root, 'tools/al/runtime/conformance/RTPageObjects.al')], { cwd: root });
  assert.deepEqual(loaded.errors, []);
  const fixture: FileInfo = { path: 'fixture.al', node: parseAl(source, { fileName: 'fixture.al' }).file };
  const program = new Program([...loaded.program.files, fixture]);
  const cus = testCodeunits(program, new Set(['fixture.al']));
  return new Map(runTests(program, cus).map((r) => [r.name, r]));
}

describe('AL runtime pages: test runner handlers for pages and notifications', () => {
  const results = run();
  const result = (name: string): TestResult => {
    const r = results.get(name);
    if (r === undefined) throw new Error(`no result for ${name}`);
    return r;
  };

  it('a modal page without a ModalPageHandler fails with Unhandled UI: ModalPage <id>', () => {
    assert.equal(result('UnhandledModal').result, 'fail');
    assert.equal(result('UnhandledModal').message, 'Unhandled UI: ModalPage 50152');
  });

  it('Page.Run without a trap or PageHandler fails with Unhandled UI: Page <id>', () => {
    assert.equal(result('UnhandledPageRun').message, 'Unhandled UI: Page 50153');
  });

  it('a listed page handler that never ran fails the test', () => {
    assert.equal(result('ModalHandlerNeverRuns').result, 'fail');
    assert.match(result('ModalHandlerNeverRuns').message, /not executed: CardModalHandler/);
  });

  it('a ModalPageHandler for another page does not take the run', () => {
    assert.equal(result('HandlerForAnotherPageDoesNotTakeTheRun').message, 'Unhandled UI: ModalPage 50153');
  });

  it('a notification without a SendNotificationHandler fails the test', () => {
    assert.match(result('UnhandledNotification').message, /^Unhandled UI: SendNotification/);
  });

  it('a modal page with its handler passes', () => {
    assert.equal(result('HandledModal').result, 'pass', result('HandledModal').message);
  });
});
