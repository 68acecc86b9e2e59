/**
 * Server-side HTML for card and list pages from page metadata plus a PageDataSource. Card: action bar, FastTab per
 * group of area(Content), labelled fields. List/Worksheet: action bar, the repeater as a table (header captions,
 * one row per record, first column drills down to the card), other groups below. Every text is escaped.
 */
import type { LayoutControl, PageMetadata, TableFieldMetadata, TableMetadata } from '../metadata/model';
import type { FieldState, PageDataSource, PageEffect, RecordQuery, RecordRow } from './dataSource';
import { domId, esc } from './escape';
import { actionBar, documentShell } from './layout';

export interface RenderOptions {
  readonly tables: readonly TableMetadata[];
  /** Effects of the last action/validation to show (messages and errors as dialogs, notifications as bars). */
  readonly effects?: readonly PageEffect[];
  /** All pages, to render parts (subpages such as the lines of a sales invoice). */
  readonly pages?: readonly PageMetadata[];
  /** The address of the host page of a usercontrol of this page (the control add-in in an iframe), if it runs. */
  readonly addinFrame?: (page: PageMetadata, control: LayoutControl) => string | undefined;
  /** Shown instead of the fields when the card's record (asked by bookmark) no longer exists. */
  readonly missingRecordNote?: string;
  /** The list view: sort and filters from the address (`?sort=Control&desc=1&filter.Control=text`). */
  readonly view?: URLSearchParams;
}

const NUMERIC = /^(integer|decimal|biginteger|duration)\b/i;

function tableFieldOf(page: PageMetadata, tables: readonly TableMetadata[], c: LayoutControl): TableFieldMetadata | undefined {
  if (c.tableField === undefined || page.sourceTable === undefined) return undefined;
  const t = tables.find((x) => x.name.toLowerCase() === (page.sourceTable ?? '').toLowerCase());
  return t?.fields.find((f) => f.name.toLowerCase() === (c.tableField ?? '').toLowerCase());
}

function isFalse(expr: string | undefined): boolean {
  return expr !== undefined && expr.trim().toLowerCase() === 'false';
}

function styleClass(style: string | undefined): string {
  if (style === undefined) return '';
  const s = style.trim().toLowerCase();
  return ['attention', 'favorable', 'unfavorable', 'strong'].includes(s) ? ` style-${s}` : '';
}

export function effectsHtml(effects: readonly PageEffect[] | undefined): string {
  if (effects === undefined || effects.length === 0) return '';
  const messages: string[] = [];
  const errors: string[] = [];
  let bars = '';
  for (const e of effects) {
    switch (e.kind) {
      case 'message': messages.push(e.text); break;
      case 'error': errors.push(e.text); break;
      case 'notification': bars += `<div class="notification" role="status">${esc(e.text)}${e.actions.map((a) => (e.id === undefined ? ` <button type="button" class="link">${esc(a)}</button>` : ` <form method="post" action="/notification/action" class="inline"><input type="hidden" name="id" value="${esc(e.id)}"><input type="hidden" name="action" value="${esc(a)}"><button class="link">${esc(a)}</button></form>`)).join('')}<button type="button" class="dismiss" aria-label="Dismiss notification" onclick="this.parentElement.remove()">&#215;</button></div>`; break;
      case 'hyperlink': bars += `<div class="notification" role="status">Open <a href="${esc(e.url)}" target="_blank" rel="noopener noreferrer">${esc(e.url)}</a></div>`; break;
      case 'openPage':
      case 'update':
      case 'close':
      case 'addinCall':
      case 'confirmed':
        break;
    }
  }
  const dialog = (kind: 'message' | 'error', texts: readonly string[]): string =>
    `<dialog open class="bc-dialog${kind === 'error' ? ' error' : ''}" role="alertdialog" aria-modal="true" aria-labelledby="dlg-${kind}-title"><form method="dialog"><h2 id="dlg-${kind}-title" class="skip">${kind === 'error' ? 'Error' : 'Message'}</h2>${texts.map((t) => `<p${kind === 'error' ? ' role="alert"' : ''}>${esc(t)}</p>`).join('')}<div class="buttons"><button value="ok" autofocus>OK</button></div></form></dialog>`;
  let out = bars === '' ? '' : `<div class="notifications">${bars}</div>`;
  if (errors.length > 0) out += dialog('error', errors);
  else if (messages.length > 0) out += dialog('message', messages);
  if (errors.length > 0 && messages.length > 0) out += dialog('message', messages);
  return out;
}

function pageHeader(page: PageMetadata, subtitle: string): string {
  return `<div class="page-header"><div class="subtitle">${esc(subtitle)}</div><h1>${esc(page.caption)}</h1></div>`;
}

function fieldEditable(page: PageMetadata, c: LayoutControl, state: FieldState | undefined): boolean {
  if (isFalse(page.editable) || isFalse(page.modifyAllowed)) return false;
  if (state?.editable !== undefined) return state.editable && state.enabled !== false;
  if (state?.enabled === false) return false;
  return !isFalse(c.editable) && !isFalse(c.enabled);
}

function renderField(page: PageMetadata, opts: RenderOptions, c: LayoutControl, state: FieldState | undefined, formId: string): string {
  if (state?.visible === false || (state?.visible === undefined && isFalse(c.visible))) return '';
  const id = domId('f', String(page.id), c.name);
  const caption = c.caption ?? c.name;
  const showCaption = !isFalse(c.showCaption);
  const tf = tableFieldOf(page, opts.tables, c);
  const editable = fieldEditable(page, c, state);
  const required = (c.properties['ShowMandatory'] ?? '').toLowerCase() === 'true';
  const masked = (c.properties['ExtendedDatatype'] ?? '').toLowerCase() === 'masked';
  const tip = c.toolTip === undefined ? '' : `<span id="${id}--tip" hidden>${esc(c.toolTip)}</span>`;
  const describedBy = c.toolTip === undefined ? '' : ` aria-describedby="${id}--tip" title="${esc(c.toolTip)}"`;
  const label = showCaption
    ? `<label for="${id}">${esc(caption)}${required ? '<span class="req" aria-hidden="true">*</span>' : ''}</label>`
    : '';
  const aria = showCaption ? '' : ` aria-label="${esc(caption)}"`;
  const cls = `${tf !== undefined && NUMERIC.test(tf.type) ? 'num' : ''}${styleClass(state?.style ?? c.style)}`.trim();
  const common = `id="${id}" name="${esc(c.name)}" form="${formId}"${aria}${describedBy}${editable ? '' : ' readonly'}${required ? ' aria-required="true"' : ''}${cls === '' ? '' : ` class="${cls}"`}`;
  let input: string;
  if ((tf !== undefined && /^boolean\b/i.test(tf.type)) || (tf === undefined && state?.checked !== undefined)) {
    const checked = state?.checked ?? ['yes', 'true'].includes((state?.text ?? '').toLowerCase());
    input = `<input type="checkbox" ${common}${checked ? ' checked' : ''}${editable ? '' : ' disabled'}>`;
  } else if ((c.properties['MultiLine'] ?? '').toLowerCase() === 'true') {
    input = `<textarea ${common} rows="2">${esc(state?.text ?? '')}</textarea>`;
  } else {
    input = `<input type="${masked ? 'password' : 'text'}"${masked ? ' autocomplete="new-password"' : ''} value="${esc(state?.text ?? '')}" ${common}>`;
  }
  const trigger = c.triggers.find((t) => /^(onassistedit|ondrilldown)$/i.test(t));
  const triggerButton = trigger === undefined
    ? ''
    : `<button type="submit" form="${formId}" class="assist" name="trigger" value="${esc(`${c.name}:${trigger}`)}" aria-label="${esc(`${trigger.toLowerCase() === 'onassistedit' ? 'Choose a value for' : 'Show details of'} ${caption}`)}">${trigger.toLowerCase() === 'onassistedit' ? '&#8230;' : '&#8599;'}</button>`;
  return `<div class="field${showCaption ? '' : ' nocaption'}${trigger === undefined ? '' : ' has-assist'}" data-control="${esc(c.name)}">${label}${input}${triggerButton}${tip}</div>`;
}

/** Rendered parts of a card (subpages), by control name; fetched before the synchronous layout walk. */
type PartHtml = ReadonlyMap<string, string>;

function renderControls(page: PageMetadata, opts: RenderOptions, controls: readonly LayoutControl[], fields: Readonly<Record<string, FieldState>>, formId: string, parts: PartHtml = new Map()): string {
  let fieldRun = '';
  let out = '';
  const flush = (): void => {
    if (fieldRun !== '') out += `<div class="fields">${fieldRun}</div>`;
    fieldRun = '';
  };
  for (const c of controls) {
    switch (c.kind) {
      case 'field':
        fieldRun += renderField(page, opts, c, fields[c.name], formId);
        break;
      case 'group':
      case 'fixed':
      case 'grid':
      case 'cuegroup':
      case 'repeater':
      case 'area':
        flush();
        if (isFalse(c.visible)) break;
        out += `<div class="subgroup" role="group" aria-label="${esc(c.caption ?? c.name)}" data-control="${esc(c.name)}">${renderControls(page, opts, c.children, fields, formId, parts)}</div>`;
        break;
      case 'part':
      case 'systempart':
      case 'chartpart':
        flush();
        out += parts.get(c.name) ?? `<section class="part" aria-label="${esc(c.caption ?? c.name)}" data-control="${esc(c.name)}" data-page="${esc(c.source ?? '')}">${esc(c.caption ?? c.name)}</section>`;
        break;
      case 'usercontrol': {
        flush();
        const addinName = (c.source ?? c.name).replace(/^"(.*)"$/, '$1');
        const frame = opts.addinFrame?.(page, c);
        out += frame === undefined
          ? `<div class="addin" data-control="${esc(c.name)}" data-addin="${esc(addinName)}" role="region" aria-label="${esc(c.caption ?? c.name)}">Control add-in ${esc(addinName)}</div>`
          : `<div class="addin live" data-events="/page/${page.id}/events" data-control="${esc(c.name)}" data-addin="${esc(addinName)}" role="region" aria-label="${esc(addinName)}"><iframe class="addin-frame" title="${esc(addinName)}" src="${esc(frame)}"></iframe></div>`;
        break;
      }
      case 'label':
        fieldRun += `<div class="field nocaption" data-control="${esc(c.name)}">${esc(c.caption ?? c.name)}</div>`;
        break;
    }
  }
  flush();
  return out;
}

function contentArea(page: PageMetadata): LayoutControl[] {
  return page.layout.filter((a) => a.kind === 'area' && a.name.toLowerCase() === 'content').flatMap((a) => a.children);
}

/** A card page: a FastTab (collapsible, open) per top-level group, loose fields in a leading section. */
export async function renderCardPage(page: PageMetadata, data: PageDataSource, opts: RenderOptions, bookmark?: string): Promise<string> {
  const rec = await data.getFieldValues(page, bookmark);
  const fields = rec?.fields ?? {};
  const formId = 'pageform';
  const parts = await renderParts(page, data, opts, fields);
  let body = pageHeader(page, page.pageType);
  body += `<form id="${formId}" method="post" action="/page/${page.id}/action"><input type="hidden" name="bookmark" value="${esc(rec?.bookmark ?? '')}"></form>`;
  body += actionBar(page, formId);
  body += effectsHtml(opts.effects);
  if (rec === undefined) body += bookmark !== undefined && opts.missingRecordNote !== undefined ? `<p class="empty" role="status">${esc(opts.missingRecordNote)}</p>` : '<p class="empty">There is nothing to show in this view.</p>';
  const loose: LayoutControl[] = [];
  let tabs = '';
  for (const c of contentArea(page)) {
    if (c.kind === 'part') { tabs += renderControls(page, opts, [c], fields, formId, parts); continue; }
    if (c.kind !== 'group') { loose.push(c); continue; }
    if (isFalse(c.visible)) continue;
    const caption = c.caption ?? c.name;
    const instr = c.instructionalText === undefined ? '' : `<p class="instructional">${esc(c.instructionalText)}</p>`;
    tabs += `<details class="fasttab" open data-control="${esc(c.name)}"><summary>${esc(caption)}</summary>${instr}${renderControls(page, opts, c.children, fields, formId, parts)}</details>`;
  }
  if (loose.length > 0) body += renderControls(page, opts, loose, fields, formId, parts);
  body += tabs;
  return documentShell(page.caption, body);
}

function subPageLinkFilters(link: string, parentPage: PageMetadata, fields: Readonly<Record<string, FieldState>>): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /\s*("[^"]+"|[A-Za-z_][A-Za-z0-9_]*)\s*=\s*(field|const|filter)\s*\(\s*("[^"]*"|[^)]*?)\s*\)\s*(,|$)/giy;
  const unq = (t: string): string => t.replace(/^"(.*)"$/, '$1');
  for (let m = re.exec(link); m !== null; m = re.exec(link)) {
    const target = unq(m[1] ?? '');
    const kind = (m[2] ?? '').toLowerCase();
    const arg = unq(m[3] ?? '');
    if (kind === 'field') {
      const ctl = findControl(contentArea(parentPage), (c) => c.kind === 'field' && (c.tableField ?? '').toLowerCase() === arg.toLowerCase());
      const text = ctl === undefined ? undefined : fields[ctl.name]?.text;
      if (text !== undefined) out[target] = /^[^&|<>=.*?@()'"\s]+$/.test(text) && text !== '' ? text : `'${text.replace(/'/g, "''")}'`;
    } else out[target] = arg;
    if (m[4] === '') break;
  }
  return out;
}

function findControl(controls: readonly LayoutControl[], pred: (c: LayoutControl) => boolean): LayoutControl | undefined {
  for (const c of controls) {
    if (pred(c)) return c;
    const inner = findControl(c.children, pred);
    if (inner) return inner;
  }
  return undefined;
}

/** Renders every part of a card whose page is known: its repeater, filtered by SubPageLink on the card's record. */
async function renderParts(page: PageMetadata, data: PageDataSource, opts: RenderOptions, fields: Readonly<Record<string, FieldState>>): Promise<PartHtml> {
  const out = new Map<string, string>();
  const parts: LayoutControl[] = [];
  const walk = (cs: readonly LayoutControl[]): void => cs.forEach((c) => { if (c.kind === 'part') parts.push(c); walk(c.children); });
  walk(contentArea(page));
  for (const c of parts) {
    if (isFalse(c.visible)) continue;
    const subName = (c.source ?? '').replace(/^"(.*)"$/, '$1').toLowerCase();
    const sub = opts.pages?.find((p) => p.name.toLowerCase() === subName || String(p.id) === subName);
    if (sub === undefined) continue;
    const filters = subPageLinkFilters(c.properties['SubPageLink'] ?? '', page, fields);
    if (Object.keys(filters).length === 0 && (c.properties['SubPageLink'] ?? '') !== '') {
      out.set(c.name, `<section class="part" aria-label="${esc(c.caption ?? sub.caption)}" data-control="${esc(c.name)}"><h2>${esc(c.caption ?? sub.caption)}</h2><p class="empty">(There is nothing to show in this view)</p></section>`);
      continue;
    }
    const rows = await data.getRecords(sub, { filters });
    out.set(c.name, `<section class="part" aria-label="${esc(c.caption ?? sub.caption)}" data-control="${esc(c.name)}" data-page="${esc(sub.name)}"><h2>${esc(c.caption ?? sub.caption)}</h2>${repeaterTable(sub, opts, rows, undefined, undefined)}</section>`);
  }
  return out;
}

function findRepeater(controls: readonly LayoutControl[]): LayoutControl | undefined {
  for (const c of controls) {
    if (c.kind === 'repeater') return c;
    const inner = findRepeater(c.children);
    if (inner) return inner;
  }
  return undefined;
}

/** The list view from the address: `sort`, `desc=1`, `filter.<control>=text` (and `ffield`/`fvalue` from the filter form). */
export function queryOfView(view: URLSearchParams | undefined): RecordQuery {
  if (view === undefined) return {};
  const filters: Record<string, string> = {};
  for (const [k, v] of view) if (k.startsWith('filter.') && v !== '') filters[k.slice('filter.'.length)] = v;
  const ff = view.get('ffield');
  const fv = view.get('fvalue');
  if (ff !== null && ff !== '' && fv !== null && fv !== '') filters[ff] = fv;
  const sortBy = view.get('sort');
  return { filters, ...(sortBy === null || sortBy === '' ? {} : { sortBy }), ...(view.get('desc') === '1' ? { descending: true } : {}) };
}

/** The view as a canonical query string (filter form folded into filter.<control>). */
export function viewString(query: RecordQuery): string {
  const p = new URLSearchParams();
  if (query.sortBy !== undefined) p.set('sort', query.sortBy);
  if (query.descending === true) p.set('desc', '1');
  for (const [k, v] of Object.entries(query.filters ?? {})) p.set(`filter.${k}`, v);
  const s = p.toString();
  return s === '' ? '' : `?${s}`;
}

function repeaterColumns(repeater: LayoutControl): LayoutControl[] {
  return repeater.children.filter((c) => c.kind === 'field' && !isFalse(c.visible));
}

/** The repeater as a table. With a form, rows get a selection checkbox and the first cell drills down. */
function repeaterTable(page: PageMetadata, opts: RenderOptions, rows: readonly RecordRow[], formId: string | undefined, query: RecordQuery | undefined): string {
  const repeater = findRepeater(contentArea(page));
  if (repeater === undefined) return '';
  const drillDown = page.cardPageId === undefined ? `/page/${page.id}/record` : `/page/${encodeURIComponent(page.cardPageId)}`;
  const cols = repeaterColumns(repeater);
  const head = cols
    .map((c) => {
      const tf = tableFieldOf(page, opts.tables, c);
      const num = tf !== undefined && NUMERIC.test(tf.type);
      const tip = c.toolTip === undefined ? '' : ` title="${esc(c.toolTip)}"`;
      const caption = esc(c.caption ?? c.name);
      let inner = caption;
      let sortAttr = '';
      if (query !== undefined) {
        const sorted = query.sortBy === c.name;
        const next: RecordQuery = { ...query, sortBy: c.name, ...(sorted && query.descending !== true ? { descending: true } : { descending: false }) };
        const { descending, ...rest } = next;
        inner = `<a class="sort" href="/page/${page.id}${esc(viewString(descending === true ? next : rest))}">${caption}${sorted ? (query.descending === true ? ' &#8595;' : ' &#8593;') : ''}</a>`;
        sortAttr = sorted ? ` aria-sort="${query.descending === true ? 'descending' : 'ascending'}"` : '';
      }
      return `<th scope="col"${num ? ' class="num"' : ''}${tip}${sortAttr} data-control="${esc(c.name)}">${inner}</th>`;
    })
    .join('');
  const bodyRows = rows
    .map((r, i) => {
      const cells = cols
        .map((c, ci) => {
          const st = r.fields[c.name];
          if (st?.visible === false) return '<td></td>';
          const tf = tableFieldOf(page, opts.tables, c);
          const num = tf !== undefined && NUMERIC.test(tf.type);
          const cls = `${num ? 'num' : ''}${styleClass(st?.style ?? c.style)}`.trim();
          const text = st?.checked !== undefined && tf === undefined ? (st.checked ? '&#10003;' : '') : esc(st?.text ?? '');
          const content = ci === 0 && formId !== undefined ? `<a href="${drillDown}?bookmark=${encodeURIComponent(r.bookmark)}" tabindex="-1">${text}</a>` : text;
          return `<td${cls === '' ? '' : ` class="${cls}"`}>${content}</td>`;
        })
        .join('');
      const select = formId === undefined ? '' : `<td><input type="checkbox" form="${formId}" name="selection" value="${esc(r.bookmark)}" aria-label="Select row ${i + 1}"></td>`;
      return `<tr tabindex="0" data-bookmark="${esc(r.bookmark)}">${select}${cells}</tr>`;
    })
    .join('');
  const selectHead = formId === undefined ? '' : '<th scope="col"><span class="skip">Select</span></th>';
  const empty = rows.length === 0 ? '<p class="empty">(There is nothing to show in this view)</p>' : '';
  return `<div class="table-scroll"><table class="repeater" aria-label="${esc(page.caption)}" aria-rowcount="${rows.length + 1}" data-control="${esc(repeater.name)}"><thead><tr>${selectHead}${head}</tr></thead><tbody>${bodyRows}</tbody></table></div>${empty}`;
}

function filterBar(page: PageMetadata, query: RecordQuery): string {
  const repeater = findRepeater(contentArea(page));
  if (repeater === undefined) return '';
  const cols = repeaterColumns(repeater);
  const keep = (q: RecordQuery): string => {
    let h = '';
    if (q.sortBy !== undefined) h += `<input type="hidden" name="sort" value="${esc(q.sortBy)}">`;
    if (q.descending === true) h += '<input type="hidden" name="desc" value="1">';
    for (const [k, v] of Object.entries(q.filters ?? {})) h += `<input type="hidden" name="filter.${esc(k)}" value="${esc(v)}">`;
    return h;
  };
  const chips = Object.entries(query.filters ?? {})
    .map(([k, v]) => {
      const rest = { ...(query.filters ?? {}) };
      delete rest[k];
      const caption = cols.find((c) => c.name === k)?.caption ?? k;
      return `<span class="chip">${esc(caption)}: ${esc(v)} <a href="/page/${page.id}${esc(viewString({ ...query, filters: rest }))}" aria-label="Remove filter ${esc(caption)}">&#215;</a></span>`;
    })
    .join('');
  const options = cols.map((c) => `<option value="${esc(c.name)}">${esc(c.caption ?? c.name)}</option>`).join('');
  return `<form class="filterbar" method="get" action="/page/${page.id}" role="search" aria-label="Filter ${esc(page.caption)}">${keep(query)}<label for="ffield">Filter</label><select id="ffield" name="ffield">${options}</select><input type="search" name="fvalue" aria-label="Filter value" placeholder="e.g. Adatum or 100..200"><button type="submit">Apply</button>${chips}</form>`;
}

/** A list or worksheet page: the repeater as a table; rows are focusable, the first cell drills down to the card. */
export async function renderListPage(page: PageMetadata, data: PageDataSource, opts: RenderOptions, query: RecordQuery = queryOfView(opts.view)): Promise<string> {
  const formId = 'pageform';
  const rows = await data.getRecords(page, query);
  let body = pageHeader(page, page.pageType);
  body += `<form id="${formId}" method="post" action="/page/${page.id}/action"><input type="hidden" name="view" value="${esc(viewString(query))}"></form>`;
  body += actionBar(page, formId);
  body += effectsHtml(opts.effects);
  body += filterBar(page, query);
  body += repeaterTable(page, opts, rows, formId, query);
  const others = contentArea(page).filter((c) => c.kind !== 'repeater' && findRepeater([c]) === undefined);
  if (others.length > 0) body += renderControls(page, opts, others, {}, formId);
  return documentShell(page.caption, body);
}

/** Renders a page by its PageType: List/Worksheet/ListPart/ListPlus as lists, everything else as a card. */
export function renderPage(page: PageMetadata, data: PageDataSource, opts: RenderOptions, bookmark?: string): Promise<string> {
  const t = page.pageType.toLowerCase();
  if (t === 'list' || t === 'worksheet' || t === 'listpart') return renderListPage(page, data, opts);
  return renderCardPage(page, data, opts, bookmark);
}
