/**
 * The page metadata model of the sandbox web client: plain JSON-serialisable data built from AL source, with page
 * extensions already applied. Expressions (SourceExpr, Editable, Visible...) are kept as AL source text; the runtime
 * evaluates them.
 */

export type LayoutKind =
  | 'area'
  | 'group'
  | 'repeater'
  | 'field'
  | 'part'
  | 'systempart'
  | 'usercontrol'
  | 'fixed'
  | 'grid'
  | 'cuegroup'
  | 'label'
  | 'chartpart';

export type ActionKind = 'area' | 'group' | 'action' | 'actionref' | 'separator' | 'customaction' | 'systemaction' | 'fileuploadaction';

/** Where a control or action came from: the page itself or a page extension (by object name). */
export interface Origin {
  readonly objectType: 'page' | 'pageextension';
  readonly objectName: string;
  readonly file: string;
}

export interface LayoutControl {
  readonly kind: LayoutKind;
  /** Control name (the first argument), or for areas the area word, e.g. 'Content'. */
  readonly name: string;
  /** Caption property text; absent when not set (the client then uses the field caption). */
  caption?: string;
  /** For field: the source expression as written, e.g. `Rec."Tenant ID"`. For part: the page name. For usercontrol: the add-in name. */
  readonly source?: string;
  /** For field: the table field the source expression names (`Rec.X` or `X` on the source table), else absent. */
  readonly tableField?: string;
  toolTip?: string;
  /** Property expression texts (AL source) for Editable, Visible, Enabled, ShowCaption... */
  editable?: string;
  visible?: string;
  enabled?: string;
  showCaption?: string;
  style?: string;
  importance?: string;
  instructionalText?: string;
  /** All other properties, name -> raw value text. */
  properties: Record<string, string>;
  /** Names of the triggers the control has (OnValidate, OnDrillDown, OnAssistEdit, OnLookup...). */
  triggers: string[];
  children: LayoutControl[];
  readonly origin: Origin;
}

export interface PageAction {
  readonly kind: ActionKind;
  readonly name: string;
  caption?: string;
  toolTip?: string;
  image?: string;
  /** `RunObject = page "X"` as {objectType, object}. */
  runObject?: { readonly objectType: string; readonly object: string };
  /** For actionref: the name of the action it promotes. */
  readonly target?: string;
  /** Legacy promotion: `Promoted = true` with PromotedCategory. */
  promoted?: boolean;
  promotedCategory?: string;
  promotedIsBig?: boolean;
  visible?: string;
  enabled?: string;
  properties: Record<string, string>;
  triggers: string[];
  children: PageAction[];
  readonly origin: Origin;
}

/** One promoted group of the action bar: the area(Promoted) group (or a legacy category) with the actions it shows. */
export interface PromotedGroup {
  /** Group name, e.g. 'Category_Process', or '' for actionrefs directly in area(Promoted). */
  readonly name: string;
  readonly caption: string;
  /** Names of the promoted actions (targets of actionrefs, or legacy Promoted actions). */
  readonly actions: string[];
}

export interface PageMetadata {
  readonly id: number;
  readonly name: string;
  readonly caption: string;
  readonly pageType: string;
  readonly sourceTable?: string;
  readonly sourceTableTemporary?: boolean;
  readonly sourceTableView?: string;
  /** CardPageId of a list: the page its rows drill down to (name as written). */
  readonly cardPageId?: string;
  readonly usageCategory?: string;
  readonly additionalSearchTerms: string[];
  readonly applicationArea?: string;
  readonly editable?: string;
  readonly insertAllowed?: string;
  readonly deleteAllowed?: string;
  readonly modifyAllowed?: string;
  readonly obsoleteState?: string;
  readonly app: string;
  readonly file: string;
  /** Page triggers (OnOpenPage...) including those of extensions, as 'ObjectName:Trigger'. */
  readonly triggers: string[];
  /** The page extensions applied, in application order. */
  readonly extensions: string[];
  readonly layout: LayoutControl[];
  readonly actions: PageAction[];
  /** The action bar's promoted groups, derived from area(Promoted) and legacy Promoted properties. */
  readonly promoted: PromotedGroup[];
}

export interface TableFieldMetadata {
  readonly id: number;
  readonly name: string;
  readonly caption: string;
  readonly type: string;
  readonly optionMembers?: string[];
}

export interface TableMetadata {
  readonly id: number;
  readonly name: string;
  readonly caption: string;
  readonly fields: TableFieldMetadata[];
}

export type Severity = 'error' | 'warning' | 'info';

export interface MetadataDiagnostic {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
}

export interface AppMetadata {
  readonly pages: PageMetadata[];
  readonly tables: TableMetadata[];
  readonly diagnostics: MetadataDiagnostic[];
}
