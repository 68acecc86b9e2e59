/**
 * Tell Me over page metadata. Only pages with a UsageCategory other than None are searchable (as in BC). A page
 * matches when every word of the query is the start of a word of its caption or of one of its AdditionalSearchTerms
 * (case-insensitive, words split at spaces and punctuation). Ranking, best first: the whole text equals the query,
 * the text starts with the query, every query word is a whole word, every query word is a word prefix; a caption
 * match ranks above a search-term match of the same tier; then pages that are not obsolete, then by caption.
 */
import type { PageMetadata } from '../metadata/model';

export type MatchTier = 'exact' | 'startsWith' | 'wholeWords' | 'prefixes';
export type MatchSource = 'caption' | 'searchTerm';

export interface TellMeResult {
  readonly pageId: number;
  readonly pageName: string;
  readonly caption: string;
  readonly usageCategory: string;
  readonly tier: MatchTier;
  readonly matchedOn: MatchSource;
  /** The caption or search term that matched. */
  readonly matchedText: string;
  readonly score: number;
}

const TIER_SCORE: Record<MatchTier, number> = { exact: 400, startsWith: 300, wholeWords: 200, prefixes: 100 };

export function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
}

/** The tier of `query` against `text`, or undefined when some query word starts no word of the text. */
export function matchTier(queryWords: readonly string[], text: string): MatchTier | undefined {
  if (queryWords.length === 0) return undefined;
  const tw = words(text);
  const used = new Set<number>();
  let whole = true;
  for (const q of queryWords) {
    // Prefer an unused whole-word match, then an unused prefix match.
    let idx = tw.findIndex((w, i) => !used.has(i) && w === q);
    if (idx < 0) {
      idx = tw.findIndex((w, i) => !used.has(i) && w.startsWith(q));
      whole = false;
    }
    if (idx < 0) return undefined;
    used.add(idx);
  }
  const joinedQ = queryWords.join(' ');
  const joinedT = tw.join(' ');
  if (joinedT === joinedQ) return 'exact';
  if (joinedT.startsWith(joinedQ)) return 'startsWith';
  return whole ? 'wholeWords' : 'prefixes';
}

export function isSearchable(page: PageMetadata): boolean {
  return page.usageCategory !== undefined && page.usageCategory.toLowerCase() !== 'none';
}

export function tellMe(pages: readonly PageMetadata[], query: string, limit = 20): TellMeResult[] {
  const q = words(query);
  if (q.length === 0) return [];
  const results: (TellMeResult & { obsolete: boolean })[] = [];
  for (const page of pages) {
    if (!isSearchable(page)) continue;
    let best: TellMeResult | undefined;
    const consider = (text: string, source: MatchSource): void => {
      const tier = matchTier(q, text);
      if (tier === undefined) return;
      const score = TIER_SCORE[tier] + (source === 'caption' ? 50 : 0);
      if (best === undefined || score > best.score) {
        best = { pageId: page.id, pageName: page.name, caption: page.caption, usageCategory: page.usageCategory ?? '', tier, matchedOn: source, matchedText: text, score };
      }
    };
    consider(page.caption, 'caption');
    for (const term of page.additionalSearchTerms) consider(term, 'searchTerm');
    if (best !== undefined) results.push({ ...(best as TellMeResult), obsolete: (page.obsoleteState ?? '').toLowerCase() === 'pending' || (page.obsoleteState ?? '').toLowerCase() === 'removed' });
  }
  results.sort((a, b) => b.score - a.score || Number(a.obsolete) - Number(b.obsolete) || a.caption.localeCompare(b.caption) || a.pageId - b.pageId);
  return results.slice(0, limit).map(({ obsolete: _obsolete, ...r }) => r);
}
