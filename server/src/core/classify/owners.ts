/**
 * What an owner is: the context of one owner segment from its words (`CreateUserDto` -> person, `SmtpConfig` ->
 * config, `WarehouseAddress` -> place), the contexts its fields give it whatever it is called (a page view, a login
 * form, a connection's settings), and the lexicon phrase matching the classifier also uses for the qualifier words of
 * a field's name. Pure; results are cached per rule set.
 */
import type { FieldCandidate } from "./classifier";
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
 * attribute mappings (an SSO provider's `AttributeMapping { givenName: "given_name" }` names the attribute). Read like configuration (every rule's veto), even
 * when a person's word is in the name (`UserMaxAggregate` is not a user).
 */
const ABOUT_DATA = /(?:^I?|[a-z0-9_])(?:Errors|ErrorMessages?|ErrorFields|Messages|Labels|Placeholders|Translations|Aggregate|AggregateOutputType|GroupBy(?:OutputType)?|OrderBy\w*Input|WhereInput|WhereUniqueInput|Filters?|FilterInput|(?:Attribute|Field|Property|Trait)(?:Keys?|Types?|Definitions?|Defs?))$|(?:Attribute|Field|Property|Claim|Column)s?Mappings?(?:Info)?$|^(?:errors|labels|messages|placeholders|translations)$/;

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
const PERSON_CONTEXTS: readonly OwnerContext[] = ["person"];
const TRACKING_CONTEXTS: readonly OwnerContext[] = ["tracking"];
const AVATAR_CONTEXTS: readonly OwnerContext[] = ["avatar"];

// --- contexts from the fields ------------------------------------------------------------------------------------

/** What a field's name says about the record it sits in, as bits (one lookup per field: this runs for every owner). */
const enum Role {
  Referrer = 1,
  PagePart = 2,
  Utm = 4,
  Password = 8,
  Language = 16,
  Fluency = 32,
  Subject = 64,
  MessageBody = 128,
  Identifier = 256,
  Token = 512,
  BankAccount = 1024,
  Business = 2048,
  PersonPart = 4096,
  Environment = 8192,
  Browser = 16384,
  IpAddress = 32768,
  OperatingSystem = 65536,
  Coordinates = 131072,
  GivenName = 262144,
  FamilyName = 524288,
  Place = 1048576,
  FirstPart = 2097152,
  LastPart = 4194304,
  Paging = 8388608,
  Contact = 16777216,
  CarbonCopy = 33554432,
  CardPart = 67108864,
  Carrier = 134217728,
  Url = 268435456,
  PageSetting = 536870912,
  Metrics = 1073741824,
  // (The last bit: the enum's values are 32-bit flags.)
  DisplayName = -2147483648,
}
/** Names by role, lower case without separators (`page_url` and `pageUrl` are both "pageurl"). */
const ROLE_OF_NAME = new Map<string, number>([
  ...["referrer", "referer", "referring", "referringurl", "referringpage", "documentreferrer", "documentreferer",
    // (The referrer in parts, as an analytics table keeps it.)
    "referrerurl", "referrerpath", "referrerdomain", "referrerhost", "referrerquery", "refererurl", "refererpath",
    "refererdomain", "refererhost", "refererquery", "referringdomain"].map((n) => [n, Role.Referrer] as const),
  // A record of a page as a visitor saw it: where they came from (the referrer) beside what they saw.
  ...["url", "path", "pathname", "href", "pageurl", "pagepath", "urlpath"].map((n) => [n, Role.PagePart | Role.Url] as const),
  ...["title", "search", "hash", "pagetitle", "urlquery"].map((n) => [n, Role.PagePart] as const),
  ...["password", "passwd", "pass", "pwd", "oldpassword", "newpassword", "currentpassword", "confirmpassword"].map((n) => [n, Role.Password] as const),
  ...["language", "lang", "locale"].map((n) => [n, Role.Language] as const),
  // How well a person speaks a language (a CV's or a profile's languages).
  ...["fluency", "proficiency", "languagelevel", "proficiencylevel"].map((n) => [n, Role.Fluency] as const),
  ["subject", Role.Subject],
  // Only an email has carbon copies: `{ to, cc }` are its recipients, whatever the record is called.
  ...["cc", "bcc"].map((n) => [n, Role.CarbonCopy] as const),
  ...["html", "text", "body", "content", "template", "react", "message", "htmlbody", "textbody", "bodyhtml", "bodytext", "htmlcontent", "textcontent", "plaintext"].map((n) => [n, Role.MessageBody] as const),
  ["identifier", Role.Identifier],
  ...["token", "hashedtoken"].map((n) => [n, Role.Token] as const),
  // A payment card's own parts: beside them, a bare `number` is the card's number (a card schema's `{ number, cvv }`).
  // (An expiry's month, not its year alone: a ticket's or a permit's `expiry_year` is no card's.)
  ...["cvv", "cvc", "cvv2", "cvc2", "securitycode", "cardsecuritycode", "expirymonth", "expmonth", "expirationmonth", "expiremonth",
    "nameoncard", "cardholdername",
    // (A card's last digits and brand named for it; a bare `last4` is an API token's or a bank account's too.)
    "cardlast4", "cardlastfour", "cardbrand"].map((n) => [n, Role.CardPart] as const),
  // A bank account's own identifiers: beside them, the holder's name and the bank are the account's details.
  ...["iban", "bic", "swift", "swiftcode", "sortcode", "routingnumber", "accountnumber", "bankaccountnumber", "ifsc", "ifsccode", "bsb"].map((n) => [n, Role.BankAccount] as const),
  // What only a business has (a CRM's `Account`, a supplier): its phone, email and addresses are the business's.
  ...["vat", "vatnumber", "vatid", "annualrevenue", "industry", "numberofemployees", "employeecount", "employees", "duns",
    "dunsnumber", "companyid", "companynumber", "registrationnumber", "companyregistrationnumber", "legalform", "siccode", "naics",
    // Numbers only a company is given (Brazil's CNPJ, Australia's ACN) and the date it was formed. (Not France's SIRET,
    // Australia's ABN or a US EIN: a sole trader has one, and their record is a person's.)
    "cnpj", "acn", "incorporationdate", "dateofincorporation",
    // A trading name and a legal structure (`{ legal_name, trade_name, business_structure }`): only a business has them.
    "tradename", "tradingname", "doingbusinessas", "businessstructure", "legalstructure", "businessnumber",
    "corporateregistrynumber", "businessregistrationnumber", "incorporationnumber"].map((n) => [n, Role.Business] as const),
  // ...unless the record also names a person (a lead with its company's industry is still a person).
  // (So does an order's message naming its customer beside the store's name: `{ storeName, customerName, shippingAddress }`.)
  ...["fullname", "birthdate", "dateofbirth", "dob", "birthday", "gender", "individualname", "customername", "buyername",
    "recipientname", "patientname", "guestname"].map((n) => [n, Role.PersonPart] as const),
  // What only a place open to the public has (a court's, a branch's, a venue's record): its address and phone are its own.
  ...["venuename", "courtname", "branchname", "storename", "shopname", "officename", "premisesname", "openinghours",
    "openingtimes", "businesshours", "openforpublic"].map((n) => [n, Role.Place] as const),
  // A way to reach someone: beside a full name or a birth date, the record is a person's.
  ...["email", "emailaddress", "phone", "phonenumber", "telephone", "mobile", "mobilenumber"].map((n) => [n, Role.Contact] as const),
  // A person's picture counts as much (a Firebase user's `{ displayName, photoURL }` is a profile).
  ...["photourl", "avatarurl", "avatar", "profilepicture", "profilephoto", "profileimage", "profileimageurl", "profilepictureurl"].map((n) => [n, Role.Contact] as const),
  ["displayname", Role.DisplayName],
  // A given name beside a family name: a person's name in parts, so the record is a person, whatever it is called.
  ...["firstname", "givenname", "fname"].map((n) => [n, Role.PersonPart | Role.GivenName] as const),
  ...["lastname", "familyname", "surname", "lname"].map((n) => [n, Role.PersonPart | Role.FamilyName] as const),
  // A visitor's browser beside their IP address, OS or coordinates: whatever the record is called (a survey's response,
  // a short link's access), it was tracked. (A machine has an IP and an OS, but no browser.)
  ...["browser", "browsername", "useragent", "ua"].map((n) => [n, Role.Browser] as const),
  ...["ip", "ipaddress", "ipaddr", "clientip", "remoteip", "remoteaddress", "ipv4", "ipv6"].map((n) => [n, Role.IpAddress] as const),
  ...["os", "osname", "operatingsystem", "platform"].map((n) => [n, Role.OperatingSystem] as const),
  ...["latitude", "longitude", "lat", "lng", "lon", "long", "coordinates", "geo", "geolocation"].map((n) => [n, Role.Coordinates] as const),
  // A list's page links beside its `first` and `last` (`links: { self, first, prev, next, last }`).
  ...["prev", "next", "previous", "self", "page", "current"].map((n) => [n, Role.Paging] as const),
  // A layout's sizes by screen (`{ mobile, tablet, desktop }`): `mobile` is a breakpoint, not a number to call. And a
  // page's meta tags (`{ title, desc, author, keywords }`): the page's title, and its author a site's publisher.
  ...["tablet", "desktop", "laptop", "widescreen", "keywords", "metakeywords", "metadescription", "metatitle", "ogtitle",
    "ogdescription", "ogimage", "canonicalurl"].map((n) => [n, Role.PageSetting] as const),
]);
const UTM = /^utm_?[a-z]/i;
const OPEN_HOURS = /(?:businesshours|openinghours|openingtimes|officehours)$/;
const CARRIER_FIELD = /^carrier_?(?:status|detail|event|occurred|code)/i;
// (`page_url`, LinkedIn's `"First Name"`.)
const SEPARATOR = /[_\s-]/;
const SEPARATORS = /[_\s-]/g;

/** The roles of an owner's fields (one lookup per field), for {@link siblingContexts} and {@link holdsMessageText}. */
export function rolesOf(candidates: readonly FieldCandidate[]): number {
  let roles = 0;
  let metrics = 0;
  let queryControls = 0;
  let environmentNames = 0;
  let environmentSettings = 0;
  for (const c of candidates) {
    const name = c.name;
    if (c.kind === "number" && METRIC_FIELD.test(name)) metrics++;
    const key = SEPARATOR.test(name) ? name.replace(SEPARATORS, "").toLowerCase() : name.toLowerCase();
    if (QUERY_CONTROL.has(key)) queryControls++;
    roles |= ROLE_OF_NAME.get(key) ?? 0;
    // A data subject's name in parts, named for them (`guestFirstName`, `customer_last_name`): a person's record too.
    const subjectPart = key.length > 12 ? SUBJECT_NAME_PART.exec(key) : null;
    if (subjectPart) roles |= Role.PersonPart | (subjectPart[1] === "firstname" || subjectPart[1] === "givenname" ? Role.GivenName : Role.FamilyName);
    // (Hours named for what is open then, `reviewBusinessHours` on a public notice: the office's, so is its address.)
    if (key.length > 13 && OPEN_HOURS.test(key)) roles |= Role.Place;
    if (name.length > 3 && UTM.test(name)) roles |= Role.Utm;
    if (isEnvironmentName(name)) {
      environmentNames++;
      if (ENVIRONMENT_SETTING.test(name)) environmentSettings++;
    }
    // `{ first, middle, last }` of text among a record's fields: a person's name in parts (not a page's first and last).
    // (So are FHIR's `{ given, family }` on a patient's demographics.)
    if ((name === "first" || name === "last" || name === "given" || name === "family") && (c.kind === "string" || c.kind === "unknown")) roles |= name === "first" || name === "given" ? Role.FirstPart : Role.LastPart;
    // `{ language, preferred: boolean }` on a patient (FHIR `communication`): the language the person prefers.
    if (name === "preferred" && c.kind === "boolean") roles |= Role.Fluency;
    // A carrier's codes on a record (`carrierStatusCode`, `carrier_detail_code`): a parcel's, not a person's.
    if (CARRIER_FIELD.test(name)) roles |= Role.Carrier;
  }
  if (metrics >= 2) roles |= Role.Metrics;
  // (Not a payment gateway's response written in capitals, `{ HPP_CUSTOMER_FIRSTNAME, …, MERCHANT_RESPONSE_URL }`: one
  // setting among many fields is no environment.)
  if (environmentSettings >= 2 || (environmentSettings === 1 && environmentNames <= 4)) roles |= Role.Environment;
  // A list query's parameters (`{ firstName, email, orderBy, first, after }`): what an admin searches by, as a query's
  // settings are (filters are not anyone's data).
  if (queryControls >= 2) roles |= Role.PageSetting;
  return roles;
}
/** A name's part under the word for whom the record is about (`guestfirstname`), its part captured. */
const SUBJECT_NAME_PART = /^(?:guest|customer|patient|client|member|user|buyer|passenger|traveller|traveler|applicant|student|employee|person|beneficiary|learner|participant|attendee|resident|tenant|borrower|donor|volunteer)(firstname|lastname|givenname|familyname|surname)$/;
/** A list query's own controls: its order, its page and its cursor. */
const QUERY_CONTROL = new Set(["orderby", "sortby", "sortorder", "sortdirection", "sortfield", "sortkey", "limit", "offset", "pagesize",
  "perpage", "pagenumber", "cursor", "after", "before",
  // (A page's number and an ORM's skip and take: `{ name, email, limit, page }`. Only beside another control: a
  // tracked visit's `page` alone is the page visited.)
  "page", "skip", "take"]);
/**
 * A statistic's measures (`visitors`, `pageviews_percentage`, `bounceRate`): a row of counts per value, not a visit.
 * (Not a patient's heart or respiratory rate.)
 */
const METRIC_FIELD = /^(?:visitors|visits|pageviews|page_?views|views|sessions|uniques|unique_?visitors|bounces|hits|clicks|impressions|conversions|events)$|(?:_p|P)ercentage$|(?:_p|P)ercent$|(?:bounce|conversion|click|open|exit|churn)_?[Rr]ate$/i;
const both = (roles: number, a: Role, b: Role): boolean => (roles & a) !== 0 && (roles & b) !== 0;

const PAGE_VIEW_CONTEXTS: readonly OwnerContext[] = ["page_view", "tracking"];
const LOGIN_CONTEXTS: readonly OwnerContext[] = ["login"];
const ACCOUNT_CONTEXTS: readonly OwnerContext[] = ["login", "person"];
const SPOKEN_LANGUAGE_CONTEXTS: readonly OwnerContext[] = ["spoken_language"];
const EMAIL_MESSAGE_CONTEXTS: readonly OwnerContext[] = ["email_message"];
const VERIFICATION_TOKEN_CONTEXTS: readonly OwnerContext[] = ["verification_token"];
const BANK_DETAILS_CONTEXTS: readonly OwnerContext[] = ["bank_details"];
const PAYMENT_CARD_CONTEXTS: readonly OwnerContext[] = ["payment_card"];
const BUSINESS_CONTEXTS: readonly OwnerContext[] = ["nonperson"];
const PLACE_CONTEXTS: readonly OwnerContext[] = ["place"];
const NAME_IN_RECORD_CONTEXTS: readonly OwnerContext[] = ["name", "person"];
export const NO_SIBLING_CONTEXTS: readonly OwnerContext[] = [];
/** Fields past which a record is an aggregate of parts (a case's data, a form's answers), not one thing. */
const LARGE_RECORD = 40;
const SHIPMENT_CONTEXTS: readonly OwnerContext[] = ["shipment"];
const LAYOUT_CONTEXTS: readonly OwnerContext[] = ["config"];

/**
 * Whether an owner's fields make it a tracked visit (a browser beside an IP, a referrer beside UTM tags), and the roles
 * that say so to the objects nested in it: a Segment-style `context { ip, userAgent, location: { city }, page: { url } }`
 * is one visit, whose nested parts are where the visitor was and what they saw.
 */
export function isTrackedVisit(roles: number, fieldCount = 0): boolean {
  return siblingContexts(roles, fieldCount) === TRACKING_CONTEXTS;
}
export const TRACKED_VISIT_ROLES: number = Role.Browser | Role.IpAddress;
/**
 * The roles without a display name's: what a component's state or props (`IState { displayName, avatarUrl }`) say,
 * where a name beside a picture may be a room's or a product's as well as a person's.
 */
export function withoutDisplayName(roles: number): number {
  return roles & ~Role.DisplayName;
}

/**
 * Contexts the fields of one owner give it (its roles, see {@link rolesOf}), whatever it is called: a page view (a page
 * tracked as the visitor saw it is tracking data too, though a `page` alone is a site's page), a login form (a
 * `password` beside the name the person signs in with), a language the person speaks (beside its fluency), an email
 * message (a subject beside a body), a verification token (an identifier beside a token), a business (a VAT number, an
 * industry or a revenue, and no person's name), bank details (an account number, IBAN or sort code beside them).
 */
export function siblingContexts(roles: number, fieldCount = 0): readonly OwnerContext[] {
  if (roles === 0) return NO_SIBLING_CONTEXTS;
  // One business's or place's word among the many fields of a case or a form's whole data (`CaseData { courtName, … }`)
  // says what one of its parts is, not what the record is.
  if (fieldCount > LARGE_RECORD) roles &= ~(Role.Business | Role.Place);
  if (roles & Role.PageSetting) return LAYOUT_CONTEXTS;
  // `{ browser, country, visitors, visitors_percentage }`: an analytics dashboard's row of counts per browser or
  // country, about visits, not one visit (not beside a person's name or a way to reach them: a customer's order count).
  if (roles & Role.Metrics && !(roles & (Role.PersonPart | Role.GivenName | Role.FamilyName | Role.Contact))) return LAYOUT_CONTEXTS;
  if (both(roles, Role.Referrer, Role.PagePart)) return PAGE_VIEW_CONTEXTS;
  // Where a visitor came from: a referrer beside the campaign's UTM tags (a sign-up's or a session's attribution).
  if (both(roles, Role.Referrer, Role.Utm)) return TRACKING_CONTEXTS;
  if (roles & Role.Browser && roles & (Role.IpAddress | Role.OperatingSystem | Role.Coordinates)) return TRACKING_CONTEXTS;
  // A user agent beside the url it was seen on (a response's `meta { url, userAgent, country }`, a request's log).
  if (both(roles, Role.Browser, Role.Url)) return TRACKING_CONTEXTS;
  // (With a way to reach the person beside it, a sign-up's or a profile's: `{ name, email, password, phone, country }`.)
  if (roles & Role.Password) return roles & Role.Contact ? ACCOUNT_CONTEXTS : LOGIN_CONTEXTS;
  if (both(roles, Role.Language, Role.Fluency)) return SPOKEN_LANGUAGE_CONTEXTS;
  // `{ to, subject, html }`, `{ to, cc }`: an email message, whose `to` is the recipient's address.
  if (both(roles, Role.Subject, Role.MessageBody) || roles & Role.CarbonCopy) return EMAIL_MESSAGE_CONTEXTS;
  // `{ identifier, token, expires }`: a verification or magic-link token, sent to the identifier (an email address).
  if (both(roles, Role.Identifier, Role.Token)) return VERIFICATION_TOKEN_CONTEXTS;
  // `{ name, vat, industry, billing_street }`: a company's record, whatever it is called; its bank details too.
  if (roles & Role.Business && !(roles & Role.PersonPart)) return BUSINESS_CONTEXTS;
  // `{ court_name, venue_name, postcode, phone_number }`: a place's record (a court, a branch), whatever it is called.
  // (Not beside an account's number: `{ accountNumber, branchName, swiftCode }` names the bank's branch of a payee's
  // account.)
  if (roles & Role.Place && !(roles & (Role.PersonPart | Role.BankAccount))) return PLACE_CONTEXTS;
  // `{ bankName, accountName, accountNumber }`: a person's bank details, the name on the account included.
  if (roles & Role.BankAccount) return BANK_DETAILS_CONTEXTS;
  if (roles & Role.CardPart) return PAYMENT_CARD_CONTEXTS;
  // `orderingProvider: { firstName, lastName, street, phone }` under a `Facility` form: a person's record.
  if (both(roles, Role.GivenName, Role.FamilyName)) return PERSON_CONTEXTS;
  // A probation officer's `{ fullName, email, telephone }` in a booking journey: a person's contact details.
  if (both(roles, Role.PersonPart, Role.Contact)) return PERSON_CONTEXTS;
  // So does a display name beside a picture or a way to reach its holder (a last editor's `{ displayName, photoURL }`).
  if (both(roles, Role.DisplayName, Role.Contact)) return PERSON_CONTEXTS;
  // An artist's `{ first, middle, last, birthday }`: the name's parts laid out in the person's record.
  if (both(roles, Role.FirstPart, Role.LastPart) && !(roles & Role.Paging)) return NAME_IN_RECORD_CONTEXTS;
  // A parcel's tracking event (`{ carrierStatusCode, cityLocality, latitude }`): where a carrier scanned it.
  if (roles & Role.Carrier) return SHIPMENT_CONTEXTS;
  return NO_SIBLING_CONTEXTS;
}

/**
 * Contexts that siblings give a location with a name of its own (`Location { name, address1, latitude }`, a facility's,
 * a store's): a place, for a person's whereabouts have no name. (Others' contexts, as siblingContexts gives them.)
 */
export function namedLocationContexts(candidates: readonly FieldCandidate[], siblings: readonly OwnerContext[], rules: RuleSet): readonly OwnerContext[] {
  if (siblings.length > 0 || candidates.length === 0) return siblings;
  const owner = candidates[0].owner;
  // (Not one a person's or a tracked visit's word names: a user's saved location, `UserLocation { name: "Home" }`, is
  // where they live; an IP's located place, `ip.location { name, postal_code }`, where the visitor is.)
  // (Named so among other words too: OpenMRS's `LocationTo`, `LocationResponse`.)
  if (owner.length === 0 || !LOCATION_HINT.test(owner[owner.length - 1]) || !splitIdentifier(owner[owner.length - 1]).some((t) => singular(t) === "location")) return siblings;
  if (owner.some((segment) => { const ctx = segmentContext(segment, rules); return ctx === "person" || ctx === "tracking"; })) return siblings;
  return candidates.some((c) => c.name === "name" && (c.kind === "string" || c.kind === "unknown")) ? PLACE_CONTEXTS : siblings;
}

/** A cheap look for the word before an owner's name is split (most owners name no location). */
const LOCATION_HINT = /location/i;

/**
 * Whether an owner is a process's environment (`{ DATABASE_URL, SMTP_HOST, KAFKA_USERNAME }`): names written as
 * environment variables, two of them a setting's, or one among a few (see rolesOf). A legacy table's `FIRST_NAME`
 * column is no environment, nor a payment gateway's response written in capitals with one URL among its fields.
 */
export function holdsEnvironment(roles: number): boolean {
  return (roles & Role.Environment) !== 0;
}

/** `KAFKA_USERNAME`, `SMTP_FROM_EMAIL`: a name written as an environment variable. */
export function isEnvironmentName(name: string): boolean {
  const first = name.charCodeAt(0);
  return first >= 65 && first <= 90 && name.includes("_") && ENVIRONMENT_NAME.test(name);
}
const ENVIRONMENT_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/;
const ENVIRONMENT_SETTING = /(?:^|_)(?:URL|URI|HOST|PORT|KEY|SECRET|TOKEN|PASSWORD|API|SMTP|DB|DATABASE|REDIS|ENABLED?|ENV|NODE|BUCKET|REGION|DSN)(?:_|$)/;

/** Whether an owner holds a message's or a document's text (see {@link rolesOf}). */
export function holdsMessageText(roles: number): boolean {
  return (roles & Role.MessageBody) !== 0;
}

/**
 * Contexts that make a field personal only where they are (see {@link siblingContexts}): they come from a field's
 * siblings, or for a message from its name (`MailData`, `sendSms`), and a name they accept (`to`) is no kind alone.
 */
export const NO_KIND_ALONE_CONTEXTS: ReadonlySet<OwnerContext> = new Set(["avatar", "product_search", "page_view", "login", "spoken_language", "email_message", "sms_message", "verification_token", "bank_details", "payment_card"]);

const CONNECTION_PEER = /^(host|hostname|server|database|db|ssl|ssl_?mode|tls|secure)$/i;

const CLIENT_ID = /^client_?id$/i;
const CLIENT_REGISTRATION_PEER = /^(redirect_?ur[il]s?|client_?secret|grant_?types?|client_?uri|token_?endpoint_?auth_?method)$/i;

/**
 * Settings of a connection to a database, a mail server, a broker (`{ host, port, username, password }`), or an OAuth
 * client's registration (`{ client_id, client_name, redirect_uris }`: the client is an application).
 */
export function isConnectionSettings(candidates: readonly FieldCandidate[]): boolean {
  if (candidates.some((c) => c.name.toLowerCase() === "port") && candidates.some((c) => CONNECTION_PEER.test(c.name))) return true;
  if (candidates.some((c) => CLIENT_ID.test(c.name)) && candidates.some((c) => CLIENT_REGISTRATION_PEER.test(c.name))) return true;
  // A service account's key (`{ client_email, private_key }`, a cloud provider's credentials file) is a machine's.
  return candidates.some((c) => PRIVATE_KEY.test(c.name)) && candidates.some((c) => SERVICE_ACCOUNT_PEER.test(c.name));
}
const PRIVATE_KEY = /^private_?key(?:_?id)?$/i;
const SERVICE_ACCOUNT_PEER = /^(client_?email|client_?id|project_?id|token_?uri|auth_?provider_x509_cert_url)$/i;

