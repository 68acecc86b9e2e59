/**
 * The AL syntax tree. Every node has a `kind` discriminant and `start`/`end` character offsets into the
 * source text (end exclusive). Line and column come from `positionOf(file, offset)` (see position.ts),
 * which is a binary search over `SourceFileNode.lineStarts`.
 *
 * Stability rule: this file only grows. Node kinds and field names are never renamed or removed, because the
 * checker and the runtime are written against them.
 */

export interface NodeBase {
  readonly start: number;
  readonly end: number;
}

// ---------------------------------------------------------------------------------------------------------------
// Trivia

export type CommentKind = 'line' | 'doc' | 'block';

/** A comment: `// x` (line), `/// x` (doc), or a block comment. `text` is the whole comment including markers. */
export interface Comment extends NodeBase {
  readonly kind: 'Comment';
  readonly commentKind: CommentKind;
  readonly text: string;
}

export type DirectiveKind =
  | 'if'
  | 'elif'
  | 'else'
  | 'endif'
  | 'region'
  | 'endregion'
  | 'pragma'
  | 'define'
  | 'undef'
  | 'unknown';

/** A preprocessor line such as `#if not CLEAN28`; `text` is the part after the directive word. */
export interface Directive extends NodeBase {
  readonly kind: 'Directive';
  readonly directive: DirectiveKind;
  readonly text: string;
}

/** Source text skipped because it lies in an inactive `#if` branch. */
export interface InactiveRange extends NodeBase {
  readonly kind: 'InactiveRange';
}

// ---------------------------------------------------------------------------------------------------------------
// Names

/** A name: plain (`Customer`) or quoted (`"Sales Header"`). `name` is the text without quotes. */
export interface Identifier extends NodeBase {
  readonly kind: 'Identifier';
  readonly name: string;
  readonly quoted: boolean;
}

/** A dotted name such as a namespace `Microsoft.Sales.Customer`. */
export interface QualifiedName extends NodeBase {
  readonly kind: 'QualifiedName';
  readonly parts: Identifier[];
  /** The parts joined with '.'. */
  readonly text: string;
}

// ---------------------------------------------------------------------------------------------------------------
// File

export interface SourceFileNode extends NodeBase {
  readonly kind: 'SourceFile';
  readonly fileName: string;
  /** Offsets where each line starts (line 1 starts at 0). */
  readonly lineStarts: number[];
  readonly namespace?: NamespaceDeclaration;
  readonly usings: UsingDirective[];
  readonly objects: ObjectDeclaration[];
  /** All comments in source order (also in inactive ranges? no: only active text). */
  readonly comments: Comment[];
  readonly directives: Directive[];
  readonly inactiveRanges: InactiveRange[];
}

export interface NamespaceDeclaration extends NodeBase {
  readonly kind: 'NamespaceDeclaration';
  readonly name: QualifiedName;
  /** The `///` lines right before `namespace` (namespace documentation files). */
  readonly docComment?: string;
}

export interface UsingDirective extends NodeBase {
  readonly kind: 'UsingDirective';
  readonly name: QualifiedName;
}

// ---------------------------------------------------------------------------------------------------------------
// Objects

export type ObjectType =
  | 'table'
  | 'tableextension'
  | 'page'
  | 'pageextension'
  | 'pagecustomization'
  | 'profile'
  | 'profileextension'
  | 'codeunit'
  | 'report'
  | 'reportextension'
  | 'requestpage'
  | 'xmlport'
  | 'query'
  | 'enum'
  | 'enumextension'
  | 'interface'
  | 'permissionset'
  | 'permissionsetextension'
  | 'entitlement'
  | 'controladdin'
  | 'dotnet';

/**
 * One AL object. Members are split by kind for convenience; source order is recoverable from `start`.
 * `name` is absent only for `dotnet` (which has no name) or after a syntax error.
 */
export interface ObjectDeclaration extends NodeBase {
  readonly kind: 'ObjectDeclaration';
  readonly objectType: ObjectType;
  /** The object ID (absent for interface, profile, entitlement, controladdin, pagecustomization, dotnet). */
  readonly id?: number;
  readonly name?: Identifier;
  /** Target of `extends` (extension objects) or `customizes` (pagecustomization). */
  readonly extends?: Identifier;
  /** `implements A, B` on codeunits and enums. */
  readonly implements: Identifier[];
  /** `interface X extends A, B`. */
  readonly extendsInterfaces: Identifier[];
  readonly properties: Property[];
  readonly variables: VarSection[];
  readonly procedures: ProcedureDeclaration[];
  readonly triggers: TriggerDeclaration[];
  /** fields, keys, fieldgroups, layout, actions, views, dataset, requestpage, labels, rendering, schema, elements... */
  readonly sections: Section[];
  /** Enum values (enum, enumextension). */
  readonly values: EnumValue[];
  /** Control add-in events. */
  readonly events: EventDeclaration[];
  /** Items directly in the object body, e.g. dotnet `assembly("...") { type(...) }`. */
  readonly items: SectionItem[];
  /** Text of the `///` comment lines right before the object, markers stripped, lines joined with '\n'. */
  readonly docComment?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Properties

/**
 * `Name = value;`. `valueStart`/`valueEnd` delimit the raw value text (`raw`), `value` is the parsed form.
 */
export interface Property extends NodeBase {
  readonly kind: 'Property';
  readonly name: Identifier;
  readonly raw: string;
  readonly valueStart: number;
  readonly valueEnd: number;
  readonly value: PropertyValue;
}

export type PropertyValue =
  | ExpressionListValue
  | LabelValue
  | CalcFormulaValue
  | TableRelationValue
  | OptionMembersValue
  | PermissionsValue
  | TableViewValue
  | FilterListValue
  | ImplementationValue
  | ObjectReferenceValue
  | DecimalPlacesValue
  | RawValue;

/** `RunObject = page "Customer Card"`: an object type word and a name (or ID). */
export interface ObjectReferenceValue extends NodeBase {
  readonly kind: 'ObjectReferenceValue';
  /** Lower-case object type word: page, report, codeunit, xmlport, query, table. */
  readonly objectType: string;
  readonly object: Identifier;
}

/** `DecimalPlaces = 0 : 5` (either side may be omitted: `2:`, `:5`, `2`). */
export interface DecimalPlacesValue extends NodeBase {
  readonly kind: 'DecimalPlacesValue';
  readonly min?: number;
  readonly max?: number;
}

/** Comma-separated expressions: `Basic, Suite`, `true`, `Rec.Status = Rec.Status::Open`, `'a.js', 'b.js'`. */
export interface ExpressionListValue extends NodeBase {
  readonly kind: 'ExpressionListValue';
  readonly items: Expression[];
}

/** `'text', Comment = '...', Locked = true, MaxLength = 30` (Caption, ToolTip, report labels, ...). */
export interface LabelValue extends NodeBase {
  readonly kind: 'LabelValue';
  readonly text: string;
  readonly comment?: string;
  readonly locked?: boolean;
  readonly maxLength?: number;
  /** Every `Name = value` after the text, including the ones above. */
  readonly attributes: LabelAttribute[];
}

export interface LabelAttribute extends NodeBase {
  readonly kind: 'LabelAttribute';
  readonly name: Identifier;
  readonly value: Expression;
}

export type CalcFormulaKind = 'exist' | 'count' | 'sum' | 'average' | 'min' | 'max' | 'lookup';

/** `[-]sum("Table"."Field" where(...))`. */
export interface CalcFormulaValue extends NodeBase {
  readonly kind: 'CalcFormulaValue';
  readonly formula: CalcFormulaKind;
  readonly negated: boolean;
  readonly table: Identifier;
  readonly field?: Identifier;
  readonly where: TableFilter[];
}

/** `if (cond) Table.Field where(...) else if (...) ... else Table`. One branch per table. */
export interface TableRelationValue extends NodeBase {
  readonly kind: 'TableRelationValue';
  readonly branches: TableRelationBranch[];
}

export interface TableRelationBranch extends NodeBase {
  readonly kind: 'TableRelationBranch';
  /** The `if (...)` condition; absent for the unconditional (or final else) branch. */
  readonly condition?: TableFilter[];
  readonly table: Identifier;
  readonly field?: Identifier;
  readonly where: TableFilter[];
}

/** `OptionMembers = " ",Item,"G/L Account";` members in order (empty string for a blank member). */
export interface OptionMembersValue extends NodeBase {
  readonly kind: 'OptionMembersValue';
  readonly members: string[];
}

/** `tabledata Customer = RIMD, codeunit X = X, system "Tools, Restore" = X`. */
export interface PermissionsValue extends NodeBase {
  readonly kind: 'PermissionsValue';
  readonly entries: PermissionEntry[];
}

export interface PermissionEntry extends NodeBase {
  readonly kind: 'PermissionEntry';
  /** Lower-case object type word: tabledata, table, page, codeunit, report, xmlport, query, system. */
  readonly objectType: string;
  readonly object: Identifier;
  /** Permission letters as written, e.g. `RIMD`, `rimd`, `X`. */
  readonly permissions: string;
}

/** `sorting(A, B) order(descending) where(X = const(Y))` (SourceTableView, DataItemTableView, RunPageView...). */
export interface TableViewValue extends NodeBase {
  readonly kind: 'TableViewValue';
  readonly sorting: Identifier[];
  readonly order?: 'ascending' | 'descending';
  readonly where: TableFilter[];
}

/** `"No." = field("No."), Type = const(Item)` (RunPageLink, SubPageLink, DataItemLink, LinkFields, Filters...). */
export interface FilterListValue extends NodeBase {
  readonly kind: 'FilterListValue';
  readonly filters: TableFilter[];
}

/**
 * One filter `Field = const(V) | filter(V) | field(F) | field(upperlimit(F)) | field(filter(F))`, or in queries and
 * DataItemLink `Field = Other.Field` (filterType 'reference'). `value` is the raw text inside const()/filter().
 */
export interface TableFilter extends NodeBase {
  readonly kind: 'TableFilter';
  readonly field: Identifier;
  readonly filterType: 'const' | 'filter' | 'field' | 'reference';
  readonly value: string;
  /** For `field(...)`: the referenced field; for 'reference': the last name of `Other.Field`. */
  readonly referencedField?: Identifier;
  /** For 'reference': the data item / table qualifier (`Other`). */
  readonly referencedItem?: Identifier;
  /** `field(upperlimit(F))` or `field(filter(F))`. */
  readonly modifier?: 'upperlimit' | 'filter';
}

/** `Implementation = "I1" = "Codeunit A", "I2" = "Codeunit B"` (also DefaultImplementation...). */
export interface ImplementationValue extends NodeBase {
  readonly kind: 'ImplementationValue';
  readonly entries: { readonly interfaceName: Identifier; readonly implementation: Identifier }[];
}

/** A value kept only as text (free-form properties such as Format or unknown shapes). */
export interface RawValue extends NodeBase {
  readonly kind: 'RawValue';
}

// ---------------------------------------------------------------------------------------------------------------
// Sections and their items

/** A braced block named by a word: `fields { }`, `layout { }`, `dataset { }`, `requestpage { }`, `labels { }`... */
export interface Section extends NodeBase {
  readonly kind: 'Section';
  /** Lower-case section word. */
  readonly name: string;
  readonly properties: Property[];
  readonly triggers: TriggerDeclaration[];
  readonly items: SectionItem[];
  readonly sections: Section[];
  /** Only requestpage sections may carry variables or procedures in practice. */
  readonly variables: VarSection[];
  readonly procedures: ProcedureDeclaration[];
}

export type SectionItem = TableField | Key | FieldGroup | Control;

/** `field(1; "No."; Code[20]) { ... }` in a table or table extension. */
export interface TableField extends NodeBase {
  readonly kind: 'TableField';
  readonly id: number;
  readonly name: Identifier;
  readonly type: TypeReference;
  readonly properties: Property[];
  readonly triggers: TriggerDeclaration[];
  readonly docComment?: string;
}

/** `key(PK; "No.", "Line No.") { Clustered = true; }`. */
export interface Key extends NodeBase {
  readonly kind: 'Key';
  readonly name: Identifier;
  readonly fields: Identifier[];
  readonly properties: Property[];
}

/** `fieldgroup(DropDown; "No.", Name) { }`. */
export interface FieldGroup extends NodeBase {
  readonly kind: 'FieldGroup';
  readonly name: Identifier;
  readonly fields: Identifier[];
  readonly properties: Property[];
}

/**
 * Any other braced item with arguments: page `area/group/field/part/systempart/usercontrol/repeater/cuegroup/
 * fixed/grid/action/actionref/separator/fileuploadaction/customaction/systemaction`, report `dataitem/column/
 * layout`, xmlport `textelement/tableelement/fieldelement/fieldattribute/textattribute`, query `dataitem/column/
 * filter`, view `view`, dotnet `assembly/type`, and change words `add/addfirst/addlast/addafter/addbefore/modify/
 * movefirst/movelast/moveafter/movebefore`.
 */
export interface Control extends NodeBase {
  readonly kind: 'Control';
  /** Lower-case item word, e.g. 'field', 'addafter'. */
  readonly controlKind: string;
  /** Arguments grouped by ';' and within a group split by ','. `field(Name; Rec.Name)` gives [[Name], [Rec.Name]]. */
  readonly args: Expression[][];
  /** The first argument when it is a plain or quoted name. */
  readonly name?: Identifier;
  /** Whether the item had a `{ }` body. */
  readonly hasBody: boolean;
  readonly properties: Property[];
  readonly triggers: TriggerDeclaration[];
  readonly controls: Control[];
  readonly sections: Section[];
  readonly docComment?: string;
}

/** `value(0; "None") { Caption = 'None'; }` in an enum or enum extension. */
export interface EnumValue extends NodeBase {
  readonly kind: 'EnumValue';
  readonly id: number;
  readonly name: Identifier;
  readonly properties: Property[];
  readonly docComment?: string;
}

// ---------------------------------------------------------------------------------------------------------------
// Code declarations

/** `[Name(args)]` before a procedure, trigger or variable. */
export interface Attribute extends NodeBase {
  readonly kind: 'Attribute';
  readonly name: Identifier;
  readonly args: Expression[];
}

export type AccessModifier = 'local' | 'internal' | 'protected';

export interface ProcedureDeclaration extends NodeBase {
  readonly kind: 'ProcedureDeclaration';
  readonly attributes: Attribute[];
  readonly access?: AccessModifier;
  readonly name: Identifier;
  readonly parameters: Parameter[];
  /** `procedure F() Result: Integer` gives returnName Result. */
  readonly returnName?: Identifier;
  readonly returnType?: TypeReference;
  readonly variables: VarSection[];
  /** Absent for interface and control add-in procedures. */
  readonly body?: BlockStatement;
  readonly docComment?: string;
}

/** `trigger OnValidate() var ... begin ... end;` (also `trigger OnAction(Files: List of [FileUpload])`). */
export interface TriggerDeclaration extends NodeBase {
  readonly kind: 'TriggerDeclaration';
  readonly name: Identifier;
  readonly parameters: Parameter[];
  readonly returnName?: Identifier;
  readonly returnType?: TypeReference;
  readonly variables: VarSection[];
  readonly body?: BlockStatement;
  readonly docComment?: string;
}

/** Control add-in `event Name(params);`. */
export interface EventDeclaration extends NodeBase {
  readonly kind: 'EventDeclaration';
  readonly name: Identifier;
  readonly parameters: Parameter[];
  readonly docComment?: string;
}

export interface Parameter extends NodeBase {
  readonly kind: 'Parameter';
  readonly byRef: boolean;
  readonly name: Identifier;
  readonly type: TypeReference;
}

/** A `var` section (optionally `protected var`). */
export interface VarSection extends NodeBase {
  readonly kind: 'VarSection';
  readonly protected: boolean;
  readonly variables: VariableDeclaration[];
}

/** One declared name; `A, B: Integer` produces two declarations sharing the type node. */
export interface VariableDeclaration extends NodeBase {
  readonly kind: 'VariableDeclaration';
  readonly attributes: Attribute[];
  readonly name: Identifier;
  readonly type: TypeReference;
}

/**
 * A data type as written. `name` is the type word as written (compare case-insensitively), e.g. 'Record',
 * 'Code', 'List', 'Label'.
 */
export interface TypeReference extends NodeBase {
  readonly kind: 'TypeReference';
  readonly name: string;
  /** Record "Customer", Codeunit X, Enum X, Page X, Interface X, DotNet X, Query X, XmlPort X, Report X... */
  readonly subtype?: Identifier;
  /** Code[20], Text[100]. */
  readonly length?: Expression;
  /** List of [Text], Dictionary of [Code[20], Integer]. */
  readonly typeArguments: TypeReference[];
  /** `array[10, 2] of X`: this node is X with the dimensions here. */
  readonly arrayDimensions: Expression[];
  readonly temporary: boolean;
  /** `Option A,B,"C D"`. */
  readonly optionMembers?: string[];
  /** `Label 'text', Comment = '...'`, also `TextConst`. */
  readonly label?: LabelValue;
  /** Trailing words such as WithEvents, RunOnClient, SecurityFiltering(Filtered). */
  readonly modifiers: string[];
}

// ---------------------------------------------------------------------------------------------------------------
// Statements

export type Statement =
  | BlockStatement
  | AssignmentStatement
  | ExpressionStatement
  | IfStatement
  | CaseStatement
  | WhileStatement
  | RepeatStatement
  | ForStatement
  | ForeachStatement
  | WithStatement
  | ExitStatement
  | BreakStatement
  | ContinueStatement
  | AssertErrorStatement
  | EmptyStatement
  | ErrorStatement;

/** `begin ... end`. */
export interface BlockStatement extends NodeBase {
  readonly kind: 'BlockStatement';
  readonly statements: Statement[];
}

export type AssignmentOperator = ':=' | '+=' | '-=' | '*=' | '/=';

export interface AssignmentStatement extends NodeBase {
  readonly kind: 'AssignmentStatement';
  readonly target: Expression;
  readonly operator: AssignmentOperator;
  readonly value: Expression;
}

/** A call or a bare name used as a statement (`Rec.Insert;`, `Foo(1);`). */
export interface ExpressionStatement extends NodeBase {
  readonly kind: 'ExpressionStatement';
  readonly expression: Expression;
}

export interface IfStatement extends NodeBase {
  readonly kind: 'IfStatement';
  readonly condition: Expression;
  readonly then?: Statement;
  readonly else?: Statement;
}

export interface CaseStatement extends NodeBase {
  readonly kind: 'CaseStatement';
  readonly expression: Expression;
  readonly branches: CaseBranch[];
  /** Statements after `else` (absent when there is no else). */
  readonly else?: Statement[];
}

export interface CaseBranch extends NodeBase {
  readonly kind: 'CaseBranch';
  /** Values or ranges (RangeExpression) separated by commas. */
  readonly values: Expression[];
  readonly body?: Statement;
}

export interface WhileStatement extends NodeBase {
  readonly kind: 'WhileStatement';
  readonly condition: Expression;
  readonly body?: Statement;
}

export interface RepeatStatement extends NodeBase {
  readonly kind: 'RepeatStatement';
  readonly statements: Statement[];
  readonly condition: Expression;
}

export interface ForStatement extends NodeBase {
  readonly kind: 'ForStatement';
  readonly variable: Expression;
  readonly from: Expression;
  readonly to: Expression;
  readonly downto: boolean;
  readonly body?: Statement;
}

export interface ForeachStatement extends NodeBase {
  readonly kind: 'ForeachStatement';
  readonly variable: Identifier;
  readonly iterable: Expression;
  readonly body?: Statement;
}

export interface WithStatement extends NodeBase {
  readonly kind: 'WithStatement';
  readonly record: Expression;
  readonly body?: Statement;
}

export interface ExitStatement extends NodeBase {
  readonly kind: 'ExitStatement';
  readonly value?: Expression;
}

export interface BreakStatement extends NodeBase {
  readonly kind: 'BreakStatement';
}

export interface ContinueStatement extends NodeBase {
  readonly kind: 'ContinueStatement';
}

export interface AssertErrorStatement extends NodeBase {
  readonly kind: 'AssertErrorStatement';
  readonly body?: Statement;
}

/** A lone `;`. */
export interface EmptyStatement extends NodeBase {
  readonly kind: 'EmptyStatement';
}

/** Text that could not be parsed as a statement (a diagnostic was reported). */
export interface ErrorStatement extends NodeBase {
  readonly kind: 'ErrorStatement';
}

// ---------------------------------------------------------------------------------------------------------------
// Expressions

export type Expression =
  | Identifier
  | Literal
  | UnaryExpression
  | BinaryExpression
  | RangeExpression
  | MemberExpression
  | ScopeExpression
  | CallExpression
  | IndexExpression
  | SetExpression
  | ParenthesizedExpression
  | ThisExpression
  | ConditionalExpression
  | ErrorExpression;

export type LiteralKind =
  | 'integer'
  | 'bigInteger'
  | 'decimal'
  | 'string'
  | 'boolean'
  | 'date'
  | 'time'
  | 'datetime';

/**
 * A literal. `raw` is the source text. `value`: integer/decimal -> number (bigInteger -> number too, exact text in
 * raw), string -> the unescaped text ('' becomes '), boolean -> boolean, date/time/datetime -> raw digits without
 * the suffix (e.g. '20240131', '120000', '0').
 */
export interface Literal extends NodeBase {
  readonly kind: 'Literal';
  readonly literalKind: LiteralKind;
  readonly raw: string;
  readonly value: string | number | boolean;
}

export type UnaryOperator = 'not' | '-' | '+';

export interface UnaryExpression extends NodeBase {
  readonly kind: 'UnaryExpression';
  readonly operator: UnaryOperator;
  readonly operand: Expression;
}

export type BinaryOperator =
  | '*'
  | '/'
  | 'div'
  | 'mod'
  | 'and'
  | '+'
  | '-'
  | 'or'
  | 'xor'
  | '='
  | '<>'
  | '<'
  | '<='
  | '>'
  | '>='
  | 'in'
  | 'is'
  | 'as';

export interface BinaryExpression extends NodeBase {
  readonly kind: 'BinaryExpression';
  readonly operator: BinaryOperator;
  readonly left: Expression;
  readonly right: Expression;
}

/** `a..b`, `..b`, `a..` in set literals and case labels. */
export interface RangeExpression extends NodeBase {
  readonly kind: 'RangeExpression';
  readonly from?: Expression;
  readonly to?: Expression;
}

/** `a.b`. */
export interface MemberExpression extends NodeBase {
  readonly kind: 'MemberExpression';
  readonly object: Expression;
  readonly member: Identifier;
}

/** `a::b` (option/enum values, object references like `Database::Customer`). */
export interface ScopeExpression extends NodeBase {
  readonly kind: 'ScopeExpression';
  readonly object: Expression;
  readonly member: Identifier;
}

export interface CallExpression extends NodeBase {
  readonly kind: 'CallExpression';
  readonly callee: Expression;
  readonly args: Expression[];
}

export interface IndexExpression extends NodeBase {
  readonly kind: 'IndexExpression';
  readonly object: Expression;
  readonly indexes: Expression[];
}

/** `[1, 3..5]` after `in`. */
export interface SetExpression extends NodeBase {
  readonly kind: 'SetExpression';
  readonly elements: Expression[];
}

export interface ParenthesizedExpression extends NodeBase {
  readonly kind: 'ParenthesizedExpression';
  readonly expression: Expression;
}

export interface ThisExpression extends NodeBase {
  readonly kind: 'ThisExpression';
}

/** `cond ? a : b`. */
export interface ConditionalExpression extends NodeBase {
  readonly kind: 'ConditionalExpression';
  readonly condition: Expression;
  readonly whenTrue: Expression;
  readonly whenFalse: Expression;
}

/** Placeholder where an expression was expected but missing (a diagnostic was reported). */
export interface ErrorExpression extends NodeBase {
  readonly kind: 'ErrorExpression';
}

export type Node =
  | SourceFileNode
  | NamespaceDeclaration
  | UsingDirective
  | ObjectDeclaration
  | Property
  | PropertyValue
  | LabelAttribute
  | TableRelationBranch
  | PermissionEntry
  | TableFilter
  | Section
  | SectionItem
  | EnumValue
  | Attribute
  | ProcedureDeclaration
  | TriggerDeclaration
  | EventDeclaration
  | Parameter
  | VarSection
  | VariableDeclaration
  | TypeReference
  | Statement
  | CaseBranch
  | Expression
  | QualifiedName
  | Comment
  | Directive
  | InactiveRange;
