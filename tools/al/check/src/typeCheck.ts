import type { CallExpression, Expression, Node, ObjectDeclaration, Parameter, ProcedureDeclaration, Statement } from '../../syntax/src';
import type { FieldSymbol, ParameterSymbol, ProcedureSymbol } from '../../symbols/src/model';
import {
  BigIntegerType, BooleanType, convertible, DateTimeType, DateType, DecimalType, IntegerType, NoneType, sameForVar, simpleType,
  TextLiteralType, TextType, TimeType, typeOfReference, typeOfText, varDisplay, type AlType, type TypeFacts,
} from './alType';
import { RecordMembers } from './builtins';
import { recordTableOf } from './recordTable';
import { codeBlocks, globalVariables, localVariables, type CodeBlock } from './codeBlocks';
import type { RuleContext } from './context';
import type { OwnObject } from './program';
import { walk } from './walk';

/** Field types, parsed once per field symbol. */
const fieldTypes = new WeakMap<FieldSymbol, AlType | undefined>();

/** A parameter as the type checker needs it, from source (own objects) or from the symbol model. */
interface ParameterInfo {
  readonly type: AlType | undefined;
  readonly byRef: boolean;
}

interface Signature {
  readonly name: string;
  readonly parameters: readonly ParameterInfo[];
  /** undefined: no return value (None). */
  readonly returns: AlType | undefined;
  readonly hasReturn: boolean;
}

/** Return types of platform functions whose result type is fixed (Microsoft Learn, "System data type" etc.). */
const GlobalReturns: ReadonlyMap<string, AlType> = new Map([
  ['format', TextType], ['strlen', IntegerType], ['copystr', TextType], ['strsubstno', TextType], ['uppercase', TextType],
  ['lowercase', TextType], ['delchr', TextType], ['padstr', TextType], ['selectstr', TextType], ['convertstr', TextType],
  ['incstr', TextType], ['strpos', IntegerType], ['today', DateType], ['workdate', DateType], ['time', TimeType],
  ['currentdatetime', DateTimeType], ['createdatetime', DateTimeType], ['dt2date', DateType], ['dt2time', TimeType],
  ['dmy2date', DateType], ['calcdate', DateType], ['createguid', simpleType('guid')], ['companyname', TextType],
  ['userid', TextType], ['guiallowed', BooleanType], ['confirm', BooleanType], ['isnullguid', BooleanType],
]);

/** Return types of record methods (Microsoft Learn, "Record data type"). */
const RecordReturns: ReadonlyMap<string, AlType> = new Map([
  ['count', IntegerType], ['isempty', BooleanType], ['findfirst', BooleanType], ['findlast', BooleanType],
  ['findset', BooleanType], ['find', BooleanType], ['fieldno', IntegerType], ['fieldcaption', TextType],
  ['tablecaption', TextType], ['getfilter', TextType], ['getfilters', TextType], ['istemporary', BooleanType],
]);

const SystemFieldTypes: ReadonlyMap<string, AlType> = new Map([
  ['systemid', simpleType('guid')], ['systemcreatedat', DateTimeType], ['systemcreatedby', simpleType('guid')],
  ['systemmodifiedat', DateTimeType], ['systemmodifiedby', simpleType('guid')], ['systemrowversion', BigIntegerType],
]);

/**
 * Types of expressions and the rules that need them: argument types (AL0133), `var` arguments (AL0130, AL0133),
 * assignments and exit values (AL0122), exit with a value where there is no return value (AL0139). Only what it
 * knows for sure is reported: an expression whose type it cannot tell is never a finding.
 */
class ObjectTypeChecker {
  private readonly globals = new Map<string, AlType | undefined>();
  /** Whether the record's fields are in scope unqualified (table code, or code with implicit with). */
  private readonly fieldsInScope: boolean;
  private readonly recordTable: string | undefined;
  private readonly facts: TypeFacts;
  /** Code that sees the record's fields unqualified without being table code: a bare name might be either. */
  private readonly ambiguousFields: boolean;
  /** Report, xmlport and query data item tables: their fields are in scope, unqualified, in the data item's triggers. */
  private readonly dataItemTables: string[] = [];

  constructor(private readonly context: RuleContext, private readonly own: OwnObject, implicitWith: boolean) {
    const decl = own.decl;
    this.recordTable = recordTableOf(decl, context.program.index);
    for (const { variable } of globalVariables(decl)) this.globals.set(variable.name.name.toLowerCase(), typeOfReference(variable.type));
    this.addDataItems(decl);
    if (decl.objectType.endsWith('extension') && decl.extends) {
      const target = this.index.resolve(decl.objectType.replace('extension', ''), decl.extends.name)?.symbol;
      for (const v of target?.protectedVariables ?? []) if (!this.globals.has(v.name.toLowerCase())) this.globals.set(v.name.toLowerCase(), typeOfText(v.type));
    }
    const isTableCode = decl.objectType === 'table' || decl.objectType === 'tableextension';
    this.fieldsInScope = this.recordTable !== undefined && (isTableCode || implicitWith);
    this.ambiguousFields = !isTableCode && implicitWith;
    this.facts = {
      sameObject: (objectType, a, b) => this.sameObject(objectType, a, b),
      implementsInterface: (objectType, name, iface) => this.implementsInterface(objectType, name, iface),
    };
  }

  get index() {
    return this.context.program.index;
  }

  private addDataItems(decl: ObjectDeclaration): void {
    if (decl.objectType !== 'report' && decl.objectType !== 'reportextension' && decl.objectType !== 'xmlport' && decl.objectType !== 'query') return;
    walk(decl.sections, (node) => {
      if (node.kind !== 'Control' || !node.name) return true;
      const tableArg = node.args[1]?.[0];
      const isItem = (node.controlKind === 'dataitem' || node.controlKind === 'tableelement') && tableArg?.kind === 'Identifier';
      if (isItem && tableArg?.kind === 'Identifier') this.dataItemTables.push(tableArg.name);
      this.globals.set(node.name.name.toLowerCase(), isItem && tableArg?.kind === 'Identifier' ? { word: 'record', subtype: tableArg.name, display: `Record ${quoteIfNeeded(tableArg.name)}` } : undefined);
      return true;
    });
  }

  private sameObject(objectType: string, a: string, b: string): boolean {
    const type = objectType === 'record' ? 'table' : objectType;
    const left = this.index.resolve(type, a)?.symbol;
    const right = this.index.resolve(type, b)?.symbol;
    if (left && right) return left === right;
    if (left || right) {
      // One side by ID or qualified name the index does not know: compare what is comparable.
      const known = left ?? right;
      const other = left ? b : a;
      return known?.name.toLowerCase() === lastPart(other) || /^\d+$/.test(other) || other.includes('.');
    }
    return lastPart(a) === lastPart(b);
  }

  private implementsInterface(objectType: 'codeunit' | 'enum', name: string, iface: string): boolean | undefined {
    const symbol = this.index.resolve(objectType, name)?.symbol;
    if (!symbol || (symbol.type !== 'codeunit' && symbol.type !== 'enum')) return undefined;
    const target = lastPart(iface);
    const seen = new Set<string>();
    const reaches = (names: readonly string[]): boolean | undefined => {
      let unsure = false;
      for (const n of names) {
        const key = lastPart(n);
        if (key === target) return true;
        if (seen.has(key)) continue;
        seen.add(key);
        const declared = this.index.resolve('interface', n)?.symbol;
        if (declared?.type !== 'interface') {
          unsure = true;
          continue;
        }
        const further = reaches(declared.extends ?? []);
        if (further === true) return true;
        if (further === undefined) unsure = true;
      }
      return unsure ? undefined : false;
    };
    return reaches(symbol.implements ?? []);
  }

  run(): void {
    for (const block of codeBlocks(this.own.decl)) new BlockTypeChecker(this, block).run();
  }

  report(code: 'AL0130' | 'AL0133' | 'AL0139', offset: number, ...args: ReadonlyArray<string | number>): void {
    this.context.report(code, this.own.unit, offset, ...args);
  }

  /** Reports AL0122/AL0133 when `from` cannot go where `to` is expected, AL0603 when it converts with a warning. */
  checkConversion(offset: number, from: AlType, to: AlType, argument?: number): void {
    const result = convertible(from, to, this.facts);
    if (result === 'warn') this.context.report('AL0603', this.own.unit, offset, from.display, to.display);
    else if (result === false && argument !== undefined) this.context.report('AL0133', this.own.unit, offset, argument, from.display, to.display);
    else if (result === false) this.context.report('AL0122', this.own.unit, offset, from.display, to.display);
  }

  sameForVar(from: AlType, to: AlType): boolean | undefined {
    return sameForVar(from, to, this.facts);
  }

  globalType(lower: string): { found: boolean; type: AlType | undefined } {
    // In a data item's triggers its fields shadow the object's names: a name that is such a field is not typed.
    if (this.dataItemTables.some((t) => this.fieldType(t, lower).found)) return { found: true, type: undefined };
    if (this.globals.has(lower)) {
      if (this.ambiguousFields && this.recordTable !== undefined && this.fieldType(this.recordTable, lower).found) return { found: true, type: undefined };
      return { found: true, type: this.globals.get(lower) };
    }
    const field = this.fieldsInScope && this.recordTable !== undefined ? this.fieldType(this.recordTable, lower) : undefined;
    if (field?.found) return { found: true, type: this.ambiguousFields ? undefined : field.type };
    if ((lower === 'rec' || lower === 'xrec') && this.recordTable !== undefined) {
      return { found: true, type: { word: 'record', subtype: this.recordTable, display: `Record ${quoteIfNeeded(this.recordTable)}` } };
    }
    return { found: false, type: undefined };
  }

  fieldType(table: string, member: string): { found: boolean; type: AlType | undefined } {
    const field = this.index.field(this.index.resolve('table', table)?.symbol.name ?? table, member);
    if (field) {
      let type = fieldTypes.get(field);
      if (!fieldTypes.has(field)) {
        type = typeOfText(field.type);
        fieldTypes.set(field, type);
      }
      return { found: true, type };
    }
    const system = SystemFieldTypes.get(member.toLowerCase());
    if (system) return { found: true, type: system };
    return { found: false, type: undefined };
  }

  /** Procedures named `name` that an unqualified call in this object can mean (its own, its record's, its target's). */
  private readonly ownSignatureCache = new Map<string, Signature[] | undefined>();

  ownSignatures(name: string): Signature[] | undefined {
    const lower = name.toLowerCase();
    if (this.ownSignatureCache.has(lower)) return this.ownSignatureCache.get(lower);
    const found = this.findOwnSignatures(name);
    this.ownSignatureCache.set(lower, found);
    return found;
  }

  private findOwnSignatures(name: string): Signature[] | undefined {
    const lower = name.toLowerCase();
    const decl = this.own.decl;
    const own = decl.procedures.filter((p) => p.name.name.toLowerCase() === lower).map(signatureOfDeclaration);
    const symbols: ProcedureSymbol[] = [];
    if (decl.objectType === 'table' || decl.objectType === 'tableextension') {
      if (this.recordTable !== undefined) {
        const table = this.index.resolve('table', this.recordTable)?.symbol;
        if (table) symbols.push(...this.index.procedures('table', table.name, name));
      }
    } else if (decl.objectType.endsWith('extension') && decl.extends) {
      const targetType = decl.objectType.replace('extension', '');
      const target = this.index.resolve(targetType, decl.extends.name)?.symbol;
      if (target) symbols.push(...this.index.procedures(targetType, target.name, name));
    }
    const all = [...own, ...symbols.filter((s) => !own.some((o) => sameSignature(o, s))).map(signatureOfSymbol)];
    return all.length > 0 ? all : undefined;
  }

  /** `this` in a codeunit is that codeunit. */
  thisType(): AlType | undefined {
    const decl = this.own.decl;
    if (decl.objectType !== 'codeunit' || !decl.name) return undefined;
    return { word: 'codeunit', subtype: decl.name.name, display: `Codeunit ${quoteIfNeeded(decl.name.name)}` };
  }

  memberSignatures(type: AlType, member: string): Signature[] | undefined {
    const lower = member.toLowerCase();
    if (type.subtype === undefined) return undefined;
    if (type.word === 'record') {
      const table = this.index.resolve('table', type.subtype)?.symbol;
      if (table?.type !== 'table' || RecordMembers.has(lower)) return undefined;
      if (this.index.field(table.name, member)) return undefined;
      const found = this.index.procedures('table', table.name, member);
      return found.length > 0 ? found.map(signatureOfSymbol) : undefined;
    }
    if (type.word === 'codeunit' || type.word === 'interface') {
      if (type.word === 'codeunit' && lower === 'run') return undefined;
      const object = this.index.resolve(type.word, type.subtype)?.symbol;
      if (!object) return undefined;
      const found = type.word === 'interface' ? this.index.interfaceProcedures(object.name, member) : this.index.procedures(type.word, object.name, member);
      return found.length > 0 ? found.map(signatureOfSymbol) : undefined;
    }
    return undefined;
  }
}

function lastPart(name: string): string {
  const parts = name.toLowerCase().split('.');
  return (parts[parts.length - 1] ?? '').replace(/^"|"$/g, '');
}

function quoteIfNeeded(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `"${name}"`;
}

function parameterInfo(p: Parameter): ParameterInfo {
  return { type: typeOfReference(p.type), byRef: p.byRef };
}

function signatureOfDeclaration(p: ProcedureDeclaration): Signature {
  const tryFunction = p.attributes.some((a) => a.name.name.toLowerCase() === 'tryfunction');
  if (tryFunction && !p.returnType) return { name: p.name.name, parameters: p.parameters.map(parameterInfo), returns: BooleanType, hasReturn: true };
  return { name: p.name.name, parameters: p.parameters.map(parameterInfo), returns: typeOfReference(p.returnType), hasReturn: p.returnType !== undefined };
}

function symbolParameter(p: ParameterSymbol): ParameterInfo {
  return { type: typeOfText(p.type), byRef: p.var === true };
}

/** Signatures of symbol-file procedures, parsed once each. */
const symbolSignatures = new WeakMap<ProcedureSymbol, Signature>();

function signatureOfSymbol(p: ProcedureSymbol): Signature {
  let signature = symbolSignatures.get(p);
  if (!signature) {
    signature = parseSignatureOfSymbol(p);
    symbolSignatures.set(p, signature);
  }
  return signature;
}

function parseSignatureOfSymbol(p: ProcedureSymbol): Signature {
  if (p.tryFunction) return { name: p.name, parameters: p.parameters.map(symbolParameter), returns: BooleanType, hasReturn: true };
  return { name: p.name, parameters: p.parameters.map(symbolParameter), returns: typeOfText(p.returnType), hasReturn: p.returnType !== undefined };
}

function sameSignature(own: Signature, symbol: ProcedureSymbol): boolean {
  return own.name.toLowerCase() === symbol.name.toLowerCase() && own.parameters.length === symbol.parameters.length;
}

/** One procedure or trigger: its locals over the object's names. */
class BlockTypeChecker {
  private readonly locals = new Map<string, AlType | undefined>();

  constructor(private readonly object: ObjectTypeChecker, private readonly block: CodeBlock) {
    for (const p of block.parameters) this.locals.set(p.name.name.toLowerCase(), typeOfReference(p.type));
    for (const v of localVariables(block)) this.locals.set(v.name.name.toLowerCase(), typeOfReference(v.type));
    if (block.returnName) this.locals.set(block.returnName.name.toLowerCase(), typeOfReference(block.returnType));
  }

  run(): void {
    if (this.block.body) this.statement(this.block.body);
  }

  private statement(s: Statement | undefined): void {
    if (!s) return;
    switch (s.kind) {
      case 'BlockStatement':
        for (const inner of s.statements) this.statement(inner);
        return;
      case 'AssignmentStatement': {
        this.expressions(s.target);
        this.expressions(s.value);
        if (s.operator !== ':=') return;
        const target = this.typeOf(s.target);
        const value = this.typeOf(s.value);
        if (target && value) this.object.checkConversion(s.value.start, value, target);
        return;
      }
      case 'ExitStatement': {
        if (!s.value) return;
        this.expressions(s.value);
        if (this.block.kind !== 'ProcedureDeclaration') return;
        if (!this.block.returnType) {
          this.object.report('AL0139', s.value.start, this.block.name.name);
          return;
        }
        const expected = typeOfReference(this.block.returnType);
        const value = this.typeOf(s.value);
        if (expected && value) this.object.checkConversion(s.value.start, value, expected);
        return;
      }
      case 'WithStatement':
        // Inside `with X do` a bare name may be one of X's members: the checker does not type that code.
        return;
      case 'ExpressionStatement':
        this.expressions(s.expression);
        return;
      case 'IfStatement':
        this.expressions(s.condition);
        this.statement(s.then);
        this.statement(s.else);
        return;
      case 'CaseStatement':
        this.expressions(s.expression);
        for (const branch of s.branches) {
          for (const v of branch.values) this.expressions(v);
          this.statement(branch.body);
        }
        for (const inner of s.else ?? []) this.statement(inner);
        return;
      case 'WhileStatement':
        this.expressions(s.condition);
        this.statement(s.body);
        return;
      case 'RepeatStatement':
        for (const inner of s.statements) this.statement(inner);
        this.expressions(s.condition);
        return;
      case 'ForStatement':
        this.expressions(s.variable);
        this.expressions(s.from);
        this.expressions(s.to);
        this.statement(s.body);
        return;
      case 'ForeachStatement':
        this.expressions(s.iterable);
        this.statement(s.body);
        return;
      case 'AssertErrorStatement':
        this.statement(s.body);
        return;
      case 'BreakStatement':
      case 'ContinueStatement':
      case 'EmptyStatement':
      case 'ErrorStatement':
        return;
      default: {
        const never: never = s;
        return never;
      }
    }
  }

  /** Checks every call inside an expression (arguments against parameters). */
  private expressions(e: Expression): void {
    walk(e, (node: Node) => {
      if (node.kind === 'CallExpression') this.checkCall(node);
      return true;
    });
  }

  private signaturesOf(call: CallExpression): Signature[] | undefined {
    const callee = call.callee;
    if (callee.kind === 'Identifier') {
      const lower = callee.name.toLowerCase();
      if (this.locals.has(lower)) return undefined;
      return this.object.ownSignatures(callee.name);
    }
    if (callee.kind === 'MemberExpression') {
      if (callee.object.kind === 'ThisExpression') return this.object.ownSignatures(callee.member.name);
      const receiver = this.typeOf(callee.object);
      return receiver ? this.object.memberSignatures(receiver, callee.member.name) : undefined;
    }
    return undefined;
  }

  private checkCall(call: CallExpression): void {
    const candidates = this.signaturesOf(call)?.filter((s) => s.parameters.length === call.args.length);
    // With several overloads of that arity the compiler picks by type; the checker only checks a single candidate.
    if (!candidates || candidates.length !== 1) return;
    const signature = candidates[0];
    if (!signature) return;
    signature.parameters.forEach((parameter, i) => {
      const arg = call.args[i];
      if (!arg) return;
      if (parameter.byRef) {
        const assignable = this.isAssignable(arg);
        if (assignable === false) {
          this.object.report('AL0130', arg.start);
          return;
        }
        const type = this.typeOf(arg);
        if (assignable === true && type && parameter.type && this.object.sameForVar(type, parameter.type) === false) {
          this.object.report('AL0133', arg.start, i + 1, type.display, varDisplay(parameter.type));
        }
        return;
      }
      const type = this.typeOf(arg);
      if (type && parameter.type) this.object.checkConversion(arg.start, type, parameter.type, i + 1);
    });
  }

  /** Whether an argument can be passed to a `var` parameter: a variable, a field, an element. */
  private isAssignable(e: Expression): boolean | undefined {
    switch (e.kind) {
      case 'Identifier': {
        const lower = e.name.toLowerCase();
        if (this.locals.has(lower) || this.object.globalType(lower).found) return true;
        return undefined;
      }
      case 'MemberExpression':
      case 'IndexExpression':
        return true;
      case 'Literal':
      case 'BinaryExpression':
      case 'UnaryExpression':
      case 'CallExpression':
        return false;
      default:
        return undefined;
    }
  }

  private lookup(name: string): { found: boolean; type: AlType | undefined } {
    const lower = name.toLowerCase();
    if (this.locals.has(lower)) return { found: true, type: this.locals.get(lower) };
    return this.object.globalType(lower);
  }

  /** The type of an expression, or undefined when the checker cannot tell for sure. */
  typeOf(e: Expression): AlType | undefined {
    switch (e.kind) {
      case 'Literal':
        switch (e.literalKind) {
          case 'integer':
            return IntegerType;
          case 'bigInteger':
            return BigIntegerType;
          case 'decimal':
            return DecimalType;
          case 'string':
            return TextLiteralType;
          case 'boolean':
            return BooleanType;
          case 'date':
            return DateType;
          case 'time':
            return TimeType;
          case 'datetime':
            return DateTimeType;
          default:
            return undefined;
        }
      case 'Identifier':
        return this.lookup(e.name).type;
      case 'ParenthesizedExpression':
        return this.typeOf(e.expression);
      case 'UnaryExpression': {
        if (e.operator === 'not') return BooleanType;
        const inner = this.typeOf(e.operand);
        return inner && ['integer', 'biginteger', 'decimal'].includes(inner.word) ? inner : undefined;
      }
      case 'BinaryExpression':
        return this.binaryType(e.operator, e.left, e.right);
      case 'MemberExpression': {
        const receiver = this.typeOf(e.object);
        if (receiver?.word === 'record' && receiver.subtype !== undefined) {
          const field = this.object.fieldType(receiver.subtype, e.member.name);
          if (field.found) return field.type;
          return RecordReturns.get(e.member.name.toLowerCase());
        }
        return undefined;
      }
      case 'CallExpression':
        return this.callType(e);
      case 'ScopeExpression':
        return this.scopeType(e.object, e.member.name);
      case 'ThisExpression':
        return this.object.thisType();
      default:
        return undefined;
    }
  }

  private scopeType(object: Expression, member: string): AlType | undefined {
    if (object.kind === 'Identifier') {
      const lower = object.name.toLowerCase();
      if (['database', 'codeunit', 'page', 'report', 'query', 'xmlport'].includes(lower) && !this.lookup(lower).found) return IntegerType;
      const found = this.lookup(object.name);
      if (found.found) return found.type?.word === 'enum' || found.type?.word === 'option' ? found.type : undefined;
      const enumSymbol = this.object.index.find('enum', object.name)?.symbol;
      return enumSymbol?.type === 'enum' ? { word: 'enum', subtype: enumSymbol.name, display: `Enum ${quoteIfNeeded(enumSymbol.name)}` } : undefined;
    }
    if (object.kind === 'ScopeExpression' && object.object.kind === 'Identifier' && object.object.name.toLowerCase() === 'enum') {
      const enumSymbol = this.object.index.resolve('enum', object.member.name)?.symbol;
      return enumSymbol?.type === 'enum' ? { word: 'enum', subtype: enumSymbol.name, display: `Enum ${quoteIfNeeded(enumSymbol.name)}` } : undefined;
    }
    if (object.kind === 'MemberExpression') {
      const type = this.typeOf(object);
      return type?.word === 'enum' || type?.word === 'option' ? type : undefined;
    }
    void member;
    return undefined;
  }

  private callType(call: CallExpression): AlType | undefined {
    const candidates = this.signaturesOf(call)?.filter((s) => s.parameters.length === call.args.length);
    if (candidates && candidates.length > 0) {
      const first = candidates[0];
      if (!first) return undefined;
      // Overloads with different return types: unknown.
      if (candidates.some((c) => c.hasReturn !== first.hasReturn || c.returns?.display !== first.returns?.display)) return undefined;
      return first.hasReturn ? first.returns : NoneType;
    }
    const callee = call.callee;
    if (callee.kind === 'Identifier' && !this.lookup(callee.name).found && this.object.ownSignatures(callee.name) === undefined) {
      return GlobalReturns.get(callee.name.toLowerCase());
    }
    if (callee.kind === 'MemberExpression') {
      const receiver = this.typeOf(callee.object);
      if (receiver?.word === 'record' && RecordMembers.has(callee.member.name.toLowerCase())) return RecordReturns.get(callee.member.name.toLowerCase());
    }
    return undefined;
  }

  private binaryType(operator: string, left: Expression, right: Expression): AlType | undefined {
    switch (operator) {
      case '=': case '<>': case '<': case '<=': case '>': case '>=': case 'in': case 'is': case 'and': case 'or': case 'xor':
        return BooleanType;
      default:
        break;
    }
    const l = this.typeOf(left);
    const r = this.typeOf(right);
    if (!l || !r) return undefined;
    const numeric = (t: AlType) => ['integer', 'biginteger', 'decimal'].includes(t.word);
    const combine = (): AlType => (l.word === 'decimal' || r.word === 'decimal' ? DecimalType : l.word === 'biginteger' || r.word === 'biginteger' ? BigIntegerType : IntegerType);
    switch (operator) {
      case '+':
        if (['text', 'code'].includes(l.word) && ['text', 'code'].includes(r.word)) return TextType;
        if (numeric(l) && numeric(r)) return combine();
        if (l.word === 'date' && (r.word === 'integer')) return DateType;
        return undefined;
      case '-':
        if (numeric(l) && numeric(r)) return combine();
        if (l.word === 'date' && r.word === 'date') return IntegerType;
        if (l.word === 'date' && r.word === 'integer') return DateType;
        return undefined;
      case '*':
        return numeric(l) && numeric(r) ? combine() : undefined;
      case '/':
        return numeric(l) && numeric(r) ? DecimalType : undefined;
      case 'div': case 'mod':
        return numeric(l) && numeric(r) && l.word !== 'decimal' && r.word !== 'decimal' ? combine() : undefined;
      default:
        return undefined;
    }
  }
}

/** The type rule: every own object's code. */
export function typeRule(context: RuleContext): void {
  const implicitWith = !context.program.manifest.features.includes('NoImplicitWith');
  for (const own of context.program.own) new ObjectTypeChecker(context, own, implicitWith).run();
}
