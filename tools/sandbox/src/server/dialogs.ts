/** HTML of the dialogs AL waits on (Confirm, StrMenu, a page run modally), shown over the page the user was on. */
import { esc } from '../render/escape';
import { documentShell } from '../render/layout';
import type { DialogRequest } from './interactions';

export function dialogHtml(interactionId: string, dialog: DialogRequest): string {
  const action = `/interaction/${encodeURIComponent(interactionId)}/answer`;
  switch (dialog.kind) {
    case 'confirm':
      return `<dialog open class="bc-dialog" role="alertdialog" aria-modal="true" aria-labelledby="confirm-title" data-dialog="confirm"><form method="post" action="${action}"><h2 id="confirm-title" class="skip">Confirm</h2><p>${esc(dialog.text)}</p><div class="buttons"><button name="answer" value="yes"${dialog.defaultAnswer ? ' autofocus' : ''}>Yes</button><button name="answer" value="no"${dialog.defaultAnswer ? '' : ' autofocus'}>No</button></div></form></dialog>`;
    case 'strMenu': {
      const options = dialog.options
        .map((o, i) => `<label class="option"><input type="radio" name="answer" value="${i + 1}"${i + 1 === dialog.defaultNo || (dialog.defaultNo === 0 && i === 0) ? ' checked' : ''}> ${esc(o)}</label><br>`)
        .join('');
      return `<dialog open class="bc-dialog" role="dialog" aria-modal="true" aria-labelledby="menu-title" data-dialog="strmenu"><form method="post" action="${action}"><h2 id="menu-title">${esc(dialog.instruction === '' ? 'Choose one of the following options:' : dialog.instruction)}</h2>${options}<div class="buttons"><button autofocus>OK</button><button name="answer" value="0" formnovalidate>Cancel</button></div></form></dialog>`;
    }
    case 'modalPage': {
      // A lookup list as BC shows it over the page: one radio per row (the row the page is on is chosen), OK/Cancel.
      const head = dialog.columns.map((c) => `<th scope="col">${esc(c)}</th>`).join('');
      const rows = dialog.rows
        .map((cells, i) => `<tr><td><input type="radio" name="answer" value="${i + 1}" id="modal-row-${i + 1}" aria-label="${esc(cells.join(' '))}"${i + 1 === dialog.current || (dialog.current === 0 && i === 0) ? ' checked' : ''}></td>${cells.map((c) => `<td><label for="modal-row-${i + 1}">${esc(c)}</label></td>`).join('')}</tr>`)
        .join('');
      const body = dialog.rows.length === 0 ? '<p class="empty">(There is nothing to show in this view)</p>' : `<table class="list" aria-label="${esc(dialog.caption)}"><thead><tr><th scope="col"><span class="skip">Select</span></th>${head}</tr></thead><tbody>${rows}</tbody></table>`;
      return `<dialog open class="bc-dialog modal-page" role="dialog" aria-modal="true" aria-labelledby="modal-title" data-dialog="modalpage" data-page-id="${dialog.pageId}"><form method="post" action="${action}"><h2 id="modal-title">${esc(dialog.caption)}</h2>${body}<div class="buttons"><button autofocus${dialog.rows.length === 0 ? ' disabled' : ''}>OK</button><button name="answer" value="0" formnovalidate>Cancel</button></div></form></dialog>`;
    }
  }
}

/** Puts the dialog over the last HTML of the page (AL is busy, so the page is not asked again), or over a blank page. */
export function pageWithDialog(lastHtml: string | undefined, interactionId: string, dialog: DialogRequest): string {
  const d = dialogHtml(interactionId, dialog);
  if (lastHtml !== undefined && lastHtml.includes('</main>')) {
    // The page's own forms would post while AL waits; the dialog is modal, so make the page inert under it.
    return lastHtml.replace(/<dialog open/g, '<dialog').replace('<main id="main" class="page">', '<main id="main" class="page" inert>').replace('</main>', `</main>${d}`);
  }
  return documentShell('Business Central', d);
}
