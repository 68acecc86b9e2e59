import { strict as assert } from 'node:assert';
import { nameHash } from '../src';

/**
 * Name -> number pairs read from trans-unit IDs that alc wrote (the element name is in the `Xliff Generator` note
 * of the same unit): NAB = jwikman/nab-al-tools test-app/Xliff-test/Translations/Al.g.xlf, INTAX =
 * microsoft/BCApps src/Apps/IN/INTaxBase/app/Translations/India Tax Base.en-US.xlf, AMC = microsoft/ALAppExtensions
 * AddOns/AMCBanking365Fundamentals/app/Translations/AMC Banking 365 Fundamentals.g.xlf.
 */
const VERIFIED: readonly (readonly [string, number, string])[] = [
  ['Caption', 2879900210, 'NAB, INTAX'],
  ['ToolTip', 1295455071, 'NAB, INTAX'],
  ['OptionCaption', 62802879, 'NAB'],
  ['InstructionalText', 1968111052, 'NAB'],
  ['PromotedActionCategories', 2019332006, 'NAB, INTAX'],
  ['AboutTitle', 1064389655, 'NAB'],
  ['AboutText', 247559172, 'NAB'],
  ['RequestFilterHeading', 1806354803, 'NAB'],
  ['AdditionalSearchTerms', 3863440606, 'AMC'],
  ['Customer List', 2901867346, 'NAB al-object-target'],
  ['Customer', 1994964448, 'NAB al-object-target'],
  ['Item', 3276313895, 'NAB al-object-target'],
  ['NAB Test Table', 596208023, 'NAB'],
  ['Name', 2961552353, 'NAB'],
  ['My <> & Field', 1942294334, 'NAB'],
  ['OnAction', 1377591017, 'NAB'],
  ['LocalTestLabelTxt', 1061650423, 'NAB'],
  ['Assessee Code', 4117274083, 'INTAX'],
  ['Code', 3004954119, 'INTAX'],
  ['Report Selection Usage', 3528066925, 'INTAX (enum extension and al-object-target)'],
];

describe('xliff name hash', () => {
  for (const [name, expected, source] of VERIFIED) {
    it(`hashes '${name}' to ${expected} as alc does (${source})`, () => {
      assert.equal(nameHash(name), expected);
    });
  }

  it('hashes UTF-16 code units, so case and non-ASCII letters change the number', () => {
    assert.notEqual(nameHash('caption'), nameHash('Caption'));
    assert.notEqual(nameHash('Adresse'), nameHash('Adreße'));
    // a character above U+00FF feeds its high byte too: 'Ā' (U+0100) differs from '\u0000' + '\u0001'
    assert.notEqual(nameHash('\u0100'), nameHash('\u0000\u0001'));
  });

  it('hashes the empty name to the FNV offset basis plus int.MaxValue', () => {
    assert.equal(nameHash(''), (0x811c9dc5 + 0x7fffffff) % 0x100000000);
  });
});
