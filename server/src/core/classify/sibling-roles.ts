/**
 * What an owner's fields say it is, whatever it is called: each field's name gives the record a role bit (a referrer,
 * a password, a bank account's part), and the roles together make contexts (a page view, a login form, a business's
 * details, a connection's settings). owners.ts reads the owner's own name; this file reads its members. Pure; one
 * lookup per field, since it runs for every owner.
 */
import type { FieldCandidate } from "./classifier";
import { PERSON_CONTEXTS, segmentContext, TRACKING_CONTEXTS } from "./owners";
import { singular, splitIdentifier } from "./names";
import type { OwnerContext, RuleSet } from "./rules";

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
    "recipientname", "patientname", "guestname",
    // Numbers only a person is given, and a contact only a person names for emergencies (a rental's `Tenant { name,
    // email, nationalId, emergencyContactName }` is a renter, not a SaaS's organisation).
    "nationalid", "nationalidnumber", "nationalidentitynumber", "ssn", "socialsecuritynumber", "passportnumber", "aadhaar",
    "aadhaarnumber", "aadharnumber", "identitynumber", "identitynum", "identityno", "nik", "emergencycontact", "emergencycontactname", "emergencycontactphone",
    "emergencycontactnumber"].map((n) => [n, Role.PersonPart] as const),
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
  // (Counted once per name: one file's request schemas share an owner's name, `body`, and so its `sortOrder` twice.)
  let queryControls: Set<string> | undefined;
  let environmentNames = 0;
  let environmentSettings = 0;
  for (const c of candidates) {
    const name = c.name;
    if (c.kind === "number" && METRIC_FIELD.test(name)) metrics++;
    const key = SEPARATOR.test(name) ? name.replace(SEPARATORS, "").toLowerCase() : name.toLowerCase();
    if (QUERY_CONTROL.has(key)) (queryControls ??= new Set()).add(key);
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
  if (queryControls && queryControls.size >= 2) roles |= Role.PageSetting;
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

