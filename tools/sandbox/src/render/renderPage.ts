/**
 * Server-side HTML for card and list pages from page metadata plus a PageDataSource. Card: action bar, FastTab per
 * group of area(Content), labelled fields. List/Worksheet: action bar, the repeater as a table (header captions,
 * one row per record, first column drills down to the card), other groups below. Every text is escaped.
 */
import type { LayoutControl, PageMetadata, TableFieldMetadata, TableMetadata } from '../metadata/model';
import type { FieldState, PageDataSource, PageEffect, RecordQuery } from './dataSource';
import { domId, esc } from './escape';
import { actionBar, documentShell } from './layout';

export interface RenderOptions {
  readonly tables: readonly TableMetadata[];
  /** Effects of the last action/validation to show above the page (messages, errors, notifications). */
  readonly effects?: readonly PageEffect[];
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

function effectsHtml(effects: readonly PageEffect[] | undefined): string {
  if (effects === undefined || effects.length === 0) return '';
  const items = effects
    .map((e) => {
      switch (e.kind) {
        case 'message': return `<div role="status">${esc(e.text)}</div>`;
        case 'error': return `<div class="error" role="alert">${esc(e.text)}</div>`;
        case 'notification': return `<div role="status">${esc(e.text)}${e.actions.map((a) => ` <button type="button">${esc(a)}</button>`).join('')}</div>`;
        case 'openPage':
        case 'hyperlink':
        case 'update':
        case 'close':
        case 'addinCall':
        case 'confirmed':
          return '';
      }
    })
    .join('');
  return items === '' ? '' : `<div class="messages">${items}</div>`;
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
  if (tf !== undefined && /^boolean\b/i.test(tf.type)) {
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

function renderControls(page: PageMetadata, opts: RenderOptions, controls: readonly LayoutControl[], fields: Readonly<Record<string, FieldState>>, formId: string): string {
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
        out += `<div class="subgroup" role="group" aria-label="${esc(c.caption ?? c.name)}" data-control="${esc(c.name)}">${renderControls(page, opts, c.children, fields, formId)}</div>`;
        break;
      case 'part':
      case 'systempart':
      case 'chartpart':
        flush();
        out += `<section class="part" aria-label="${esc(c.caption ?? c.name)}" data-control="${esc(c.name)}" data-page="${esc(c.source ?? '')}">${esc(c.caption ?? c.name)}</section>`;
        break;
      case 'usercontrol':
        flush();
        out += `<div class="addin" data-control="${esc(c.name)}" data-addin="${esc(c.source ?? '')}" role="region" aria-label="${esc(c.caption ?? c.name)}">Control add-in ${esc(c.source ?? c.name)}</div>`;
        break;
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
  let body = pageHeader(page, page.pageType);
  body += `<form id="${formId}" method="post" action="/page/${page.id}/action"><input type="hidden" name="bookmark" value="${esc(rec?.bookmark ?? '')}"></form>`;
  body += actionBar(page, formId);
  body += effectsHtml(opts.effects);
  if (rec === undefined) body += '<p class="empty">There is nothing to show in this view.</p>';
  const loose: LayoutControl[] = [];
  let tabs = '';
  for (const c of contentArea(page)) {
    if (c.kind !== 'group') { loose.push(c); continue; }
    if (isFalse(c.visible)) continue;
    const caption = c.caption ?? c.name;
    const instr = c.instructionalText === undefined ? '' : `<p class="instructional">${esc(c.instructionalText)}</p>`;
    tabs += `<details class="fasttab" open data-control="${esc(c.name)}"><summary>${esc(caption)}</summary>${instr}${renderControls(page, opts, c.children, fields, formId)}</details>`;
  }
  if (loose.length > 0) body += renderControls(page, opts, loose, fields, formId);
  body += tabs;
  return documentShell(page.caption, body);
}

function findRepeater(controls: readonly LayoutControl[]): LayoutControl | undefined {
  for (const c of controls) {
    if (c.kind === 'repeater') return c;
    const inner = findRepeater(c.children);
    if (inner) return inner;
  }
  return undefined;
}

/** A list or worksheet page: the repeater as a table; rows are focusable, the first cell drills down to the card. */
export async function renderListPage(page: PageMetadata, data: PageDataSource, opts: RenderOptions, query: RecordQuery = {}): Promise<string> {
  const formId = 'pageform';
  const rows = await data.getRecords(page, query);
  const repeater = findRepeater(contentArea(page));
  const drillDown = page.cardPageId === undefined ? `/page/${page.id}/record` : `/page/${encodeURIComponent(page.cardPageId)}`;
  let body = pageHeader(page, page.pageType);
  body += `<form id="${formId}" method="post" action="/page/${page.id}/action"></form>`;
  body += actionBar(page, formId);
  body += effectsHtml(opts.effects);
  if (repeater !== undefined) {
    const cols = repeater.children.filter((c) => c.kind === 'field' && !isFalse(c.visible));
    const head = cols
      .map((c) => {
        const tf = tableFieldOf(page, opts.tables, c);
        const num = tf !== undefined && NUMERIC.test(tf.type);
        const tip = c.toolTip === undefined ? '' : ` title="${esc(c.toolTip)}"`;
        return `<th scope="col"${num ? ' class="num"' : ''}${tip} data-control="${esc(c.name)}">${esc(c.caption ?? c.name)}</th>`;
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
            const text = esc(st?.text ?? '');
            const content = ci === 0 ? `<a href="${drillDown}?bookmark=${encodeURIComponent(r.bookmark)}" tabindex="-1">${text}</a>` : text;
            return `<td${cls === '' ? '' : ` class="${cls}"`}>${content}</td>`;
          })
          .join('');
        const select = `<td><input type="checkbox" form="${formId}" name="selection" value="${esc(r.bookmark)}" aria-label="Select row ${i + 1}"></td>`;
        return `<tr tabindex="0" data-bookmark="${esc(r.bookmark)}">${select}${cells}</tr>`;
      })
      .join('');
    body += `<table class="repeater" aria-label="${esc(page.caption)}" aria-rowcount="${rows.length + 1}" data-control="${esc(repeater.name)}"><thead><tr><th scope="col"><span class="skip">Select</span></th>${head}</tr></thead><tbody>${bodyRows}</tbody></table>`;
    if (rows.length === 0) body += '<p class="empty">(There is nothing to show in this view)</p>';
  }
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
