/** The role-center-like start page: the Tell Me search box, its results, and tiles for the searchable lists. */
import type { PageMetadata } from '../metadata/model';
import { isSearchable, tellMe } from '../search/tellMe';
import { esc } from './escape';
import { documentShell } from './layout';

export function renderStartPage(pages: readonly PageMetadata[], query = ''): string {
  let body = '<div class="page-header"><div class="subtitle">Role Center</div><h1>Bookings Invoicing</h1></div>';
  body += `<form class="search" role="search" method="get" action="/"><label for="tellme">Tell me what you want to do</label><input type="search" id="tellme" name="q" value="${esc(query)}" autocomplete="off" aria-describedby="tellme-help"><span id="tellme-help" class="skip">Search for pages by name, for example Bookings.</span></form>`;
  if (query.trim() !== '') {
    const results = tellMe(pages, query);
    if (results.length === 0) body += `<section class="results" aria-live="polite"><p class="empty">No results for &quot;${esc(query)}&quot;.</p></section>`;
    else {
      const groups = new Map<string, string[]>();
      for (const r of results) {
        const key = r.usageCategory;
        groups.set(key, [...(groups.get(key) ?? []), `<li><a href="/page/${r.pageId}" data-page-id="${r.pageId}">${esc(r.caption)}</a></li>`]);
      }
      body += `<section class="results" aria-live="polite" aria-label="Search results">${[...groups].map(([k, items]) => `<h2>${esc(k)}</h2><ul>${items.join('')}</ul>`).join('')}</section>`;
    }
  }
  const lists = pages.filter((p) => isSearchable(p) && p.usageCategory?.toLowerCase() === 'lists' && (p.obsoleteState ?? '') === '');
  body += `<nav class="tiles" aria-label="Lists"><h2>Lists</h2><ul>${lists.map((p) => `<li><a href="/page/${p.id}">${esc(p.caption)}</a></li>`).join('')}</ul></nav>`;
  return documentShell('Bookings Invoicing', body);
}
