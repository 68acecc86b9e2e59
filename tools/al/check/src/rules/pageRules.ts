import { findProperty, propertyText } from '../../../symbols/src/astText';
import type { Rule } from '../context';
import { pageControls, recFieldOf, sourceTableOf } from './objectRules';

const SearchablePageTypes = new Set(['list', 'card', 'document', 'worksheet', 'listplus']);
const ExemptPageTypes = new Set(['api', 'rolecenter', 'headlinepart', 'promptdialog']);

/** Own table fields that carry a ToolTip themselves (page fields then inherit it). */
function tableFieldToolTips(context: Parameters<Rule>[0]): Set<string> {
  const set = new Set<string>();
  for (const { decl } of context.program.own) {
    if (decl.objectType !== 'table' && decl.objectType !== 'tableextension') continue;
    const table = (decl.objectType === 'table' ? decl.name?.name : decl.extends?.name) ?? '';
    for (const section of decl.sections) {
      for (const item of section.items) {
        if (item.kind === 'TableField' && findProperty(item.properties, 'ToolTip')) set.add(`${table.toLowerCase()}:${item.name.name.toLowerCase()}`);
      }
    }
  }
  return set;
}

/** AA0218 ToolTip, BKI0110 ApplicationArea on page fields and actions; AW0006 UsageCategory on list and card pages. */
export const pageUsabilityRule: Rule = (context) => {
  const inherited = tableFieldToolTips(context);
  for (const { decl, unit } of context.program.own) {
    if (decl.objectType !== 'page' && decl.objectType !== 'pageextension') continue;
    const pageType = (propertyText(decl.properties, 'PageType') ?? 'Card').toLowerCase();
    if (ExemptPageTypes.has(pageType)) continue;
    const name = decl.name?.name ?? '';
    if (decl.objectType === 'page' && SearchablePageTypes.has(pageType) && !findProperty(decl.properties, 'UsageCategory')) {
      context.report('AW0006', unit, decl.name?.start ?? decl.start, name, propertyText(decl.properties, 'PageType') ?? 'Card');
    }
    const pageArea = findProperty(decl.properties, 'ApplicationArea') !== undefined;
    const table = (sourceTableOf(context, decl) ?? '').toLowerCase();
    for (const control of pageControls(decl.sections)) {
      const kind = control.controlKind;
      if (kind !== 'field' && kind !== 'action') continue;
      const label = control.name?.name ?? '';
      const what = kind === 'field' ? 'field' : 'action';
      const bound = recFieldOf(control.args[1]?.[0]);
      const hasToolTip = findProperty(control.properties, 'ToolTip') !== undefined ||
        (bound !== undefined && inherited.has(`${table}:${bound.name.toLowerCase()}`));
      if (!hasToolTip) context.report('AA0218', unit, control.start, what, label);
      if (!pageArea && !findProperty(control.properties, 'ApplicationArea')) context.report('BKI0110', unit, control.start, what, label);
    }
  }
};
