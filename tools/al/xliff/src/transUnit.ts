/** The data of one `<trans-unit>` of a generated XLIFF file, before it is written as XML. */

/** Element types alc writes in trans-unit IDs and in the `Xliff Generator` note. */
export type ElementKind =
  | 'Table'
  | 'TableExtension'
  | 'Page'
  | 'PageExtension'
  | 'Codeunit'
  | 'Report'
  | 'ReportExtension'
  | 'Query'
  | 'XmlPort'
  | 'Enum'
  | 'EnumExtension'
  | 'PermissionSet'
  | 'Field'
  | 'Control'
  | 'Action'
  | 'View'
  | 'Change'
  | 'Method'
  | 'NamedType'
  | 'Property'
  | 'EnumValue'
  | 'ReportDataItem'
  | 'ReportColumn'
  | 'ReportLabel'
  | 'RequestPage'
  | 'QueryDataItem'
  | 'QueryColumn'
  | 'QueryFilter'
  | 'XmlPortNode';

/** One step of a trans-unit's path, e.g. `Field` + `Customer No.`; the ID holds the hash of `name`. */
export interface PathStep {
  readonly kind: ElementKind;
  readonly name: string;
}

export interface TransUnit {
  /** From the object down to the text: `Table X`, `Field Y`, `Property Caption`. */
  readonly path: readonly PathStep[];
  /** The text as the user sees it (AL string quotes and doubled quotes already removed). */
  readonly source: string;
  /** The label's `Comment`, for translators; '' when there is none. */
  readonly comment: string;
  /** `MaxLength` of the label, written as `maxwidth`. */
  readonly maxLength?: number;
  /** `Locked = true`: written with translate="no" (only when the app asks for GenerateLockedTranslations). */
  readonly locked: boolean;
  /** `al-object-target`: extension objects only, the object the text applies to. */
  readonly target?: PathStep;
}
