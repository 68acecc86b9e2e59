import { strict as assert } from 'node:assert';
import type { PageMetadata } from '../src/metadata/index';
import { matchTier, tellMe, words } from '../src/search/tellMe';
import { productMetadata } from './productMetadata';

function page(id: number, caption: string, usageCategory: string | undefined, terms: string[] = [], obsolete = false): PageMetadata {
  return {
    id, name: `P${id}`, caption, pageType: 'List', additionalSearchTerms: terms, app: 'x', file: 'x', triggers: [], extensions: [], layout: [], actions: [], promoted: [],
    ...(usageCategory === undefined ? {} : { usageCategory }),
    ...(obsolete ? { obsoleteState: 'Pending' } : {}),
  };
}

describe('sandbox Tell Me', () => {
  it('splits words case-insensitively at spaces and punctuation', () => {
    assert.deepEqual(words('Booking Sync. Setup'), ['booking', 'sync', 'setup']);
    assert.deepEqual(words('  Sales-Invoices/LIST '), ['sales', 'invoices', 'list']);
  });

  it('grades matches: exact, starts with, whole words, prefixes, none', () => {
    assert.equal(matchTier(words('bookings not invoiced'), 'Bookings Not Invoiced'), 'exact');
    assert.equal(matchTier(words('bookings'), 'Bookings Not Invoiced'), 'startsWith');
    assert.equal(matchTier(words('invoiced bookings'), 'Bookings Not Invoiced'), 'wholeWords');
    assert.equal(matchTier(words('invo book'), 'Bookings Not Invoiced'), 'prefixes');
    assert.equal(matchTier(words('voiced'), 'Bookings Not Invoiced'), undefined, 'only word starts match');
    assert.equal(matchTier(words('bookings bookings'), 'Bookings Not Invoiced'), undefined, 'each query word needs its own word');
  });

  it('"Bookings" finds Booking Sync Setup and Bookings Not Invoiced in our product', () => {
    const captions = tellMe(productMetadata().pages, 'Bookings').map((r) => r.caption);
    assert.ok(captions.includes('Booking Sync Setup'), captions.join(', '));
    assert.ok(captions.includes('Bookings Not Invoiced'), captions.join(', '));
    assert.deepEqual(captions.slice(0, 2).sort(), ['Booking Sync Setup', 'Bookings Not Invoiced'], 'both match a search term exactly and lead');
  });

  it('"uninvoiced bookings" finds Bookings Not Invoiced (a search term) first', () => {
    const results = tellMe(productMetadata().pages, 'uninvoiced bookings');
    assert.equal(results[0]?.pageName, 'BKI Bookings Not Invoiced');
    assert.equal(results[0]?.matchedOn, 'searchTerm');
    assert.equal(results[0]?.tier, 'exact');
  });

  it('skips pages without UsageCategory or with None, and ranks ours above a same-caption retired page', () => {
    const pages = [
      page(1638, 'Bookings Not Invoiced', 'Lists', [], true),
      page(70470021, 'Bookings Not Invoiced', 'Lists', ['uninvoiced bookings']),
      page(70470001, 'Bookings Businesses', 'None'),
      page(70470025, 'Bookings Appointment Customers', undefined),
      page(9301, 'Sales Invoices', 'Lists'),
    ];
    const r = tellMe(pages, 'bookings not');
    assert.deepEqual(r.map((x) => x.pageId), [70470021, 1638]);
    assert.deepEqual(tellMe(pages, 'INVOICES').map((x) => x.pageId), [9301]);
    assert.deepEqual(tellMe(pages, '   '), []);
  });

  it('the retired pages and their extensions do not hide ours', () => {
    const meta = productMetadata();
    const extended = meta.pages.filter((p) => p.extensions.length > 0);
    assert.ok(extended.length >= 3, 'the old pages carry our extensions');
    for (const q of ['Bookings Not Invoiced', 'Booking Sync Setup', 'Bookings']) {
      const ids = tellMe(meta.pages, q).map((r) => r.pageId);
      const ours = q === 'Booking Sync Setup' ? 70470000 : 70470021;
      assert.ok(ids.includes(ours), `${q}: ${ids.join(', ')}`);
      for (const old of extended) {
        const oldIndex = ids.indexOf(old.id);
        assert.ok(oldIndex < 0 || oldIndex > ids.indexOf(ours), `${q}: retired page ${old.id} ranks above ours`);
      }
    }
  });
});
