/**
 * What an owner is: the context of one owner segment from its words (`CreateUserDto` -> person, `SmtpConfig` ->
 * config, `WarehouseAddress` -> place), what a file's name says of the owners in it, and the lexicon phrase matching
 * the classifier also uses for the qualifier words of a field's name. What an owner's fields say it is lives in
 * sibling-roles.ts. Pure; results are cached per rule set.
 */
import { ownCopy, singular, splitIdentifier } from "./names";
import type { OwnerContext, RuleSet } from "./rules";

const segmentContexts = new WeakMap<RuleSet, Map<string, OwnerContext | undefined>>();

export const MAX_PHRASE = 4;

/** Per lexicon: for each word that starts a phrase, the longest phrase it starts (most words start none). */
const phraseStarts = new WeakMap<Map<string, OwnerContext>, Map<string, number>>();

function phraseStartsOf(lexicon: Map<string, OwnerContext>): Map<string, number> {
  let starts = phraseStarts.get(lexicon);
  if (starts) return starts;
  starts = new Map();
  for (const phrase of lexicon.keys()) {
    const words = phrase.split(" ");
    starts.set(words[0], Math.max(starts.get(words[0]) ?? 0, words.length));
  }
  phraseStarts.set(lexicon, starts);
  return starts;
}

/** Longest lexicon phrases in `tokens`, left to right: [{end, ctx}] with `end` the index after the phrase. */
export function lexiconMatches(tokens: readonly string[], lexicon: Map<string, OwnerContext>): { end: number; ctx: OwnerContext }[] {
  const out: { end: number; ctx: OwnerContext }[] = [];
  const starts = phraseStartsOf(lexicon);
  for (let i = 0; i < tokens.length; ) {
    const longest = starts.get(tokens[i]);
    let matched = 0;
    if (longest !== undefined) {
      for (let len = Math.min(MAX_PHRASE, longest, tokens.length - i); len >= 1; len--) {
        const ctx = lexicon.get(len === 1 ? tokens[i] : tokens.slice(i, i + len).join(" "));
        if (ctx) {
          out.push({ end: i + len, ctx });
          matched = len;
          break;
        }
      }
    }
    i += matched || 1;
  }
  return out;
}

/** Does any phrase of `set` (space-joined tokens) occur contiguously in `tokens`? */
export function containsAnyPhrase(tokens: readonly string[], set: Set<string>): string | undefined {
  if (set.size === 0) return undefined;
  for (let i = 0; i < tokens.length; i++) {
    for (let len = 1; len <= MAX_PHRASE && i + len <= tokens.length; len++) {
      const p = tokens.slice(i, i + len).join(" ");
      if (set.has(p)) return p;
    }
  }
  return undefined;
}

/** An owner segment's last meaningful word (noise such as Dto left out), "" when none. */
export function lastOwnerWord(segment: string, rules: RuleSet): string {
  let cache = lastOwnerWords.get(rules);
  if (!cache) lastOwnerWords.set(rules, (cache = new Map()));
  let last = cache.get(segment);
  if (last === undefined) {
    const tokens = splitIdentifier(segment).map(singular).filter((t) => !rules.ownerNoise.has(t));
    if (cache.size > 20_000) cache.clear();
    cache.set(ownCopy(segment), (last = tokens[tokens.length - 1] ?? ""));
  }
  return last;
}
const lastOwnerWords = new WeakMap<RuleSet, Map<string, string>>();

/** Context of one owner segment ("CreateUserDto" -> person). */
export function segmentContext(segment: string, rules: RuleSet): OwnerContext | undefined {
  let cache = segmentContexts.get(rules);
  if (!cache) segmentContexts.set(rules, (cache = new Map()));
  if (cache.has(segment)) return cache.get(segment);
  const ctx = computeSegmentContext(segment, rules);
  if (cache.size > 50_000) cache.clear();
  cache.set(ownCopy(segment), ctx);
  return ctx;
}

/**
 * Types about data rather than holding it: validation messages per field (`PatientFieldErrors`, `errors`, the keys of a
 * form's errors by field, `IErrorFields`), labels and translations, aggregate and group-by results, query filters, the
 * definitions of custom attributes (`ContactAttributeKey`, `PersonAttributeType`: a key's name is a label) and of
 * attribute mappings (an SSO provider's `AttributeMapping { givenName: "given_name" }`, a form's `attributeMappings`, name the attribute). Read like configuration (every rule's veto), even
 * when a person's word is in the name (`UserMaxAggregate` is not a user).
 */
const ABOUT_DATA = /(?:^I?|[a-z0-9_])(?:Errors|ErrorMessages?|ErrorFields|Messages|Labels|Placeholders|Translations|Aggregate|AggregateOutputType|GroupBy(?:OutputType)?|OrderBy\w*Input|WhereInput|WhereUniqueInput|Filters?|FilterInput|(?:Attribute|Field|Property|Trait)(?:Keys?|Types?|Definitions?|Defs?))$|(?:^(?:attribute|field|property|claim|column)|Attribute|Field|Property|Claim|Column)s?Mappings?(?:Info)?$|^(?:errors|labels|messages|placeholders|translations)$/;

/** Whether an owner segment is a type about data (see ABOUT_DATA): its members name fields, they do not hold them. */
export function isAboutData(segment: string): boolean {
  return ABOUT_DATA.test(segment) && !PEOPLES_MESSAGES.test(segment);
}

/** Messages that people sent (`conversationMessages`, a `ChatMessages` table), not a form's messages about its fields. */
const PEOPLES_MESSAGES = /(?:conversation|chat|direct|inbox|thread|ticket|support|sms|email|mail|whatsapp|text)Messages$/i;

/**
 * The part of ABOUT_DATA that is text per field: messages, labels, placeholders, translations (`ValidationErrors`,
 * `FieldLabels`). A person's role in a member's name (`approverEmail`) says which field the text is about.
 */
const FIELD_TEXT = /(?:^I?|[a-z0-9_])(?:Errors|ErrorMessages?|ErrorFields|Messages|Labels|Placeholders|Translations)$|^(?:errors|labels|messages|placeholders|translations)$/;

export function isFieldText(segment: string): boolean {
  return FIELD_TEXT.test(segment) && !PEOPLES_MESSAGES.test(segment);
}

/** Head words of a person's own settings (`UserSettings`, `CustomerPreferences`), as opposed to a system's config. */
const PERSONAL_SETTINGS = new Set(["setting", "settings", "preference", "preferences", "pref", "prefs"]);

/**
 * An HTTP method in capitals names a request handler (`export async function POST`, `signInPOST`), not a blog post:
 * it says nothing about what the owner is.
 */
const HTTP_METHOD = /(?:^|(?<=[a-z0-9]))(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/;

/** A component's state or props (`IState`, `RoomTileProps`): what it shows, whoever's it is. */
export const UI_STATE = /^I?(?:State|Props)$|[a-z](?:State|Props)$/;

/** A settings screen's props or a client's settings state (`EmailSettingsProps`, `GlobalSettingsState`). */
const SETTINGS_SCREEN = /(?:Settings?|Preferences?|Prefs?)(?:Page|Screen|View|Form)?(?:Props|State)$/;

/**
 * Words of a user interface or a flow that the nonperson lexicon holds (a page, a widget, a wizard's step, a file the
 * data is exported to): how data is shown, asked for or handed out, not whose (`onboardUserStep` asks for the user's,
 * an `IVolunteerDownload` row is a volunteer's).
 */
const UI_HEADS = new Set(["page", "component", "widget", "menu", "item", "route", "chart", "dashboard", "card", "module", "step", "export", "download"]);
const EXPORT_HEADS = new Set(["export", "download"]);
/** Words of a tracking system itself, not of one act it records (a `TelemetryService`, not a `SignInService`). */
const TRACKING_SYSTEMS = new Set(["telemetry", "analytics", "tracking", "tracker", "metric", "metrics", "event", "statistic", "stat", "audit", "pageview", "visit", "session"]);

const WEBHOOK_DELIVERY = new Set(["body", "payload", "event", "data", "request", "req", "input"]);
const TEMPLATE_FILLING = new Set(["data", "param", "props", "prop", "variable", "var", "context", "ctx", "input", "payload", "arg", "args", "value"]);

const onlySettings = new WeakMap<RuleSet, Map<string, boolean>>();

/** Whether an owner segment names settings and nothing else (`Settings`, `GlobalSettings`; not `SmtpSettings`). */
export function namesOnlySettings(segment: string, rules: RuleSet): boolean {
  let cache = onlySettings.get(rules);
  if (!cache) onlySettings.set(rules, (cache = new Map()));
  let only = cache.get(segment);
  if (only === undefined) {
    const tokens = splitIdentifier(segment).map(singular).filter((t) => !rules.ownerNoise.has(t));
    only = tokens.length > 0 && PERSONAL_SETTINGS.has(tokens[tokens.length - 1]) && lexiconMatches(tokens, rules.ownerLexicon).length === 1;
    if (cache.size > 20_000) cache.clear();
    cache.set(ownCopy(segment), only);
  }
  return only;
}

/**
 * A bag of key-values (`properties`; `UserProperties`, `PlatformProperties`, what an analytics call or a protocol sends
 * about something): what they are about says what they are, not real estate's `Property`.
 */
const KEY_VALUE_BAG = /^(.*?)_?Properties$|^properties$/;

/** What is placed, after the verb "place" (`placeOrder`, `placeBid`). */
const PLACED = new Set(["order", "call", "bid", "bet", "booking", "reservation", "hold", "trade", "request", "ad", "offer"]);

/** Noise words that name type declarations themselves (`Models`, `Types`, `Schema`). */
const DECLARATION_NOISE = new Set(["model", "type", "schema", "entity", "interface", "dto", "struct", "definition"]);

function computeSegmentContext(segment: string, rules: RuleSet): OwnerContext | undefined {
  if (isAboutData(segment)) return "config";
  const bag = KEY_VALUE_BAG.exec(segment);
  if (bag) return bag[1] ? segmentContext(bag[1], rules) : undefined;
  const method = HTTP_METHOD.exec(segment);
  if (method) {
    const rest = segment.slice(0, method.index);
    return rest ? segmentContext(rest, rules) : undefined;
  }
  // A lexicon word that the splitter would break apart (`i18n`, `l10n`).
  // (Its key is the words the splitter makes, noise words too: `i18n` is "i 18 n", and "i" alone is noise.)
  let words = splitIdentifier(segment).map(singular);
  // `AdminWithApp`, `UserWithTeams`, `OrderWithCustomer`: a record with something joined to it is still that record.
  // So is one without something (`CreateCounterpartyWithoutTokenRequest` is a counterparty's, not a token's).
  let withAt = words.indexOf("with");
  if (withAt < 0) withAt = words.indexOf("without");
  if (withAt > 0) words = words.slice(0, withAt);
  // (Without the noise words it ends with, too: `ObjectMemberEntry` is an object member, not a member.)
  let end = words.length;
  while (end > 1 && rules.ownerNoise.has(words[end - 1])) end--;
  // The default set of an app's models (`namespace DefaultModelsTypes { interface users }`): "default" says which set of
  // type declarations, not that they are settings (a bare `defaults` object still is).
  if (end === 1 && words[0] === "default" && words.slice(1).some((w) => DECLARATION_NOISE.has(w))) return undefined;
  const whole = rules.ownerLexicon.get(segment.toLowerCase()) ?? rules.ownerLexicon.get(words.join(" ")) ?? (end < words.length ? rules.ownerLexicon.get(words.slice(0, end).join(" ")) : undefined);
  // (An interface word alone, `item` in `items.map((item) => ...)`, says nothing of whose data it shows: see below.)
  if (whole && !(whole === "nonperson" && end === 1 && UI_HEADS.has(words[0]))) return whole;
  // What a webhook delivers (`CalendlyWebhookBody`, `StripeWebhookPayload`) is an event's data, often about a person;
  // only the webhook itself (its url, its secret) is a thing.
  // (So does a notification's payload, `SignRequestStatusNotificationPayload`: what happened to whom, not the template.)
  const webhook = Math.max(words.lastIndexOf("webhook"), words.lastIndexOf("notification"));
  if (webhook >= 0 && words.slice(webhook + 1).some((w) => WEBHOOK_DELIVERY.has(w))) return undefined;
  // So is what a message template is filled with (`DefaultTemplateData`, `AuthEmailTemplateParams`): the recipient's
  // data, not the template's own.
  const template = words.lastIndexOf("template");
  if (template >= 0 && words.slice(template + 1).some((w) => TEMPLATE_FILLING.has(w))) return undefined;
  // `AcknowledgementOfService`, `StatementOfTruth`: a record of something about something is the first thing.
  const ofAt = words.indexOf("of");
  let tokens = (ofAt > 0 ? words.slice(0, ofAt) : words).filter((t) => !rules.ownerNoise.has(t));
  // `inviteUserToOrganization`, `addMemberToTeam`: a person brought to a thing is the person (not `shipTo`, a place).
  const toAt = ofAt > 0 ? -1 : tokens.indexOf("to");
  if (toAt > 0 && lexiconMatches(tokens.slice(0, toAt), rules.ownerLexicon).some((m) => m.ctx === "person") && lexiconMatches(tokens.slice(toAt + 1), rules.ownerLexicon).some((m) => m.ctx === "nonperson" || m.ctx === "place")) tokens = tokens.slice(0, toAt);
  // `IQuickTestAPIModel`, `UserApiResponse`: the API a record travels through, before a noise word, says nothing of
  // what the record is (`Api` alone, a client's settings, still does).
  // (Not a component's props or a call's options: `CustomerPrivacyApiProps` configure an API.)
  // (So does one after the record's noise word, `UserInputApi`, or followed by its direction, `SummaryAPIOutDTO`.)
  const lastToken = tokens[tokens.length - 1];
  const transportAt = words.lastIndexOf(lastToken);
  if (tokens.length > 2 && DIRECTION_WORDS.has(lastToken) && TRANSPORT_WORDS.has(tokens[tokens.length - 2])) tokens = tokens.slice(0, -2);
  else if (tokens.length > 1 && TRANSPORT_WORDS.has(lastToken) && (DATA_NOISE.has(words[transportAt + 1]) || (transportAt === words.length - 1 && DATA_NOISE.has(words[transportAt - 1])))) tokens = tokens.slice(0, -1);
  if (tokens.length === 0) return undefined;
  // A form's starting values (`defaultValues`, `initialValues`) are the data it is filled with, not settings.
  if (FORM_VALUES.test(segment)) return undefined;
  // A React context's provider (`SearchProviderContextType`) holds a screen's state, not a service's settings.
  const provider = tokens.lastIndexOf("provider");
  if (provider >= 0 && tokens.indexOf("context", provider) > provider) return undefined;
  // A generated client's operation types (`PostDemographicsRequest`, `PostUsersBody`) start with the HTTP method they
  // are sent with: "post" there is the verb, not a blog post, unless the rest names a thing too (`PostComment`).
  if (tokens.length > 1 && tokens[0] === "post" && !lexiconMatches(tokens.slice(1), rules.ownerLexicon).some((m) => m.ctx === "nonperson")) tokens = tokens.slice(1);
  // So is "place" before what is placed (`placeOrder`, `PlaceOrderDto`, `placeCall`): the verb, not a venue.
  if (tokens.length > 1 && tokens[0] === "place" && PLACED.has(tokens[1])) tokens = tokens.slice(1);
  const matches = lexiconMatches(tokens, rules.ownerLexicon);
  const contexts = new Set<OwnerContext>(matches.map((m) => m.ctx));
  const head = matches.find((m) => m.end === tokens.length)?.ctx;
  const headWord = tokens[tokens.length - 1];
  // An address of a network or a machine (`IPv4ConfiguredAddress`, `MacAddress`, `WalletAddress`) is no postal one.
  if (head === "address" && headWord === "address" && tokens.slice(0, -1).some((t) => NON_POSTAL_ADDRESS.has(t))) return undefined;
  // "EmployerAddress", "WarehouseAddress": the address of a business is the business's.
  // So is its account (`MerchantBankAccount`): what a business holds, not a person. So is a name (`ProductNameSchema`);
  // a person's (`UserNameSchema`) is the person's.
  if (head === "address" || head === "avatar" || head === "name" || (head === "person" && headWord === "account")) {
    const before = matches.filter((m) => m.end < tokens.length);
    if (head === "name" && headWord === "name" && before.length && before[before.length - 1].ctx === "person") return "person";
    if (before.length && before.every((m) => m.ctx === "nonperson" || m.ctx === "place")) return before[before.length - 1].ctx;
  }
  // So is a place's or a business's profile (`PublishableVenueProfile`, `BusinessProfile`, a bot's); not an API's profile
  // of a person (`OpenEdxApiProfile`).
  if (head === "person" && headWord === "profile" && matches.length >= 2) {
    const holder = matches[matches.length - 2];
    if (holder.ctx === "place" || PROFILE_HOLDERS.has(tokens[holder.end - 1])) return holder.ctx;
  }
  if (head) {
    // "UserSettings" are a person's settings; "MailSettings" are the system's; `RoomProfileSettings` a room's.
    // (Settings and preferences only: a `CustomerPrivacyConsentConfig` configures an API.)
    if (head === "config" && contexts.has("person") && !contexts.has("nonperson") && PERSONAL_SETTINGS.has(headWord)) return "person";
    // An SDK's options for a call about a person (`CreateUserOptions`, `UpdateUserOptions`) are that person's data.
    // (A call that creates or changes one: `UserOptions` of a tracking SDK configure how it keeps the user.)
    if (head === "config" && headWord === "option" && matches.length >= 2 && matches[matches.length - 2].ctx === "person" && !contexts.has("nonperson") && words.some((w) => WRITE_VERBS.has(w))) return "person";
    // So is a picker's one option for a person (`EmployeeOption { id, full_name }`, `ClientOption`): the person it
    // offers. (Options, plural, configure something.)
    if (head === "config" && headWord === "option" && ONE_OPTION.test(segment) && matches.length >= 2 && matches[matches.length - 2].ctx === "person" && !contexts.has("nonperson")) return "person";
    // Any other call's options named for what it does (`AddSuppressionOptions`, `CreateEmailBaseOptions`,
    // `SendTestEmailOptions`): the call's input, whatever the thing before says, not the client's settings.
    // (Named for a thing the lexicon knows: `CreateSipTrunkOptions` still configure a connection.)
    if (head === "config" && headWord === "option" && CALL_VERBS.has(words[0]) && matches.length >= 2 && !matches.slice(0, -1).some((m) => m.ctx === "config")) {
      const thing = matches[matches.length - 2].ctx;
      return thing === "person" || thing === "nonperson" || thing === "place" ? thing : undefined;
    }
    // A front end's state store of a person (`UserStore`, `OwnProfileStore`, `useCustomerStore`) is no shop: it holds
    // that person's data. So does a screen or a component named for one (`UserProfilePage`, `PatientListItem`,
    // `CustomerMenu`): the interface word says how it is shown, the word before it whose data it shows.
    // (The interface word alone, not a phrase that ends in it: an `order item` is a thing.)
    // (Past other interface words: `ProfilePageComponent` is the profile's page's component.)
    let back = matches.length - 2;
    while (back > 0 && matches[back].ctx === "nonperson" && UI_HEADS.has(tokens[matches[back].end - 1])) back--;
    // (Interface words all the way, `EmailFormComponent`, `DownloadUinComponent`: none of them says whose data.)
    const before = back >= 0 && matches[back].ctx === "nonperson" && UI_HEADS.has(tokens[matches[back].end - 1]) ? undefined : matches[back];
    const uiHead = head === "nonperson" && UI_HEADS.has(headWord) && (tokens.length < 2 || !rules.ownerLexicon.has(tokens.slice(-2).join(" ")));
    // A person's status or schedule, or an upload's result row for a person (`IUserUploadStatusResult`), is that
    // person's record.
    const stateOfPerson = head === "nonperson" && (headWord === "status" || headWord === "schedule");
    // (So does a front end's data service named for a person, `ProfileDataService`, `StepEvacueeProfileService`: the
    // profile it caches. Not a department: `CustomerService` is one phrase, a thing.)
    const personService = head === "nonperson" && headWord === "service" && !rules.ownerLexicon.has(tokens.slice(-2).join(" "));
    if (before && ((head === "place" && headWord === "store") || uiHead || stateOfPerson || personService)) {
      // A service named for a tracked act, `SignInService`, `CheckinService`, is the code that does it (its `url` is an
      // endpoint's, not a visit's), and no thing's service either: what it holds is for its fields to say. (One named
      // for the tracking itself, `TelemetryService`, holds what it tracks.)
      if (personService && before.ctx === "tracking" && !TRACKING_SYSTEMS.has(tokens[before.end - 1])) return undefined;
      // (A person's export is theirs; an audit log's export, `AuditLogExport.url`, is a file.)
      if (before.ctx === "person" || ((before.ctx === "address" || before.ctx === "tracking") && !EXPORT_HEADS.has(headWord))) return before.ctx;
      // A screen named for a kind of data (`EditEmailConfirmationComponent`, `InputPhoneInternationalComponent`) shows
      // that data, whoever's it is: its fields decide, as for a screen named by interface words only.
      if (uiHead && before.ctx !== "nonperson" && before.ctx !== "place" && before.ctx !== "config" && before.ctx !== "address_part") return undefined;
    }
    // Alone, such a word says nothing of the data shown (`IItem { name, username }`, a route's params): the fields do.
    if (!before && uiHead) return undefined;
    // The props or state of a settings screen hold what the signed-in person set (their email, their language), not
    // the system's configuration; nothing else in the name says whose: the rules decide as for an unnamed owner.
    if (head === "config" && PERSONAL_SETTINGS.has(headWord) && SETTINGS_SCREEN.test(segment) && matches.every((m) => m.ctx !== "config" || m.end === tokens.length)) return undefined;
    return head;
  }
  for (const ctx of ["person", "name", "birth_date", "id_document", "address", "avatar", "tracking", "product_search", "config", "place", "nonperson"] as OwnerContext[]) {
    if (contexts.has(ctx)) return ctx;
  }
  return undefined;
}

const TRANSPORT_WORDS = new Set(["api", "rest", "http", "graphql", "gql", "grpc", "rpc", "json", "xml", "soap"]);
/** The direction a record travels in, after its API's name (`ApplicationAPIInDTO`, `SummaryAPIOutDTO`). */
const DIRECTION_WORDS = new Set(["in", "out"]);
/** Noise words that name a record's data as it travels (see the API's record in computeSegmentContext). */
const DATA_NOISE = new Set(["model", "response", "res", "request", "req", "dto", "payload", "body", "result", "data", "record", "entity", "input", "output", "object", "vo", "param", "arg", "args"]);

const WRITE_VERBS = new Set(["create", "update", "upsert", "patch", "add", "invite", "register", "edit", "new", "set"]);
/** First words of an SDK call's options type (`CreateEmailOptions`, `RemoveContactOptions`): what the call does. */
const CALL_VERBS = new Set([...WRITE_VERBS, "send", "remove", "delete", "get", "list", "retrieve", "cancel", "batch", "import", "verify", "schedule"]);
/** A type named for one option of a picker (`EmployeeOption`), not a call's options (`UserOptions`). */
const ONE_OPTION = /[a-z]Option$/;
const FORM_VALUES = /^(?:default|initial)_?values?$/i;

/** What a profile can be of, other than a person (see segmentContext). */
const PROFILE_HOLDERS = new Set(["company", "business", "organization", "organisation", "org", "merchant", "vendor", "supplier", "brand",
  "store", "shop", "bot", "club", "league", "team", "restaurant"]);
const NON_POSTAL_ADDRESS = new Set(["ip", "mac", "wallet", "memory", "network", "net", "socket", "bluetooth", "ble", "contract", "bitcoin", "btc", "eth", "ethereum", "crypto", "dns", "smtp", "host", "server", "multicast", "broadcast", "gateway", "subnet"]);

// --- the file's name ---------------------------------------------------------------------------------------------

const fileCache = new WeakMap<RuleSet, Map<string, readonly OwnerContext[]>>();
const NO_FILE_CONTEXTS: readonly OwnerContext[] = [];

/**
 * What a file's name says of the component or the store it holds (`UserCard.tsx`, `OwnProfileStore.ts`), for an owner
 * named only `Props` or `State`: a person's or a tracked visit's, and it only ever accepts (a file named for a product
 * may still show its buyer; `RoomProfileSettings.tsx` is a room's).
 */
export function fileContexts(file: string, rules: RuleSet): readonly OwnerContext[] {
  const slash = Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\"));
  let base = file.slice(slash + 1).replace(/\..*$/, "");
  // `Avatar/index.tsx`: a folder's index file is named by its folder.
  if (base === "index" && slash > 0) {
    const parent = Math.max(file.lastIndexOf("/", slash - 1), file.lastIndexOf("\\", slash - 1));
    base = file.slice(parent + 1, slash);
  }
  let cache = fileCache.get(rules);
  if (!cache) fileCache.set(rules, (cache = new Map()));
  let found = cache.get(base);
  if (found === undefined) {
    const ctx = base && base !== "index" ? segmentContext(base, rules) : undefined;
    found = ctx === "person" ? PERSON_CONTEXTS : ctx === "tracking" ? TRACKING_CONTEXTS : ctx === "avatar" ? AVATAR_CONTEXTS : NO_FILE_CONTEXTS;
    if (cache.size > 20_000) cache.clear();
    cache.set(ownCopy(base), found);
  }
  return found;
}
export const PERSON_CONTEXTS: readonly OwnerContext[] = ["person"];
export const TRACKING_CONTEXTS: readonly OwnerContext[] = ["tracking"];
const AVATAR_CONTEXTS: readonly OwnerContext[] = ["avatar"];
