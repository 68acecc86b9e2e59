/**
 * The symbol model: facts (never code) about the objects an app can see in its dependencies — IDs, names,
 * fields, keys, procedure signatures, events, enum values. Generated from AL source by `npm run symbols` and
 * committed under symbols/; the checker resolves names and types against it.
 */
import type { ExtensionSymbol } from './extract';

export const SymbolFormatVersion = 1;

export interface SymbolFile {
  readonly formatVersion: number;
  /** Where the facts came from, e.g. "microsoft/BCApps c3414ede3e". */
  readonly source: string;
  readonly apps: AppSymbols[];
}

export interface AppSymbols {
  readonly id: string;
  readonly name: string;
  readonly publisher: string;
  readonly version: string;
  /** Apps that see this app's internal objects and procedures (app.json internalsVisibleTo). */
  readonly internalsVisibleTo?: { readonly id: string; readonly name: string }[];
  readonly objects: ObjectSymbol[];
  /** Table, page and enum extensions of this app whose targets are in other apps (merged when the file is loaded). */
  readonly extensions?: ExtensionSymbol[];
}

export interface ObsoleteInfo {
  readonly state: string;
  readonly tag?: string;
  readonly reason?: string;
}

export interface ParameterSymbol {
  readonly name: string;
  /** The type as AL writes it, e.g. `Code[20]`, `Record "Sales Header"`, `Enum "Sales Document Type"`. */
  readonly type: string;
  readonly var?: true;
  readonly temporary?: true;
}

export interface ProcedureSymbol {
  readonly name: string;
  readonly access?: 'protected' | 'internal' | 'local';
  readonly parameters: ParameterSymbol[];
  readonly returnType?: string;
  /** [TryFunction]: returns a Boolean when its result is used. */
  readonly tryFunction?: true;
  /** Event publishers: the attribute that makes the procedure an event. */
  readonly event?: 'IntegrationEvent' | 'BusinessEvent' | 'InternalEvent';
  readonly obsolete?: ObsoleteInfo;
}

export interface FieldSymbol {
  readonly id: number;
  readonly name: string;
  readonly type: string;
  readonly fieldClass?: 'FlowField' | 'FlowFilter';
  /** OptionMembers for Option fields, in order. */
  readonly options?: string[];
  readonly obsolete?: ObsoleteInfo;
}

export interface EnumValueSymbol {
  readonly id: number;
  readonly name: string;
}

/** A `protected var` of a table, page or report: visible to the object's extensions. */
export interface VariableSymbol {
  readonly name: string;
  readonly type: string;
}

interface ObjectSymbolBase {
  readonly name: string;
  readonly namespace?: string;
  readonly access?: 'Internal' | 'Public';
  readonly obsolete?: ObsoleteInfo;
  readonly protectedVariables?: VariableSymbol[];
}

export interface TableSymbol extends ObjectSymbolBase {
  readonly type: 'table';
  readonly id: number;
  readonly tableType?: string;
  readonly fields: FieldSymbol[];
  /** Each key as its field names; the first is the primary key. */
  readonly keys: string[][];
  readonly procedures: ProcedureSymbol[];
}

export interface CodeunitSymbol extends ObjectSymbolBase {
  readonly type: 'codeunit';
  readonly id: number;
  readonly subtype?: string;
  readonly singleInstance?: true;
  readonly tableNo?: string;
  readonly implements?: string[];
  readonly procedures: ProcedureSymbol[];
}

export interface PageSymbol extends ObjectSymbolBase {
  readonly type: 'page';
  readonly id: number;
  readonly pageType?: string;
  readonly sourceTable?: string;
  /** Names of layout controls and actions, which page extensions anchor to. */
  readonly controls: string[];
  readonly procedures: ProcedureSymbol[];
}

export interface EnumSymbol extends ObjectSymbolBase {
  readonly type: 'enum';
  readonly id: number;
  readonly extensible: boolean;
  readonly implements?: string[];
  readonly values: EnumValueSymbol[];
}

export interface InterfaceSymbol extends ObjectSymbolBase {
  readonly type: 'interface';
  /** `interface X extends A, B`: a codeunit implementing X implements A and B too. */
  readonly extends?: string[];
  readonly procedures: ProcedureSymbol[];
}

/** Reports, queries, xmlports, permission sets, control add-ins: what matters is that they exist. */
export interface OtherObjectSymbol extends ObjectSymbolBase {
  readonly type: 'report' | 'query' | 'xmlport' | 'permissionset' | 'controladdin';
  readonly id?: number;
  readonly procedures: ProcedureSymbol[];
}

export type ObjectSymbol = TableSymbol | CodeunitSymbol | PageSymbol | EnumSymbol | InterfaceSymbol | OtherObjectSymbol;
