import { strict as assert } from 'node:assert';
import * as path from 'node:path';
import { loadProgram } from '../src/runner/load';
import { Session } from '../src/interp/session';
import { PreprocessorSymbols } from '../../cli/src/files';
import { createRuntimePageDataSource } from '../src/pages/dataSource';
import type { PageMetadata } from '../../../sandbox/src/metadata/model';

/**
 * The runtime PageDataSource on the extension's own pages (src-al): the setup card with its masked secret, the
 * Bookings Not Invoiced list with its control add-in, and the retired Bookings list with its page extension's
 * notification. No Graph calls are made.
 */
const root = path.resolve(__dirname, '../../../..');
const symbols = new PreprocessorSymbols(root);
const loaded = loadProgram([path.join(root, 'src-al')], { cwd: root, definesFor: (f) => symbols.forFile(f) });

function pageMeta(name: string): PageMetadata {
  const info = loaded.program.pages.get(name.toLowerCase());
  if (info === undefined) throw new Error(`page ${name} is not loaded`);
  return { id: info.id, name, caption: name, pageType: 'Card', additionalSearchTerms: [], app: 'product', file: '', triggers: [], extensions: [], layout: [], actions: [], promoted: [] };
}

describe('AL runtime pages: PageDataSource on the extension pages (src-al)', () => {
  let s: Session;
  beforeEach(() => {
    assert.deepEqual(loaded.errors, []);
    s = new Session(loaded.program);
  });

  it('the setup card opens on the setup OnOpenPage creates, and a typed secret is stored but never shown back', async () => {
    const ds = createRuntimePageDataSource(s);
    const setup = pageMeta('BKI Booking Sync Setup');
    const card = await ds.getFieldValues(setup, undefined);
    assert.ok(card !== undefined, 'OnOpenPage created the setup record');
    assert.equal(card.fields['Graph Endpoint']?.text, 'https://graph.microsoft.com/v1.0');
    assert.equal(card.fields['ClientSecret']?.text, '');
    const secret = 'Sx~' + 'q'.repeat(30);
    const effects = await ds.validateField(setup, 'ClientSecret', card.bookmark, secret);
    assert.deepEqual(
      effects.filter((e) => e.kind === 'error'),
      [],
    );
    const after = await ds.getFieldValues(setup, card.bookmark);
    assert.notEqual(after?.fields['ClientSecret']?.text, secret);
    assert.notEqual(after?.fields['ClientSecret']?.text, '', 'a placeholder shows that a secret is stored');
    const rec = s.newRecord('BKI Booking Sync Setup', false);
    assert.ok(rec.find('-'));
    assert.ok(!rec.data.some((v) => typeof v === 'string' && v.includes(secret)), 'no field of the setup holds the secret');
  });

  it('the add-in ControlReady event runs the usercontrol trigger and its calls back to the grid become addinCall effects', async () => {
    const ds = createRuntimePageDataSource(s);
    const list = pageMeta('BKI Bookings Not Invoiced');
    assert.deepEqual(await ds.getRecords(list, {}), []);
    const effects = await ds.runAddinTrigger(list, 'BookingGrid', 'ControlReady', []);
    const calls = effects.flatMap((e) => (e.kind === 'addinCall' ? [e.procedure] : []));
    assert.deepEqual(calls, ['SetCaptions', 'ClearBookings'], 'no appointments: the grid is cleared and LoadGrid exits');
    const captions = effects.find((e) => e.kind === 'addinCall' && e.procedure === 'SetCaptions');
    assert.ok(captions !== undefined && captions.kind === 'addinCall' && typeof captions.args[0] === 'string');
  });

  it('the retired Bookings list sends its notification from the page extension when it opens', async () => {
    const ds = createRuntimePageDataSource(s);
    await ds.getRecords(pageMeta('Booking Items'), {});
    const pending = ds.takePendingEffects().filter((e) => e.kind === 'notification');
    assert.equal(pending.length, 1);
    const n = pending[0];
    assert.ok(n !== undefined && n.kind === 'notification');
    assert.equal(n.actions.length, 2);
    assert.equal(ds.notifications().length, 1);
    // The effect names the notification, so the client can run its "Open Booking Sync Setup" action.
    assert.ok(n.id !== undefined && n.actions.includes('Open Booking Sync Setup'));
    const effects = await ds.invokeNotificationAction(n.id, 'Open Booking Sync Setup');
    const setupId = loaded.program.pages.get('bki booking sync setup')?.id;
    assert.deepEqual(effects.filter((e) => e.kind === 'openPage' || e.kind === 'error').map((e) => (e.kind === 'openPage' ? e.pageId : e.text)), [setupId]);
  });
});
