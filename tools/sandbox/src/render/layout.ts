/** Shared page chrome: document shell, app bar, action bar. */
import type { PageAction, PageMetadata } from '../metadata/model';
import { domId, esc } from './escape';
import { STYLES } from './styles';

/** Minimal, dependency-free script: arrow keys move between list rows; Enter on a row opens its drill-down link. */
export const CLIENT_SCRIPT = `
document.addEventListener('keydown',function(e){var r=e.target&&e.target.closest&&e.target.closest('tr[data-bookmark]');if(!r)return;
if(e.key==='ArrowDown'||e.key==='ArrowUp'){var n=e.key==='ArrowDown'?r.nextElementSibling:r.previousElementSibling;if(n){n.focus();e.preventDefault();}}
else if(e.key==='Enter'&&e.target===r){var a=r.querySelector('a');if(a){a.click();e.preventDefault();}}});
document.addEventListener('change',function(e){var i=e.target;if(!i||!i.closest||!i.closest('.field')||i.readOnly||i.disabled||!i.form)return;
var f=i.form,add=function(n,v){var h=document.createElement('input');h.type='hidden';h.name=n;h.value=v;f.appendChild(h);};
add('control',i.name);add('value',i.type==='checkbox'?(i.checked?'Yes':'No'):i.value);f.setAttribute('action',f.getAttribute('action').replace(/\\/action$/,'/validate'));f.submit();});
(function(){var d=document.querySelector('dialog[open] [autofocus]');if(d)d.focus();
var a=document.querySelector('.addin.live[data-events]');if(!a||!window.EventSource)return;
var es=new EventSource(a.getAttribute('data-events'));
es.onmessage=function(m){var d=JSON.parse(m.data);if(d.navigate){es.close();location.href=d.navigate;return;}
if(d.refresh){fetch(location.href,{headers:{'x-sandbox-refresh':'1'}}).then(function(r){return r.text();}).then(function(t){
var doc=new DOMParser().parseFromString(t,'text/html');var o=document.querySelector('table.repeater'),n=doc.querySelector('table.repeater');
if(o&&n){o.replaceWith(document.importNode(n,true));}document.body.setAttribute('data-refreshed',String(Number(document.body.getAttribute('data-refreshed')||'0')+1));});}};
})();
`;

export function documentShell(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${STYLES}</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="appbar" role="banner"><a href="/">Dynamics 365 Business Central</a><span>Sandbox</span></header>
<main id="main" class="page">
${body}
</main>
<script>${CLIENT_SCRIPT}</script>
</body>
</html>
`;
}

function isStaticallyHidden(expr: string | undefined): boolean {
  return expr !== undefined && expr.trim().toLowerCase() === 'false';
}

function findAction(actions: readonly PageAction[], name: string): PageAction | undefined {
  const lower = name.toLowerCase();
  for (const a of actions) {
    if (a.kind !== 'actionref' && a.name.toLowerCase() === lower) return a;
    const inner = findAction(a.children, name);
    if (inner) return inner;
  }
  return undefined;
}

/** BC captions mark the access key with '&' ('P&ost'); '&&' is a literal ampersand. The client shows plain text. */
export function plainCaption(caption: string): string {
  return caption.replace(/&(&?)/g, (_m, lit: string) => lit);
}

function actionButton(page: PageMetadata, a: PageAction, formId: string, promoted: boolean): string {
  const caption = plainCaption(a.caption ?? a.name);
  const tip = a.toolTip === undefined ? '' : ` title="${esc(a.toolTip)}"`;
  return `<button type="submit" form="${formId}" name="action" value="${esc(a.name)}" class="${promoted ? 'promoted' : 'action'}" data-image="${esc(a.image ?? '')}" id="${domId('act', String(page.id), a.name, promoted ? 'p' : 'm')}"${tip}>${esc(caption)}</button>`;
}

function menuItems(page: PageMetadata, items: readonly PageAction[], formId: string): string {
  let out = '';
  for (const a of items) {
    if (isStaticallyHidden(a.visible)) continue;
    if (a.kind === 'group') out += `<h3>${esc(plainCaption(a.caption ?? a.name))}</h3>${menuItems(page, a.children, formId)}`;
    else if (a.kind === 'action' || a.kind === 'fileuploadaction' || a.kind === 'customaction') out += actionButton(page, a, formId, false);
  }
  return out;
}

const AREA_CAPTIONS: Record<string, string> = { processing: 'Actions', navigation: 'Related', reporting: 'Reports', creation: 'New' };

/** The action bar: promoted groups first (as in BC), then one menu per action area. */
export function actionBar(page: PageMetadata, formId: string): string {
  let out = `<div class="actionbar" role="toolbar" aria-label="${esc(page.caption)} actions">`;
  for (const g of page.promoted) {
    const buttons = g.actions
      .map((n) => findAction(page.actions, n))
      .filter((a): a is PageAction => a !== undefined && !isStaticallyHidden(a.visible))
      .map((a) => actionButton(page, a, formId, true))
      .join('');
    if (buttons === '') continue;
    const label = g.caption === '' ? 'Home' : g.caption;
    out += `<div class="group" role="group" aria-label="${esc(label)}" data-group="${esc(g.name)}">${g.caption === '' ? '' : `<span class="group-caption">${esc(g.caption)}</span>`}${buttons}</div>`;
  }
  for (const area of page.actions) {
    if (area.kind !== 'area' || area.name.toLowerCase() === 'promoted') continue;
    const items = menuItems(page, area.children, formId);
    if (items === '') continue;
    const caption = AREA_CAPTIONS[area.name.toLowerCase()] ?? area.name;
    out += `<details data-area="${esc(area.name)}"><summary>${esc(caption)}</summary><div class="menu">${items}</div></details>`;
  }
  return `${out}</div>`;
}
