/**
 * The number alc writes after each element type in a trans-unit ID (`Property 2879900210` is `Caption`).
 *
 * It is the 32-bit FNV-1a hash of the name's UTF-16 code units (each unit fed low byte first, i.e. the UTF-16LE
 * bytes), plus int.MaxValue (2147483647), wrapped to an unsigned 32-bit number. The name is hashed exactly as
 * declared (case kept, quotes removed).
 *
 * Verified against trans-unit IDs written by alc in public files (see test/hash.test.ts for the pairs):
 * jwikman/nab-al-tools test-app/Xliff-test/Translations/Al.g.xlf (Caption 2879900210, ToolTip 1295455071,
 * OptionCaption 62802879, InstructionalText 1968111052, PromotedActionCategories 2019332006, AboutTitle 1064389655,
 * AboutText 247559172, `Customer List` 2901867346, `Item` 3276313895, `Customer` 1994964448, field `Name`
 * 2961552353), microsoft/ALAppExtensions AMC Banking 365 Fundamentals.g.xlf (AdditionalSearchTerms 3863440606) and
 * microsoft/BCApps src/Apps/IN/INTaxBase/app/Translations/India Tax Base.en-US.xlf (all 1,556 units whose source is
 * still in that app give the same ID).
 * A hash of exactly 0x80000000 would be -1 if alc adds in signed arithmetic; we write 4294967295 (not seen in any
 * public file).
 */
export function nameHash(name: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    const unit = name.charCodeAt(i);
    hash = Math.imul(hash ^ (unit & 0xff), 0x01000193) >>> 0;
    hash = Math.imul(hash ^ (unit >>> 8), 0x01000193) >>> 0;
  }
  return (hash + 0x7fffffff) % 0x100000000;
}
