import type { CallExpression, Control, Expression, Node, ObjectDeclaration, TypeReference } from '../../syntax/src';
import type { FieldSymbol, ObsoleteInfo, ProcedureSymbol } from '../../symbols/src/model';
import { CodeunitMembers, FieldArgumentMethods, GlobalFunctions, ImplicitVariables, QueryMembers, RecordMembers, StaticTypes } from './builtins';
import { codeBlocks, globalVariables, localVariables, type CodeBlock } from './codeBlocks';
import type { RuleContext } from './context';
import type { OwnObject } from './program';
import { recordTableOf } from './recordTable';
import { isSystemObject, SystemTableFields } from './systemObjects';
import { DisplayType, ObjectTypeWords, OtherType, valueTypeOf, type ValueType } from './typeOf';
import { walk } from './walk';

const ScopeKeywords: Readonly<Record<string, string>> = {
  database: 'table', codeunit: 'codeunit', page: 'page', report: 'report', query: 'query', xmlport: 'xmlport', enum: 'enum',
};

/** Resolves names and member access in one object's code and reports AL0118, AL0132, AL0185, AL0126, AL0161, AL0432. */
class ObjectResolver {
  private readonly objectNames = new Map<string, ValueType>();
  private readonly ownProcedures = new Map<string, number[]>();
  private readonly isExtension: boolean;
  private readonly isTableCode: boolean;
  private recordMembersInScope = false;
  /** Triggers inside a report data item or xmlport table element see that record's fields and methods unqualified. */
  private readonly dataItemOfTrigger = new Map<Node, string>();
  private readonly recordTable: string | undefined;

  constructor(private readonly context: RuleContext, private readonly own: OwnObject, private readonly implicitWith: boolean) {
    const decl = own.decl;
    this.isExtension = decl.objectType.endsWith('extension');
    this.isTableCode = decl.objectType === 'table' || decl.objectType === 'tableextension';
    this.recordTable = recordTableOf(decl, this.index);
    for (const { variable } of globalVariables(decl)) this.objectNames.set(variable.name.name.toLowerCase(), valueTypeOf(variable.type));
    for (const p of decl.procedures) {
      const counts = this.ownProcedures.get(p.name.name.toLowerCase()) ?? [];
      counts.push(p.parameters.length);
      this.ownProcedures.set(p.name.name.toLowerCase(), counts);
    }
    const table = this.recordTable !== undefined ? this.index.resolve('table', this.recordTable)?.symbol : undefined;
    // Table code, and (without the NoImplicitWith feature) any code with a Rec, sees the record's members unqualified.
    const tableInScope = decl.objectType === 'table' || decl.objectType === 'tableextension' || (this.implicitWith && this.recordTable !== undefined);
    this.recordMembersInScope = tableInScope;
    if (table?.type === 'table' && tableInScope) {
      for (const f of table.fields) this.objectNames.set(f.name.toLowerCase(), fieldValueType(f));
      for (const p of table.procedures) if (!this.ownProcedures.has(p.name.toLowerCase())) this.ownProcedures.set(p.name.toLowerCase(), []);
    }
    if (this.isExtension && decl.extends) {
      const targetType = decl.objectType.replace('extension', '');
      const target = this.index.resolve(targetType, decl.extends.name)?.symbol;
      if (target && 'procedures' in target) for (const p of target.procedures) if (!this.ownProcedures.has(p.name.toLowerCase())) this.ownProcedures.set(p.name.toLowerCase(), []);
      // The base object's `protected var` globals are in scope in its extensions.
      for (const v of target?.protectedVariables ?? []) {
        if (!this.objectNames.has(v.name.toLowerCase())) this.objectNames.set(v.name.toLowerCase(), valueTypeOfText(v.type));
      }
    }
    this.addDataItems(decl);
    this.mapDataItemTriggers(decl);
  }

  private mapDataItemTriggers(decl: ObjectDeclaration): void {
    const visit = (controls: readonly Control[], table: string | undefined): void => {
      for (const control of controls) {
        const tableArg = control.args[1]?.[0];
        const isItem = (control.controlKind === 'dataitem' || control.controlKind === 'tableelement') && tableArg?.kind === 'Identifier';
        const current = isItem && tableArg?.kind === 'Identifier' ? tableArg.name : table;
        if (current !== undefined) for (const trigger of control.triggers) this.dataItemOfTrigger.set(trigger, current);
        visit(control.controls, current);
      }
    };
    walk(decl.sections, (node) => {
      if (node.kind === 'Section') {
        visit(node.items.filter((i): i is Control => i.kind === 'Control'), undefined);
      }
      return true;
    });
  }

  private get index() {
    return this.context.program.index;
  }

  /** Report and xmlport data items / table elements are record variables; other element names are plain names. */
  private addDataItems(decl: ObjectDeclaration): void {
    if (decl.objectType !== 'report' && decl.objectType !== 'reportextension' && decl.objectType !== 'xmlport' && decl.objectType !== 'query') return;
    walk(decl.sections, (node) => {
      if (node.kind !== 'Control' || !node.name) return true;
      const kind = node.controlKind;
      const tableArg = node.args[1]?.[0];
      if ((kind === 'dataitem' || kind === 'tableelement') && tableArg?.kind === 'Identifier') {
        this.objectNames.set(node.name.name.toLowerCase(), { kind: 'record', table: tableArg.name });
      } else {
        this.objectNames.set(node.name.name.toLowerCase(), OtherType);
      }
      return true;
    });
  }

  run(): void {
    const decl = this.own.decl;
    for (const { variable } of globalVariables(decl)) this.checkType(variable.type);
    for (const block of codeBlocks(decl)) this.checkBlock(block);
    for (const control of this.pageFieldControls(decl)) {
      const source = control.args[1]?.[0];
      if (source) this.visit(source, new Map(), false);
    }
  }

  private pageFieldControls(decl: ObjectDeclaration): Control[] {
    if (decl.objectType !== 'page' && decl.objectType !== 'pageextension') return [];
    const fields: Control[] = [];
    walk(decl.sections, (node) => {
      if (node.kind === 'Control' && node.controlKind === 'field') fields.push(node);
      return node.kind !== 'TriggerDeclaration' && node.kind !== 'ProcedureDeclaration';
    });
    return fields;
  }

  private checkType(type: TypeReference | undefined): void {
    if (!type?.subtype) return;
    const objectType = ObjectTypeWords[type.name.toLowerCase()];
    if (objectType === undefined) return;
    const name = type.subtype.name;
    const found = this.index.resolve(objectType, name);
    if (!found) {
      if (isSystemObject(objectType, name)) return;
      if (/^\d+$/.test(name) && Number(name) >= 2000000000) return;
      this.context.report('AL0185', this.own.unit, type.subtype.start, DisplayType[objectType] ?? objectType, name);
      return;
    }
    this.checkNamespace(found.symbol.namespace, DisplayType[objectType] ?? objectType, found.symbol.name, type.subtype.start);
    this.reportObsolete(found.symbol.obsolete, DisplayType[objectType] ?? objectType, found.symbol.name, type.subtype.start);
  }

  /** An object in a namespace is visible from files in that namespace or that import it with `using`. */
  private checkNamespace(namespace: string | undefined, what: string, name: string, offset: number): void {
    if (namespace === undefined) return;
    const file = this.own.unit.file;
    const lower = namespace.toLowerCase();
    if (file.namespace?.name.text.toLowerCase() === lower) return;
    if (file.usings.some((u) => u.name.text.toLowerCase() === lower)) return;
    this.context.report('BKI0009', this.own.unit, offset, what, name, namespace);
  }

  /** `[EventSubscriber(ObjectType::X, X::"Name", 'Event' | Event, ...)]`: the publisher has that event. */
  private checkSubscriber(block: CodeBlock): void {
    if (block.kind !== 'ProcedureDeclaration') return;
    const attribute = block.attributes.find((a) => a.name.name.toLowerCase() === 'eventsubscriber');
    const target = attribute?.args[1];
    const eventArg = attribute?.args[2];
    if (!attribute || target?.kind !== 'ScopeExpression' || target.object.kind !== 'Identifier' || !eventArg) return;
    const objectType = ScopeKeywords[target.object.name.toLowerCase()];
    if (objectType === undefined || /^\d+$/.test(target.member.name)) return;
    const found = this.index.resolve(objectType, target.member.name);
    if (!found || !('procedures' in found.symbol)) return;
    const eventName = eventArg.kind === 'Literal' ? String(eventArg.value) : eventArg.kind === 'Identifier' ? eventArg.name : undefined;
    if (eventName === undefined) return;
    // Tables and pages also raise platform trigger events (OnAfterInsertEvent, OnAfterValidateEvent, ...).
    if (/^On(Before|After)\w*Event$/i.test(eventName)) return;
    // Page trigger events without Before/After in their name.
    if (/^On(OpenPage|ClosePage|QueryClosePage|NewRecord|InsertRecord|ModifyRecord|DeleteRecord)Event$/i.test(eventName)) return;
    const lower = eventName.toLowerCase();
    // `internal` IntegrationEvents are subscribable by the publisher's friend apps (internalsVisibleTo), which the
    // symbol model does not record; the event's existence is what is checked.
    const publisher = found.symbol.procedures.find((p) => p.name.toLowerCase() === lower && p.event !== undefined);
    if (!publisher) this.context.report('BKI0008', this.own.unit, eventArg.start, DisplayType[objectType] ?? objectType, found.symbol.name, eventName);
  }

  private reportObsolete(obsolete: ObsoleteInfo | undefined, what: string, name: string, offset: number): void {
    if (!obsolete || obsolete.state.toLowerCase() !== 'pending') return;
    this.context.report('AL0432', this.own.unit, offset, what, name, obsolete.tag ? ` (tag ${obsolete.tag})` : '', obsolete.reason ?? '');
  }

  private checkBlock(block: CodeBlock): void {
    const locals = new Map<string, ValueType>();
    const dataItemTable = this.dataItemOfTrigger.get(block);
    // Report extensions see the base report's data items and columns, which the symbol model does not hold.
    let reportUnknown = this.own.decl.objectType !== 'reportextension';
    if (dataItemTable !== undefined) {
      const table = this.index.resolve('table', dataItemTable)?.symbol;
      if (table?.type === 'table') {
        for (const f of table.fields) locals.set(f.name.toLowerCase(), OtherType);
        for (const p of table.procedures) locals.set(p.name.toLowerCase(), OtherType);
      }
      const systemFields = SystemTableFields.get(dataItemTable.toLowerCase());
      for (const f of systemFields ?? []) locals.set(f.toLowerCase(), OtherType);
      // A data item over a system table we have no field list for: its fields are unknown, so stay silent.
      if (table?.type !== 'table' && systemFields === undefined) reportUnknown = false;
      for (const member of RecordMembers) locals.set(member, OtherType);
    }
    for (const p of block.parameters) {
      locals.set(p.name.name.toLowerCase(), valueTypeOf(p.type));
      this.checkType(p.type);
    }
    for (const v of localVariables(block)) {
      locals.set(v.name.name.toLowerCase(), valueTypeOf(v.type));
      this.checkType(v.type);
    }
    if (block.returnName) locals.set(block.returnName.name.toLowerCase(), valueTypeOf(block.returnType));
    this.checkType(block.returnType);
    if (block.kind === 'ProcedureDeclaration') {
      for (const attribute of block.attributes) for (const arg of attribute.args) this.visit(arg, locals, false);
      this.checkSubscriber(block);
    }
    walk(block.body, (node) => {
      if (node.kind === 'WithStatement') {
        this.visit(node.record, locals, reportUnknown);
        return false;
      }
      if (isExpression(node)) {
        this.visit(node, locals, reportUnknown);
        return false;
      }
      return true;
    });
  }

  private lookup(name: string, locals: ReadonlyMap<string, ValueType>): ValueType | 'builtin' | undefined {
    const lower = name.toLowerCase();
    const local = locals.get(lower) ?? this.objectNames.get(lower);
    if (local) return local;
    if (lower === 'rec' || lower === 'xrec') return this.recordTable !== undefined ? { kind: 'record', table: this.recordTable } : OtherType;
    if (ImplicitVariables.has(lower) || GlobalFunctions.has(lower) || StaticTypes.has(lower) || this.ownProcedures.has(lower)) return 'builtin';
    // In table code the record's own methods (SetRange, CalcFields, FieldNo...) are in scope without `Rec.`.
    if ((this.isTableCode || this.recordMembersInScope) && RecordMembers.has(lower)) return 'builtin';
    if (this.own.decl.objectType === 'query' && QueryMembers.has(lower)) return 'builtin';
    // The first part of a qualified name (Microsoft.Sales.Document."Sales Header").
    if (this.index.isNamespaceRoot(name) || lower === 'system') return 'builtin';
    // Enum types are used as values: "Sales Document Type".FromInteger(1), MyEnum.Ordinals().
    if (this.index.find('enum', name) || isSystemObject('enum', name)) return 'builtin';
    return undefined;
  }

  private visit(e: Expression, locals: ReadonlyMap<string, ValueType>, reportUnknown: boolean): ValueType {
    switch (e.kind) {
      case 'Identifier': {
        const found = this.lookup(e.name, locals);
        if (found === undefined) {
          if (reportUnknown) this.context.report('AL0118', this.own.unit, e.start, e.name);
          return OtherType;
        }
        return found === 'builtin' ? OtherType : found;
      }
      case 'MemberExpression':
        return this.visitMember(e.object, e.member.name, e.member.start, undefined, locals, reportUnknown);
      case 'CallExpression':
        return this.visitCall(e, locals, reportUnknown);
      case 'ScopeExpression':
        this.visitScope(e.object, e.member.name, e.member.start, locals, reportUnknown);
        return OtherType;
      case 'BinaryExpression':
        this.visit(e.left, locals, reportUnknown);
        // The right side of `is` and `as` is a type (an interface name), not a value.
        if (e.operator !== 'is' && e.operator !== 'as') this.visit(e.right, locals, reportUnknown);
        return OtherType;
      default:
        this.visitChildren(e, locals, reportUnknown);
        return OtherType;
    }
  }

  private visitChildren(e: Expression, locals: ReadonlyMap<string, ValueType>, reportUnknown: boolean): void {
    walk(e, (node) => {
      if (node === e) return true;
      if (isExpression(node)) {
        this.visit(node, locals, reportUnknown);
        return false;
      }
      return true;
    });
  }

  private visitScope(object: Expression, member: string, memberOffset: number, locals: ReadonlyMap<string, ValueType>, reportUnknown: boolean): void {
    if (object.kind === 'Identifier') {
      const objectType = ScopeKeywords[object.name.toLowerCase()];
      if (objectType !== undefined && !locals.has(object.name.toLowerCase()) && !this.objectNames.has(object.name.toLowerCase())) {
        if (/^\d+$/.test(member) || this.index.isNamespaceRoot(member)) return;
        const found = this.index.resolve(objectType, member);
        if (!found && !isSystemObject(objectType, member)) {
          this.context.report('AL0185', this.own.unit, memberOffset, DisplayType[objectType] ?? objectType, member);
        }
        if (found) {
          this.reportObsolete(found.symbol.obsolete, DisplayType[objectType] ?? objectType, found.symbol.name, memberOffset);
          this.checkNamespace(found.symbol.namespace, DisplayType[objectType] ?? objectType, found.symbol.name, memberOffset);
        }
        return;
      }
      const enumSymbol = this.index.find('enum', object.name)?.symbol;
      if (enumSymbol?.type === 'enum' && !locals.has(object.name.toLowerCase()) && !this.objectNames.has(object.name.toLowerCase())) {
        this.checkEnumValue(enumSymbol.name, enumSymbol.values, member, memberOffset);
        return;
      }
      const known = locals.get(object.name.toLowerCase()) ?? this.objectNames.get(object.name.toLowerCase());
      if (known) this.checkValueOf(known, member, memberOffset);
      return;
    }
    if (object.kind === 'ScopeExpression' && object.object.kind === 'Identifier' && object.object.name.toLowerCase() === 'enum') {
      this.visitScope(object.object, object.member.name, object.member.start, locals, reportUnknown);
      const enumSymbol = this.index.find('enum', object.member.name)?.symbol;
      if (enumSymbol?.type === 'enum') this.checkEnumValue(enumSymbol.name, enumSymbol.values, member, memberOffset);
      return;
    }
    this.checkValueOf(this.visit(object, locals, reportUnknown), member, memberOffset);
  }

  /** `X::Member` where X is an enum or option variable or field (`Rec.Status::Open`, `Status::Open`). */
  private checkValueOf(type: ValueType, member: string, offset: number): void {
    if (type.kind === 'enum') {
      const symbol = this.index.find('enum', type.name)?.symbol;
      if (symbol?.type === 'enum') this.checkEnumValue(symbol.name, symbol.values, member, offset);
    } else if (type.kind === 'option') {
      const wanted = member.trim().toLowerCase();
      if (!type.members.some((m) => m.trim().toLowerCase() === wanted)) this.context.report('AL0132', this.own.unit, offset, `Option "${type.field}"`, member);
    }
  }

  private checkEnumValue(enumName: string, values: readonly { name: string }[], member: string, offset: number): void {
    const lower = member.toLowerCase();
    // Extensible enums can gain values in apps we do not see; only closed enums are certain.
    const symbol = this.index.find('enum', enumName)?.symbol;
    if (symbol?.type === 'enum' && symbol.extensible && this.index.find('enum', enumName)?.app !== this.context.program.manifest.name) return;
    if (!values.some((v) => v.name.toLowerCase() === lower)) this.context.report('AL0132', this.own.unit, offset, `Enum "${enumName}"`, member);
  }

  private procedureSymbols(type: ValueType, member: string): { procedures: ProcedureSymbol[]; owner: string } | undefined {
    if (type.kind === 'record') {
      const table = this.index.resolve('table', type.table)?.symbol;
      if (table?.type !== 'table') return undefined;
      return { procedures: this.index.procedures('table', table.name, member), owner: `Record "${table.name}"` };
    }
    if (type.kind === 'codeunit') {
      const codeunit = this.index.resolve('codeunit', type.name)?.symbol;
      if (codeunit?.type !== 'codeunit') return undefined;
      return { procedures: this.index.procedures('codeunit', codeunit.name, member), owner: `Codeunit "${codeunit.name}"` };
    }
    if (type.kind === 'interface') {
      const iface = this.index.find('interface', type.name)?.symbol;
      if (iface?.type !== 'interface') return undefined;
      return { procedures: this.index.interfaceProcedures(iface.name, member), owner: `Interface "${iface.name}"` };
    }
    return undefined;
  }

  /** Checks `object.member` (and, for calls, the argument count); returns the member's type when known. */
  private visitMember(
    object: Expression, member: string, memberOffset: number, call: CallExpression | undefined,
    locals: ReadonlyMap<string, ValueType>, reportUnknown: boolean,
  ): ValueType {
    const type = this.visit(object, locals, reportUnknown);
    const lower = member.toLowerCase();
    const found = this.procedureSymbols(type, member);
    if (type.kind === 'record') {
      const table = this.index.resolve('table', type.table)?.symbol;
      if (table?.type !== 'table') return OtherType;
      const field = this.index.field(table.name, member);
      if (field) {
        this.reportObsolete(field.obsolete, 'Field', field.name, memberOffset);
        return call ? OtherType : fieldValueType(field);
      }
      if (RecordMembers.has(lower)) return OtherType;
      if (found && found.procedures.length > 0) {
        this.checkProcedureCall(found.procedures, member, memberOffset, call, type);
        return OtherType;
      }
      this.context.report('AL0132', this.own.unit, memberOffset, `Record "${table.name}"`, member);
      return OtherType;
    }
    if (type.kind === 'codeunit' || type.kind === 'interface') {
      if (!found) return OtherType;
      if (type.kind === 'codeunit' && CodeunitMembers.has(lower)) return OtherType;
      if (found.procedures.length === 0) {
        this.context.report('AL0132', this.own.unit, memberOffset, found.owner, member);
        return OtherType;
      }
      this.checkProcedureCall(found.procedures, member, memberOffset, call, type);
      const returns = found.procedures[0]?.returnType;
      return returns !== undefined ? valueTypeOfText(returns) : OtherType;
    }
    return OtherType;
  }

  /** Whether this object is the one `type` names, or an extension of it. */
  private isOwnerOrExtension(type: ValueType): boolean {
    const decl = this.own.decl;
    if (type.kind === 'record') {
      const table = this.index.resolve('table', type.table)?.symbol;
      if (!table) return true;
      if (decl.objectType === 'table' && decl.name) return this.index.resolve('table', decl.name.name)?.symbol === table;
      if (decl.objectType === 'tableextension' && decl.extends) return this.index.resolve('table', decl.extends.name)?.symbol === table;
      return false;
    }
    if (type.kind === 'codeunit') {
      const codeunit = this.index.resolve('codeunit', type.name)?.symbol;
      if (!codeunit) return true;
      return decl.objectType === 'codeunit' && decl.name !== undefined && this.index.resolve('codeunit', decl.name.name)?.symbol === codeunit;
    }
    return false;
  }

  /** local: only inside the declaring object; protected: also in its extensions; internal: only in the app and its friends. */
  private isAccessible(p: ProcedureSymbol, type: ValueType): boolean {
    if (this.index.isHiddenInternal(p)) return false;
    if (p.access === 'local') {
      return this.isOwnerOrExtension(type) && this.own.decl.procedures.some((d) => d.access === 'local' && d.name.name.toLowerCase() === p.name.toLowerCase());
    }
    if (p.access === 'protected') return this.isOwnerOrExtension(type);
    return true;
  }

  private checkProcedureCall(procedures: readonly ProcedureSymbol[], member: string, offset: number, call: CallExpression | undefined, type: ValueType): void {
    const visible = procedures.filter((p) => this.isAccessible(p, type));
    if (visible.length === 0) {
      const level = procedures[0]?.access ?? 'internal';
      this.context.report('AL0161', this.own.unit, offset, member, level);
      return;
    }
    const procedure = visible[0];
    if (procedure) this.reportObsolete(procedure.obsolete, 'Procedure', procedure.name, offset);
    if (call && !visible.some((p) => p.parameters.length === call.args.length)) {
      this.context.report('AL0126', this.own.unit, offset, member, call.args.length, [...new Set(visible.map((p) => p.parameters.length))].join(' or '));
    }
  }

  private visitCall(e: CallExpression, locals: ReadonlyMap<string, ValueType>, reportUnknown: boolean): ValueType {
    const callee = e.callee;
    let methodName: string | undefined;
    let fieldTable: string | undefined;
    let skipFieldArgs = false;
    let result: ValueType = OtherType;
    if (callee.kind === 'MemberExpression') {
      methodName = callee.member.name.toLowerCase();
      const objectType = this.peekType(callee.object, locals);
      result = this.visitMember(callee.object, callee.member.name, callee.member.start, e, locals, reportUnknown);
      if (FieldArgumentMethods.has(methodName)) {
        if (objectType.kind === 'record') fieldTable = objectType.table;
        else skipFieldArgs = true;
      }
    } else if (callee.kind === 'Identifier') {
      methodName = callee.name.toLowerCase();
      const own = this.ownProcedures.get(methodName);
      const found = this.lookup(callee.name, locals);
      if (found === undefined && reportUnknown) this.context.report('AL0118', this.own.unit, callee.start, callee.name);
      if (own && own.length > 0 && !own.includes(e.args.length) && this.own.decl.procedures.some((p) => p.name.name.toLowerCase() === methodName)) {
        this.context.report('AL0126', this.own.unit, callee.start, callee.name, e.args.length, [...new Set(own)].join(' or '));
      }
      if (FieldArgumentMethods.has(methodName) && !this.ownProcedures.has(methodName)) {
        if (this.recordTable !== undefined && (this.own.decl.objectType === 'table' || this.own.decl.objectType === 'tableextension')) fieldTable = this.recordTable;
        else skipFieldArgs = true;
      }
    } else {
      this.visit(callee, locals, reportUnknown);
    }
    const fieldPosition = methodName !== undefined ? FieldArgumentMethods.get(methodName) : undefined;
    e.args.forEach((arg, position) => {
      const isFieldArg = fieldPosition !== undefined && (fieldPosition === -1 || fieldPosition === position);
      if (isFieldArg && arg.kind === 'Identifier') {
        if (fieldTable !== undefined) this.checkFieldName(fieldTable, arg.name, arg.start);
        if (fieldTable !== undefined || skipFieldArgs) return;
      }
      this.visit(arg, locals, reportUnknown);
    });
    return result;
  }

  private checkFieldName(table: string, name: string, offset: number): void {
    const symbol = this.index.resolve('table', table)?.symbol;
    if (symbol?.type !== 'table') return;
    if (!this.index.field(symbol.name, name) && !RecordMembers.has(name.toLowerCase())) {
      this.context.report('AL0132', this.own.unit, offset, `Record "${symbol.name}"`, name);
    }
  }

  /** The type of a simple expression without reporting anything (used before visiting it). */
  private peekType(e: Expression, locals: ReadonlyMap<string, ValueType>): ValueType {
    if (e.kind === 'Identifier') {
      const found = this.lookup(e.name, locals);
      return found === undefined || found === 'builtin' ? OtherType : found;
    }
    return OtherType;
  }
}

/** An Enum or Option field's type, for checking `Rec.Field::Value`; other fields are plain values. */
function fieldValueType(field: FieldSymbol): ValueType {
  if (field.options) return { kind: 'option', field: field.name, members: field.options };
  const match = /^Enum\s+"?([^"]+)"?$/i.exec(field.type.trim());
  return match?.[1] !== undefined ? { kind: 'enum', name: match[1] } : OtherType;
}

function valueTypeOfText(text: string): ValueType {
  const match = /^(Record|Codeunit|Interface|Enum)\s+"?([^"]+)"?/i.exec(text);
  if (!match) return OtherType;
  const word = (match[1] ?? '').toLowerCase();
  const name = (match[2] ?? '').replace(/\s+temporary$/i, '');
  if (word === 'enum') return { kind: 'enum', name };
  return word === 'record' ? { kind: 'record', table: name } : word === 'codeunit' ? { kind: 'codeunit', name } : { kind: 'interface', name };
}

const ExpressionKinds = new Set([
  'Identifier', 'Literal', 'UnaryExpression', 'BinaryExpression', 'RangeExpression', 'MemberExpression', 'ScopeExpression',
  'CallExpression', 'IndexExpression', 'SetExpression', 'ParenthesizedExpression', 'ThisExpression', 'ConditionalExpression',
  'ErrorExpression',
]);

function isExpression(node: Node): node is Expression {
  return ExpressionKinds.has(node.kind);
}

/** The resolution rule: every own object's code and declarations. */
export function resolveNames(context: RuleContext): void {
  const implicitWith = !context.program.manifest.features.includes('NoImplicitWith');
  for (const own of context.program.own) new ObjectResolver(context, own, implicitWith).run();
}
