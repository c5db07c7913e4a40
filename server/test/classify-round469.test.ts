/**
 * Patterns from the 469th and later labelling rounds (session 22), written as minimal code: each test of a fix fails on
 * the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan } from "./classify-helpers";

describe("classifier: after round 469", () => {
  it("a record without something (`…WithoutTokenRequest`) is still that record, as one with something is", () => {
    const found = scan(
      "export interface CreateCounterpartyWithoutTokenRequest { attributes: { name: string; routingNumber: string; accountNumber: string } }\n" +
        "export interface CreateTokenRequest { attributes: { routingNumber: string } }",
    );
    assert.strictEqual(found["CreateCounterpartyWithoutTokenRequest.attributes.routingNumber"], "user.financial.bank_account");
    assert.strictEqual(found["CreateCounterpartyWithoutTokenRequest.attributes.accountNumber"], "user.financial.bank_account");
    // A token's own request is still a token's.
    assert.strictEqual(found["CreateTokenRequest.attributes.routingNumber"], undefined);
  });

  it("a link served over HTTPS (`profile_image_url_https`) is the same link", () => {
    const found = scan("export interface UserV1 { screen_name: string; profile_image_url: string; profile_image_url_https: string }");
    assert.strictEqual(found["UserV1.profile_image_url_https"], "user.content.self_image");
  });

  it("of two rules that claim a name, one that accepts outright wins over one waiting for the record's other fields", () => {
    const found = scan(
      "export interface IUserPersonalDataModel { id: string; identityDocumentNumber: string; identityDocumentExpirationDate: Date }\n" +
        "export interface Subscription { plan: string; expirationDate: Date }",
    );
    assert.strictEqual(found["IUserPersonalDataModel.identityDocumentExpirationDate"], "user.government_id");
    // A plan's expiry is no one's card or document.
    assert.strictEqual(found["Subscription.expirationDate"], undefined);
  });

  it("a form field's settings (a switch, its validation, the id it is stored as) hold none of the person's data", () => {
    const found = scan(
      "export interface RegistrationConfig {\n" +
        "  fieldConfigurations: {\n" +
        "    name: { displayMiddleName: boolean; allowUnidentifiedPatients: boolean };\n" +
        "    phone: { personAttributeUuid: string; validation?: { required: boolean; matches?: string } };\n" +
        "    dateOfBirth: { allowEstimatedDateOfBirth: boolean; useEstimatedDateOfBirth: { enabled: boolean; dayOfMonth: number } };\n" +
        "  };\n" +
        "}\n" +
        "export interface Patient { name: string; phone: { number: string; verified: boolean } }",
    );
    assert.strictEqual(found["RegistrationConfig.fieldConfigurations.phone"], undefined);
    assert.strictEqual(found["RegistrationConfig.fieldConfigurations.dateOfBirth"], undefined);
    // A phone held as an object of its number is still a phone.
    assert.strictEqual(found["Patient.phone.number"], "user.contact.phone_number");
  });

  it("a person's row in an export is theirs; an audit log's export is a file", () => {
    const found = scan(
      "export interface IVolunteerDownload { Nume: string; 'Data nasterii': Date; Telefon: string; Email: string }\n" +
        "export interface AuditLogExport { id: string; url: string }",
    );
    assert.strictEqual(found["IVolunteerDownload.Telefon"], "user.contact.phone_number");
    assert.strictEqual(found["IVolunteerDownload.Nume"], "user.name");
    assert.strictEqual(found["IVolunteerDownload.Data nasterii"], "user.demographic.date_of_birth");
    assert.strictEqual(found["AuditLogExport.url"], undefined);
  });

  it("a bank account's agency and account, as Brazilian code writes them, are bank details on a bank account only", () => {
    const found = scan(
      "export interface BankAccount { type: string; name: string; agency: string; agencyFormatted: string; account: string; accountFormatted: string }\n" +
        "export interface Campaign { agency: string; account: string }\n" +
        "import { Agency } from './agency';\nexport class Domain { domain: string; agency?: Agency }",
    );
    assert.strictEqual(found["BankAccount.agency"], "user.financial.bank_account");
    assert.strictEqual(found["BankAccount.accountFormatted"], "user.financial.bank_account");
    // Elsewhere an agency is a business and an account a login or a customer's.
    assert.strictEqual(found["Campaign.agency"], undefined);
    assert.strictEqual(found["Campaign.account"], undefined);
    // A type named by such a word is no bank account either.
    assert.strictEqual(found["Domain.agency"], undefined);
  });

  it("a person's document number and its validity are their identity document's; a paper's number is not", () => {
    const found = scan(
      "export interface UserProfile { name: string; email: string }\n" +
        "export interface CourierProfile extends UserProfile { documentNumber?: string; documentValidity?: string; status: string }\n" +
        "export interface Invoice { documentNumber: string; amount: number }",
    );
    assert.strictEqual(found["CourierProfile.documentNumber"], "user.government_id");
    assert.strictEqual(found["CourierProfile.documentValidity"], "user.government_id");
    assert.strictEqual(found["Invoice.documentNumber"], undefined);
  });

  it("a model defined under a const that only holds its name (`define(modelName, …)`) is named by its file", () => {
    const code =
      "module.exports = function researchSite(sequelize, Sequelize, schema) {\n" +
      "  const tableName = 'research_site';\n  const modelName = `${schema}_${tableName}`;\n" +
      "  return sequelize.define(modelName, { name: { type: Sequelize.TEXT }, phone: { type: Sequelize.TEXT }, city: { type: Sequelize.TEXT }, text: { type: Sequelize.TEXT } });\n};";
    const found = scan(code, "/models/db/research-site.model.js");
    // (The const's name read as the owner made the model a name object, its `text` a name's.)
    assert.strictEqual(found["modelName.text"], undefined);
    assert.strictEqual(found["research-site.model.text"], undefined);
    // A research site is a place: its phone and city are its own.
    assert.strictEqual(found["research-site.model.phone"], undefined);
    // A const named for the model still names it.
    const user = scan("const USER_MODEL = 'x';\nsequelize.define(USER_MODEL, { email: { type: DataTypes.STRING } });", "/models/index.js");
    assert.strictEqual(user["USER_MODEL.email"], "user.contact.email");
  });

  it("a notification's payload is what happened to whom; a Font Awesome icon (`faPhone`) is no phone", () => {
    const found = scan(
      "const eMandateSignRequestStatusNotificationPayload = z.object({ debtornumber: z.string(), iban: z.string(), account_owner: z.string() });\n" +
        "export class ServiceCardProfileComponent { faPhone = faPhone; faEnvelope = faEnvelope; phone: string; email: string }",
    );
    assert.strictEqual(found["eMandateSignRequestStatusNotificationPayload.iban"], "user.financial.bank_account");
    assert.strictEqual(found["ServiceCardProfileComponent.faPhone"], undefined);
    assert.strictEqual(found["ServiceCardProfileComponent.faEnvelope"], undefined);
    // A notification's template is still a thing.
    assert.strictEqual(scan("export interface NotificationTemplate { email: string }")["NotificationTemplate.email"], undefined);
  });

  it("a person's favourite or preferred language, their language proficiencies, and a name with its honorific", () => {
    const found = scan(
      "export interface OpenEdxApiProfile { username: string; 'pref-lang': string; language_proficiencies: { code: string }[]; favoriteLanguage: string }\n" +
        "export interface User { id: string; fullHonorificName: string; email: string }\n" +
        "export interface Site { favoriteLanguage: string }",
    );
    assert.strictEqual(found["OpenEdxApiProfile.pref-lang"], "user.demographic.language");
    assert.strictEqual(found["OpenEdxApiProfile.favoriteLanguage"], "user.demographic.language");
    assert.strictEqual(found["OpenEdxApiProfile.language_proficiencies"], "user.demographic.language");
    assert.strictEqual(found["User.fullHonorificName"], "user.name");
    assert.strictEqual(found["Site.favoriteLanguage"], undefined);
  });

  it("a callback's parameter typed by a type literal in markup is read like any other parameter", () => {
    const found = scan(
      "export const Children = ({ barn }: Props) => (\n" +
        "  <Modal alleBarn={barn.map((b: { navn?: string | null; fodselsDato?: string | null }) => ({ navn: b.navn }))} />\n" +
        ");",
      "/src/Children.tsx",
    );
    assert.strictEqual(found["Children.b.navn"], "user.name");
    assert.strictEqual(found["Children.b.fodselsDato"], "user.demographic.date_of_birth");
  });

  it("a patient's allergic reactions and how bad the worst was are health data", () => {
    const found = scan("interface AllergyFormData { allergicReactions: string[]; nonCodedAllergicReaction: string; severityOfWorstReaction: string }");
    assert.strictEqual(found["AllergyFormData.allergicReactions"], "user.health_and_medical");
    assert.strictEqual(found["AllergyFormData.nonCodedAllergicReaction"], "user.health_and_medical");
    assert.strictEqual(found["AllergyFormData.severityOfWorstReaction"], "user.health_and_medical");
    // A message's emoji reactions are no one's health.
    assert.strictEqual(scan("interface Message { reactions: string[] }")["Message.reactions"], undefined);
  });

  it("Norway's code calls a person's national identity number their ident; a caseworker's NAV ident is not one", () => {
    const found = scan(
      "export interface IBarnMedOpplysningerBackend { ident: string; navn?: string; fødselsdato?: string }\n" +
        "export type SkjermetBarnSøker = { søkersIdent: string; barnasIdenter: string[] };\n" +
        "export interface ArenaoppslagSakerRequestV1 { personidentifikator: string }\n" +
        "export interface InnloggetSaksbehandler { navn: string; navIdent: string; saksbehandlerIdent: string }\n" +
        "export interface Token { ident: string; kind: string }",
    );
    assert.strictEqual(found["IBarnMedOpplysningerBackend.ident"], "user.government_id");
    assert.strictEqual(found["SkjermetBarnSøker.søkersIdent"], "user.government_id");
    assert.strictEqual(found["ArenaoppslagSakerRequestV1.personidentifikator"], "user.government_id.national_identification_number");
    assert.strictEqual(found["InnloggetSaksbehandler.navIdent"], undefined);
    assert.strictEqual(found["InnloggetSaksbehandler.saksbehandlerIdent"], undefined);
    assert.strictEqual(found["Token.ident"], undefined);
  });

  it("Romanian first names", () => {
    const found = scan("export interface Voluntar { prenume: string; nume: string }");
    assert.strictEqual(found["Voluntar.prenume"], "user.name.first");
  });
});
