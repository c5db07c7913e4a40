/**
 * What a field's value is (string, number, enum, date, object...) from its type, initializer, decorators and schema calls.
 */
import { ts } from "./typescript";
import { ownCopy } from "../classify/names";
import type { RuleSet, ValueKind } from "../classify/rules";
import { SK, canHaveDecorators, isNothingType, getDecorators, isArrayLiteralExpression, isArrayTypeNode, isArrowFunction, isAsExpression, isBinaryExpression, isBlock, isCallExpression, isConstructorTypeNode, isFunctionTypeNode, isIdentifier, isIntersectionTypeNode, isLiteralTypeNode, isMappedTypeNode, isNewExpression, isNonNullExpression, isNumericLiteral, isObjectLiteralExpression, isParenthesizedExpression, isParenthesizedTypeNode, isPrefixUnaryExpression, isPropertyAccessExpression, isPropertyAssignment, isQualifiedName, isSatisfiesExpression, isStringLiteral, isTemplateLiteralTypeNode, isTupleTypeNode, isTypeLiteralNode, isTypeOperatorNode, isTypeReferenceNode, isUnionTypeNode } from "./ts-syntax";
import { WalkContext, propertyNameText } from "./walk";

/** Local declarations that decide whether a type reference is a container or an enum. */
export interface LocalTypes {
  objects: Set<string>;
  enums: Set<string>;
}

// No prototype: keys come from the scanned code, and "constructor" or "toString" must not find Object's.
export const PRIMITIVE_REFERENCES: Record<string, ValueKind> = Object.assign(Object.create(null), {
  Date: "date", String: "string", Number: "number", Boolean: "boolean", BigInt: "number", Decimal: "number",
  Dayjs: "date", Moment: "date", DateTime: "date", Timestamp: "date", Buffer: "string", Uint8Array: "string",
  Array: "array", ReadonlyArray: "array", Set: "array", Record: "object", Map: "object", Promise: "function",
  Function: "function", ObjectId: "object", Collection: "object", Reference: "object", Ref: "object", Rel: "object",
  Relation: "object", Types: "object", Json: "unknown", JsonValue: "unknown", URL: "string",
});
/** UI nodes, element refs, handlers and state setters: what a component is given to render or call, not data. */
export const UI_TYPE = /^(?:HTML\w*Element|SVG\w*Element|Element|ElementRef|TemplateRef|ViewContainerRef|QueryList|ReactNode|ReactElement|ReactChild|ReactPortal|RefObject|MutableRefObject|ForwardedRef|\w*EventHandler|\w*Handler|\w*Callback|Dispatch|SetStateAction|ComponentType|FC|FunctionComponent|VoidFunction|CSSProperties|SxProps|StyleProp|ViewStyle|TextStyle|IconType|LucideIcon)$/;
/** A store's actions, thunks and selectors (easy-peasy, Redux Toolkit), known by their type arguments: `Thunk<Auth, Credentials>`. */
export const STORE_FUNCTION = /^(?:Action|ActionOn|Thunk|ThunkOn|AsyncThunk|Computed|Reducer|Selector)$/;
/**
 * Wrappers whose first type argument is what the field holds: utility types, ORM columns, and the reactive and
 * async holders of UI frameworks (Vue's `ComputedRef<Address>`, Angular's `Signal<User>`, RxJS `Observable<T>`,
 * Svelte stores, remote-data holders), whose value is read through them.
 */
export const TRANSPARENT_GENERICS = new Set([
  "Partial", "Required", "Readonly", "NonNullable", "Maybe", "Nullable", "Optional", "Opt", "Hidden", "Generated", "ColumnType", "Lazy", "InputMaybe", "Scalars",
  "Awaited", "DeepPartial", "PartialDeep", "DeepReadonly", "ReadonlyDeep", "WithId",
  "Ref", "ComputedRef", "ShallowRef", "WritableComputedRef", "MaybeRef", "MaybeRefOrGetter", "UnwrapRef",
  // (Named holders, `WritableSignal`, `BehaviorSubject`, are REACTIVE_HOLDER's, below.)
  "Signal", "Accessor", "Observable", "Writable", "Readable",
  "RemoteData", "Loadable",
  // Mithril's and flyd's streams (`email: Stream<string>`, `requireEmailConfirmation: Stream<boolean>`).
  "Stream",
  // Sequelize's model attribute wrappers (`declare email: CreationOptional<string>`).
  "CreationOptional", "NonAttribute",
  // Immer's read-only and draft views of a value.
  "Immutable", "Draft",
  // Branded ("nominal") types: `Flavor<string, "Firstname">`, type-fest's `Tagged<string, "Email">` hold the string.
  "Flavor", "Flavour", "Brand", "Branded", "Opaque", "Tagged", "Nominal",
]);
/** A project's own spelling of "this or nothing" (`NullableType<Address>`, `MaybeValue<T>`, `Nullish<T>`). */
const NULLABLE_ALIAS = /^(?:Nullable|Maybe|Optional|Nillable|Nullish|Undefinable|Possibly)(?:Type|Value|Field|Prop)?$/;
/** A project's or a platform's own reactive holder (`StatefulRemoteSubscribable<MailingAddress>`, `UserSubject<T>`). */
const REACTIVE_HOLDER = /[a-z](?:Subscribable|Observable|Subject|Signal|Stream)$/;
/** Whether a generic's first type argument is what a field of that type holds. */
export function isTransparentGeneric(name: string): boolean {
  return TRANSPARENT_GENERICS.has(name) || NULLABLE_ALIAS.test(name) || REACTIVE_HOLDER.test(name);
}
const VALUE_REF = /^(?:RefObject|MutableRefObject)$/;
/** `HTMLInputElement`, `View`, `TextInput`: what a ref to a UI node points at. */
function isElementType(type: ts.TypeNode): boolean {
  if (!isTypeReferenceNode(type)) return false;
  const name = isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
  return UI_TYPE.test(name) || /(?:Element|Input|View|Component|Instance|Node|Ref|Handle|Map|Editor|Player|Canvas|Modal|Sheet)$/.test(name);
}
const CONTAINER_SUFFIX = /(Dto|DTO|Entity|Model|Input|Schema|Document|Doc|Props|Details|Detail|Info|Data|Object|Record|Attributes|Attrs|Payload|Response|Request|Args|Fields|Form|Values|Shape|Row|Profile|Info)$/;
const ENUM_SUFFIX = /(Type|Status|Kind|Level|Group|Enum|Category|Code|Option|Choice|Range|Bracket|Band|State)$/;
/** The state of a form, a field or a declared change (`AddressDeclaredChangeState`, `PhoneFieldState`): what it holds. */
const HOLDER_STATE = /(?:Form|Field|Input|Change|Step|Page|Section)State$/;

/**
 * What a referenced type's name says it holds, by its suffix. Type names repeat across files, and an end-anchored
 * alternation is tried at every position of the name: each name is matched once.
 */
const suffixKinds = new Map<string, ValueKind>();
function kindBySuffix(name: string): ValueKind {
  let kind = suffixKinds.get(name);
  if (kind) return kind;
  kind = CONTAINER_SUFFIX.test(name) ? "object" : ENUM_SUFFIX.test(name) && !HOLDER_STATE.test(name) ? "enum" : "ref";
  if (suffixKinds.size > 20_000) suffixKinds.clear();
  suffixKinds.set(ownCopy(name), kind);
  return kind;
}

export function looksLikeModelName(name: string): boolean {
  return name.endsWith("Schema") || name.endsWith("Dto") || name.endsWith("Model");
}

export const isUpperCaseLetter = (c: number): boolean => c >= 65 && c <= 90;

// --- value kinds ----------------------------------------------------------------------------------------------------

export function kindOfType(type: ts.TypeNode, ctx: WalkContext): ValueKind {
  switch (type.kind) {
    case SK.StringKeyword:
      return "string";
    case SK.NumberKeyword:
    case SK.BigIntKeyword:
      return "number";
    case SK.BooleanKeyword:
      return "boolean";
    case SK.AnyKeyword:
    case SK.UnknownKeyword:
      return "unknown";
    case SK.ObjectKeyword:
      return "object";
    case SK.VoidKeyword:
    case SK.NeverKeyword:
      return "function";
  }
  // A measure held in units (`age: { years: number; months: number }`, `{ lat: number; lng: number }`) is a number.
  if (isTypeLiteralNode(type) && isMeasureInParts(type, ctx)) return "number";
  // A form field's settings (`postalCode?: { show: boolean; label: string; placeholder: string }`) ask for the value;
  // like a UI node, they hold none.
  if (isTypeLiteralNode(type) && isFieldSettings(type)) return "function";
  if (isTypeLiteralNode(type) || isMappedTypeNode(type)) return "object";
  if (isFunctionTypeNode(type) || isConstructorTypeNode(type)) return "function";
  if (isParenthesizedTypeNode(type)) return kindOfType(type.type, ctx);
  if (isArrayTypeNode(type)) return isChoiceItem(type.elementType) ? "function" : elementAware(kindOfType(type.elementType, ctx));
  // (A tuple of named members typed by names, `[ctx: Ctx]`, is an argument list: an event's listener signature. One of
  // named values, `[lat: number, lng: number]`, is data.)
  if (isTupleTypeNode(type)) return type.elements.length > 0 && type.elements.every(isArgumentMember) ? "function" : "array";
  // (`keyof typeof Gender`: one of a record's keys, a value from a fixed list.)
  if (isTypeOperatorNode(type)) return type.operator === SK.KeyOfKeyword ? "enum" : kindOfType(type.type, ctx);
  if (isLiteralTypeNode(type)) {
    if (type.literal.kind === SK.TrueKeyword || type.literal.kind === SK.FalseKeyword) return "boolean";
    if (isNumericLiteral(type.literal)) return "number";
    if (isStringLiteral(type.literal)) return "enum";
    return "unknown";
  }
  if (isTemplateLiteralTypeNode(type)) return "string";
  // `typeof List`: a component, a function or a constant, never a person's data typed by itself.
  if (ts.isTypeQueryNode(type)) return isIdentifier(type.exprName) && isUpperCaseLetter(type.exprName.text.charCodeAt(0)) ? "function" : "unknown";
  if (isUnionTypeNode(type) || isIntersectionTypeNode(type)) {
    const parts = type.types.filter((t) => !isNothingType(t));
    if (parts.length === 0) return "unknown";
    const kinds = parts.map((t) => kindOfType(t, ctx));
    // A switch written as words (`'on' | 'off'`, `'yes' | 'no'`) is a flag, like a boolean.
    if (kinds.every((k) => k === "enum")) return isUnionTypeNode(type) && isToggle(parts) ? "boolean" : "enum";
    if (kinds.every((k) => k === "boolean")) return "boolean";
    if (kinds.includes("object") && isIntersectionTypeNode(type)) return "object";
    // One value or a list of them (`birth_date: string | string[]`, a lookup's or a filter's input): the value's kind.
    if (isUnionTypeNode(type) && kinds.includes("array")) {
      const single = kinds.find((k) => k === "string" || k === "number");
      if (single) return single;
    }
    return kinds.find((k) => k !== "unknown") ?? "unknown";
  }
  if (isTypeReferenceNode(type)) {
    const name = isIdentifier(type.typeName) ? type.typeName.text : type.typeName.right.text;
    const qualifier = isQualifiedName(type.typeName) && isIdentifier(type.typeName.left) ? type.typeName.left.text : undefined;
    const args = type.typeArguments ?? [];
    if ((name === "Array" || name === "ReadonlyArray" || name === "Set") && args[0]) return isChoiceItem(args[0]) ? "function" : elementAware(kindOfType(args[0], ctx));
    if (isTransparentGeneric(name) && args[0]) return kindOfType(args[0], ctx);
    if (qualifier === "Types" || qualifier === "Schema") return name === "ObjectId" ? "object" : (PRIMITIVE_REFERENCES[name] ?? "unknown");
    // `username: Record<string, string[]>`: lists of values keyed by something else (a platform), a collection of what
    // the field's name says, as `string[]` is. (`Record<string, string>` stays a map: cookies, headers.)
    if ((name === "Record" || name === "Map" || name === "ReadonlyMap") && args.length === 2 && kindOfType(args[1], ctx) === "array") return "array";
    // A `Map` given no types is Immutable.js's (Flow's `email :Map`, an entity read through `get`): a record whose
    // content is not typed, which holds what its name says. (A typed `Map<K, V>` is a lookup.)
    if (name === "Map" && args.length === 0 && !qualifier) return "unknown";
    if (PRIMITIVE_REFERENCES[name]) return PRIMITIVE_REFERENCES[name];
    // A form question's definition (`healthCondition: FormWizard.Field = { text, validate, options }`) asks for the
    // data; like a UI node, it holds none.
    if (qualifier && FORM_NAMESPACE.test(qualifier) && FORM_QUESTION_TYPE.test(name)) return "function";
    // An untyped form control (Angular's `firstName: FormControl`) holds the value its name says. So does a text
    // control's state, named by its module (`legalName: ShortText.State`, `city: TextInput.State`).
    if (args.length === 0 && (UNTYPED_CONTROL.has(name) || (name === "State" && qualifier && TEXT_CONTROL_MODULE.test(qualifier)))) return "unknown";
    // An enum's member (`channel: Channels.EMAIL`) is one literal value, whatever it is called.
    if (qualifier && args.length === 0 && (ctx.locals.enums.has(qualifier) || ENUM_MEMBER_CASE.test(name))) return "enum";
    // (A ref to a value, `MutableRefObject<string>`, holds that value; a ref to an element is a UI node.)
    if (VALUE_REF.test(name) && args[0] && !isElementType(args[0])) {
      const held = kindOfType(args[0], ctx);
      if (held !== "unknown") return held;
    }
    if (UI_TYPE.test(name)) return "function";
    // (Generic only: a project's own `type Action = "create" | "delete"` is a value.)
    // (The file's own types are named bare: `Prisma.Value` of an imported namespace is not the file's `Value`.)
    const own = qualifier === undefined;
    if (args.length > 0 && STORE_FUNCTION.test(name) && !(own && (ctx.locals.enums.has(name) || ctx.locals.objects.has(name)))) return "function";
    if (own && ctx.locals.enums.has(name)) return "enum";
    // A generic given one plain value type holds such a value (`email: Input<string>`, `FormControl<string>`,
    // `Field<number>`), whatever else it carries (a form input's name and its validation state).
    if (args.length === 1) {
      const held = kindOfType(args[0], ctx);
      if (held === "string" || held === "number") return held;
    }
    if (own && ctx.locals.objects.has(name)) return "object";
    const bySuffix = kindBySuffix(name);
    // An enum takes no type arguments: `LoaderState<Address[]>` holds addresses, whatever its name ends with.
    return bySuffix === "enum" && args.length > 0 ? "ref" : bySuffix;
  }
  return "unknown";
}

const UNTYPED_CONTROL = new Set(["FormControl", "UntypedFormControl", "AbstractControl"]);
/** Modules of a UI's text controls, whose `State` holds the text typed in. */
const TEXT_CONTROL_MODULE = /^(?:ShortText|LongText|Text|TextInput|TextField|TextArea|Textarea|Input|EmailInput|PhoneInput|DateInput|DatePicker|DateField|NumberField|NumberInput)$/;
/** `FormWizard.Field`, `Form.Question`: a form library's type of a question. */
const FORM_NAMESPACE = /Form|Wizard|Survey/;
const FORM_QUESTION_TYPE = /^(?:Field|Fields|Question|Questions|FieldConfig|FieldDefinition|QuestionConfig)$/;
const QUESTION_TEXT_KEYS = new Set(["text", "label", "question", "hint", "legend"]);
const QUESTION_SETTING_KEYS = new Set(["validate", "validation", "validations", "validators", "options", "fieldType", "inputType", "component"]);

/**
 * An object literal that defines a form's question (`{ text: "Does [subject] have…", code, type, validate, options }`):
 * the question's wording beside how it is answered or checked, not an answer.
 */
function isQuestionDefinition(obj: ts.ObjectLiteralExpression): boolean {
  let text = false;
  let setting = false;
  for (const p of obj.properties) {
    const key = keyText(p.name);
    if (!key) continue;
    if (QUESTION_TEXT_KEYS.has(key)) text = true;
    else if (QUESTION_SETTING_KEYS.has(key)) setting = true;
    if (text && setting) return true;
  }
  return false;
}

/** What a form's field is set up with, lower case: whether it shows, its label and placeholder, whether it is required. */
const FIELD_SETTING_KEYS = new Set(["show", "hide", "hidden", "visible", "label", "placeholder", "required", "optional", "disabled",
  "enabled", "editable", "readonly", "hint", "helptext", "helpertext", "tooltip", "order", "width", "errormessage", "maxlength",
  "minlength", "autocomplete"]);
const FIELD_SETTING_SIGNS = new Set(["show", "hidden", "visible", "label", "placeholder", "required"]);

/**
 * Keys of a field's configuration beyond its display: a switch (`allowEstimatedDateOfBirth`, `useAddressHierarchy`,
 * `showCountry`), the rules its value is checked by, or the id of what it is stored as (`personAttributeUuid`).
 */
const FIELD_SWITCH = /^(?:allow|use|enable|show|hide|display|is|has|can|should)[A-Z_]|^(?:validation|validations|validate|validators?|rules)$|Uuid$/;

/**
 * A type literal, all a form field's settings (`{ show; label; placeholder }`, a registration form's
 * `phone: { personAttributeUuid; validation?: { required; matches } }`): two or more members, or one switch; at least
 * one of them a sign of settings.
 */
function isFieldSettings(type: ts.TypeLiteralNode): boolean {
  if (type.members.length === 0) return false;
  let sign = false;
  let aSwitch = false;
  for (const m of type.members) {
    const written = keyText(m.name);
    if (!written) return false;
    const key = written.toLowerCase();
    const isSwitch = FIELD_SWITCH.test(written);
    if (!FIELD_SETTING_KEYS.has(key) && !isSwitch) return false;
    if (isSwitch) aSwitch = true;
    if (FIELD_SETTING_SIGNS.has(key)) sign = true;
  }
  return (sign || aSwitch) && (type.members.length >= 2 || aSwitch);
}

/** A property's or a member's key as written (`email`, `"email"`), when it is a plain name or a string. */
function keyText(name: ts.PropertyName | undefined): string | undefined {
  return name && (isIdentifier(name) || isStringLiteral(name)) ? name.text : undefined;
}

/** A constant's spelling (`EMAIL`, `SIGN_UP`): after a qualifier, an enum's member. */
const ENUM_MEMBER_CASE = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$|^[A-Z]{3,}[0-9]*$/;

/** A UI's item of a choice (`SelectItem`, `RadioItem`, `DropdownOption`, `CheckboxItem`): one option offered. */
const CHOICE_ITEM = /^(?:Select|Dropdown|Radio|Checkbox|Combobox|ComboBox|Autocomplete|Listbox|Menu)(?:Item|Option|Choice)s?$/;

/**
 * A list of a UI's choice items (`offenceCategories: Array<SelectItem>`) is the options a form offers, like a UI node:
 * it holds none of the person's data, whatever it lists.
 */
function isChoiceItem(element: ts.TypeNode): boolean {
  return isTypeReferenceNode(element) && CHOICE_ITEM.test(isIdentifier(element.typeName) ? element.typeName.text : element.typeName.right.text);
}

/** Angular's signal queries of the view: what they return is an element or a component. */
const VIEW_QUERY = new Set(["viewChild", "viewChildren", "contentChild", "contentChildren"]);
const REF_HOOK = new Set(["useRef", "createRef"]);

/** An array of containers is a container; an array of values is an array. */
function elementAware(element: ValueKind): ValueKind {
  return element === "object" || element === "function" ? element : "array";
}

export function kindOfExpression(expr: ts.Expression, ctx: WalkContext): ValueKind {
  while (isParenthesizedExpression(expr) || isAsExpression(expr) || isSatisfiesExpression(expr) || isNonNullExpression(expr)) expr = expr.expression;
  switch (expr.kind) {
    case SK.StringLiteral:
    case SK.NoSubstitutionTemplateLiteral:
    case SK.TemplateExpression:
      return "string";
    case SK.NumericLiteral:
    case SK.BigIntLiteral:
      return "number";
    case SK.TrueKeyword:
    case SK.FalseKeyword:
      return "boolean";
    case SK.ArrayLiteralExpression:
      return "array";
    case SK.ObjectLiteralExpression:
      return isQuestionDefinition(expr as ts.ObjectLiteralExpression) ? "function" : "object";
    case SK.ArrowFunction:
    case SK.FunctionExpression:
      return "function";
  }
  if (isPrefixUnaryExpression(expr) && expr.operator === SK.ExclamationToken) return "boolean";
  if (isNewExpression(expr) && isIdentifier(expr.expression)) {
    const n = expr.expression.text;
    if (n === "Date") return "date";
    if (n === "Map" || n === "Set" || n === "WeakMap") return "object";
    return ctx.locals.objects.has(n) ? "object" : "unknown";
  }
  // An element the view holds (Angular's `login = viewChild.required<ElementRef>('login')`, React's
  // `phone = useRef<HTMLInputElement>(null)`) is a UI node: its name says which input, not what it holds.
  if (isCallExpression(expr)) {
    const callee = isPropertyAccessExpression(expr.expression) && expr.expression.name.text === "required" ? expr.expression.expression : expr.expression;
    if (isIdentifier(callee) && (VIEW_QUERY.has(callee.text) || (REF_HOOK.has(callee.text) && expr.typeArguments?.length === 1 && isElementType(expr.typeArguments[0])))) return "function";
  }
  if (isCallExpression(expr) && isIdentifier(expr.expression)) {
    const n = expr.expression.text;
    if (n === "Boolean") return "boolean";
    if (n === "Number" || n === "parseInt" || n === "parseFloat") return "number";
    if (n === "String") return "string";
  }
  if (isBinaryExpression(expr)) {
    const op = expr.operatorToken.kind;
    if (op === SK.EqualsEqualsEqualsToken || op === SK.ExclamationEqualsEqualsToken || op === SK.EqualsEqualsToken || op === SK.ExclamationEqualsToken || op === SK.LessThanToken || op === SK.GreaterThanToken) return "boolean";
    if (op === SK.BarBarToken || op === SK.QuestionQuestionToken) {
      const right = kindOfExpression(expr.right, ctx);
      return right === "unknown" ? kindOfExpression(expr.left, ctx) : right;
    }
  }
  return "unknown";
}

// --- decorators and schema values -------------------------------------------------------------------------------

export interface ValueSignals {
  kind?: ValueKind;
  validators: { name: string; evidence: string }[];
  container: boolean;
  system: boolean;
  /** Libraries/decorators seen, for evidence ("TypeORM @Column"). */
  decorators: string[];
}

/** For fields nothing decorates: one shared, frozen value instead of three allocations per type member. */
export const NO_SIGNALS: ValueSignals = Object.freeze({ validators: Object.freeze([]) as unknown as ValueSignals["validators"], container: false, system: false, decorators: Object.freeze([]) as unknown as string[] });

export function emptySignals(): ValueSignals {
  return { validators: [], container: false, system: false, decorators: [] };
}

export function decoratedVia(s: ValueSignals, base: string): string {
  return s.decorators.length ? `${base} with ${s.decorators.map((d) => `@${d}`).join(" ")}` : base;
}

/** Decorators whose string argument is the column type: `@Column("inet")`. */
const COLUMN_TYPE_DECORATORS = new Set(["Column", "PrimaryColumn", "Property", "Prop"]);

export function decoratorSignals(node: ts.Node, ctx: WalkContext): ValueSignals {
  const s = emptySignals();
  const decorators = canHaveDecorators(node) ? getDecorators(node) ?? [] : [];
  for (const d of decorators) {
    const expr = d.expression;
    const callee = isCallExpression(expr) ? expr.expression : expr;
    const name = isIdentifier(callee) ? callee.text : isPropertyAccessExpression(callee) ? callee.name.text : undefined;
    if (!name) continue;
    s.decorators.push(name);
    const words: string[] = [name];
    if (isCallExpression(expr)) {
      for (const arg of expr.arguments) {
        // @Column("inet") / @Property({ type: "inet" }) / @Column(DataType.INET) / @Field(() => String)
        if (isStringLiteral(arg) && COLUMN_TYPE_DECORATORS.has(name)) words.push(arg.text);
        else collectWords(arg, words, 0, true);
      }
    }
    applyWords(words, s, ctx, `@${name}()`);
  }
  return s;
}

/** Words a value expression uses: called/accessed names, `type:`/`format:` values, `validate: { isEmail: true }` keys. */
export function collectWords(node: ts.Node, out: string[], depth: number, inDecorator = false): void {
  if (depth > 8 || out.length > 64) return;
  if (isIdentifier(node)) {
    out.push(node.text);
    return;
  }
  if (isPropertyAccessExpression(node)) {
    collectWords(node.expression, out, depth + 1, inDecorator);
    out.push(node.name.text);
    return;
  }
  if (isCallExpression(node) || isNewExpression(node)) {
    // `yup.ref("email")`, `Joi.ref("password")`: the value of a sibling field (`emailConfirm` equals `email`), not a
    // relation to another record.
    if (isSiblingReference(node)) return;
    collectWords(node.expression, out, depth + 1, inDecorator);
    for (const a of node.arguments ?? []) collectWords(a, out, depth + 1, inDecorator);
    return;
  }
  if (isObjectLiteralExpression(node)) {
    for (const p of node.properties) {
      if (!isPropertyAssignment(p)) continue;
      const key = propertyNameText(p.name);
      if (key === "type" || key === "columnType" || key === "dataType") {
        if (isStringLiteral(p.initializer)) out.push(p.initializer.text);
        else collectWords(p.initializer, out, depth + 1, inDecorator);
      } else if (key === "format" && isStringLiteral(p.initializer)) {
        out.push(`format:${p.initializer.text}`);
      } else if (key === "validate" && isObjectLiteralExpression(p.initializer)) {
        for (const v of p.initializer.properties) {
          const vk = v.name ? propertyNameText(v.name as ts.PropertyName) : undefined;
          if (vk && !(isPropertyAssignment(v) && v.initializer.kind === SK.FalseKeyword)) out.push(vk);
        }
      } else if (key === "validate" || key === "validator") {
        collectWords(p.initializer, out, depth + 1, inDecorator);
      } else if (key === "ref" && !inDecorator) {
        out.push("ref");
      } else if (key === "enum" || key === "values") {
        out.push("enum");
      } else if (key === "then" || key === "otherwise") {
        // yup's `.when(dep, { is, then: () => yup.string().required() })`: the schema the field takes. (Not the
        // callback's own parameter: `then: (schema) => schema.required()` says nothing of a kind by that name.)
        const words: string[] = [];
        collectWords(p.initializer, words, depth + 1, inDecorator);
        const params = isArrowFunction(p.initializer) ? p.initializer.parameters.map((x) => (isIdentifier(x.name) ? x.name.text : "")) : [];
        for (const w of words) if (!params.includes(w)) out.push(w);
      }
    }
    return;
  }
  if (isArrowFunction(node) && !isBlock(node.body)) {
    collectWords(node.body, out, depth + 1, inDecorator);
    return;
  }
  if (isArrayLiteralExpression(node)) {
    // Array literals inside a chain are enum values (`.oneOf(["a", "b"])`) or Mongoose `[String]`: read the element types.
    for (const e of node.elements) collectWords(e, out, depth + 1, inDecorator);
    return;
  }
  if (isParenthesizedExpression(node) || isAsExpression(node) || isNonNullExpression(node)) {
    collectWords(node.expression, out, depth + 1, inDecorator);
  }
}

function isSiblingReference(node: ts.CallExpression | ts.NewExpression): boolean {
  const callee = node.expression;
  const arg = node.arguments?.[0];
  return isPropertyAccessExpression(callee) && callee.name.text === "ref" && arg !== undefined && isStringLiteral(arg);
}

/** Two or three members, every one a number: the parts of one measure (years and months, latitude and longitude). */
function isMeasureInParts(type: ts.TypeLiteralNode, ctx: WalkContext): boolean {
  const members = type.members;
  if (members.length < 2 || members.length > 3) return false;
  return members.every((m) => ts.isPropertySignature(m) && m.type !== undefined && kindOfType(m.type, ctx) === "number");
}

const TOGGLE_WORDS = new Set(["on", "off", "yes", "no", "true", "false", "enabled", "disabled", "y", "n"]);

/** A union of two literals that are the two sides of a switch: `'on' | 'off'`, `"yes" | "no"`. */
function isToggle(parts: readonly ts.TypeNode[]): boolean {
  if (parts.length !== 2) return false;
  const words = parts.map((t) => (isLiteralTypeNode(t) && isStringLiteral(t.literal) ? t.literal.text.toLowerCase() : ""));
  return words[0] !== words[1] && words.every((w) => TOGGLE_WORDS.has(w));
}

/** A project's own check named for what it checks: `isValidGovEmail`, `validatePhoneNumber`, `checkPostcode`. */
const CUSTOM_CHECK = /^(?:is|validate|check|assert|ensure)(?:Valid)?(?:[A-Z][a-z]+)*?((?:[A-Z][a-z]+){1,2})$/;
const CUSTOM_CHECK_KINDS = new Set(["email", "emailaddress", "phone", "phonenumber", "postcode", "postalcode", "zipcode", "iban"]);

/** The validator a custom check function's name says it applies (its last one or two words), if any. */
function customValidator(word: string, rules: RuleSet): string | undefined {
  const m = CUSTOM_CHECK.exec(word);
  if (!m) return undefined;
  const tail = m[1].toLowerCase();
  const last = /[A-Z][a-z]+$/.exec(m[1])![0].toLowerCase();
  const kind = CUSTOM_CHECK_KINDS.has(tail) ? tail : CUSTOM_CHECK_KINDS.has(last) ? last : undefined;
  return kind === undefined ? undefined : rules.validatorAliases.get(kind === "postcode" ? "postalcode" : kind);
}

/** The name of a schema const (`EmailSchema`, `ZIpSchema`, `zEmail`). */
const SCHEMA_CONST = /^(?:[A-Z]\w*Schema|Z[A-Z]\w*|z[A-Z]\w*)$/;

function isArgumentMember(e: ts.TypeNode): boolean {
  return ts.isNamedTupleMember(e) && isTypeReferenceNode(e.type) && !PRIMITIVE_REFERENCES[isIdentifier(e.type.typeName) ? e.type.typeName.text : e.type.typeName.right.text];
}

export function applyWords(words: string[], s: ValueSignals, ctx: WalkContext, evidence: string): void {
  const rules = ctx.rules;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (rules.systemMarkers.has(lower)) s.system = true;
    if (rules.containerMarkers.has(lower)) s.container = true;
    const v = rules.validatorAliases.get(lower) ?? customValidator(w, rules);
    if (v && !s.validators.some((x) => x.name === v)) s.validators.push({ name: v, evidence: `${evidence === "" ? w : evidence}${evidence.includes(w) ? "" : ` ${w}`}`.trim() });
    if (!s.kind) {
      const k = rules.kindAliases.get(lower);
      if (k) s.kind = k;
      else if (ctx.locals.objects.has(w) || (isUpperCaseLetter(w.charCodeAt(0)) && looksLikeModelName(w))) s.kind = "object";
      else if (ctx.locals.enums.has(w)) s.kind = "enum";
    }
  }
  // `z.literal("").or(z.string().email())`: a union with a string member holds strings (the literal is the empty form).
  // (So does TypeBox's `Type.Union([Type.Null(), Type.String()])`, its builders capitalised.)
  if (s.kind === "enum" && words.some((w) => w === "or" || w === "union" || w === "Union") && words.some((w) => rules.kindAliases.get(w.toLowerCase()) === "string")) s.kind = "string";
  // `z.union([EmailSchema, UsernameSchema])`: a union of schemas holds what they hold, not one of a list of literals.
  // (One literal beside them is the empty form: `z.union([z.literal(""), EmailSchema.optional()])`.)
  else if (s.kind === "enum" && (words.includes("union") || words.includes("Union")) && words.filter((w) => w === "literal" || w === "Literal").length <= 1 && words.some((w) => SCHEMA_CONST.test(w))) s.kind = "unknown";
  // `z.string().email().array()`: a list of what the chain before `.array()` describes.
  if ((s.kind === "string" || s.kind === "number" || s.kind === "date") && words.includes("array")) s.kind = "array";
  if (s.container && (!s.kind || s.kind === "unknown")) s.kind = "object";
}
