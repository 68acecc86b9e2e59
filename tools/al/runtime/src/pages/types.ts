import { EnumType, type ALType } from '../values/types';

/**
 * Static types of the page world. The runtime keeps them as `Other` types (so code that does not use pages never
 * sees them) with a `pageKind` tag and, for Page/TestPage variables, the page name.
 */
export type PageKind = 'Page' | 'TestPage' | 'CurrPage' | 'TestField' | 'TestAction' | 'TestFilter' | 'Notification' | 'PagePart' | 'UserControl';

export interface PageALType {
  readonly kind: 'Other';
  readonly name: string;
  readonly pageKind: PageKind;
  /** The page name for Page, TestPage, CurrPage and PagePart types ('' when not known). */
  readonly page: string;
}

export function pageALType(pageKind: PageKind, page: string): ALType {
  const t: PageALType = { kind: 'Other', name: pageKind, pageKind, page };
  return t;
}

export function pageTypeOf(t: ALType | undefined): PageALType | undefined {
  if (t === undefined || t.kind !== 'Other' || !('pageKind' in t)) return undefined;
  return t as PageALType;
}

/** The Action option (Microsoft Learn, "Page.RunModal() Method"): what RunModal returns. */
export const ACTION_TYPE = (() => {
  const t = new EnumType('Action', true);
  ['', 'OK', 'Cancel', 'LookupOK', 'LookupCancel', 'Yes', 'No', 'RunObject', 'RunSystem'].forEach((n, i) => t.add({ ordinal: i, name: n, caption: n, implementations: new Map() }));
  return t;
})();
