/**
 * Patterns from the 338th and later labelling rounds (session 20), written as minimal code: each test of a fix fails on
 * the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan } from "./classify-helpers";

describe("classifier: after round 338", () => {
  it("a postal address typed by a name the scan cannot see that holds the word among others (`AddressDataTypes`)", () => {
    const found = scan(
      'import { AddressDataTypes, BaseApplicationAddressDeclaredChangeState, DefaultAddressConfiguration, WarehouseAddressState, IconName } from "./types";\n' +
        "export interface CartState { billingAddress: AddressDataTypes | null; shippingAddress: AddressDataTypes | null }\n" +
        "export interface RenewalState { homeAddress?: BaseApplicationAddressDeclaredChangeState; email?: string }\n" +
        "export interface Settings { defaultAddress?: DefaultAddressConfiguration; pickupAddress?: WarehouseAddressState }\n" +
        "export interface IconProps { name: IconName }",
    );
    assert.strictEqual(found["CartState.billingAddress"], "user.contact.address");
    assert.strictEqual(found["CartState.shippingAddress"], "user.contact.address");
    assert.strictEqual(found["RenewalState.homeAddress"], "user.contact.address");
    // A setting's type and a warehouse's are not a person's address; only addresses are read this way, not names.
    assert.strictEqual(found["Settings.defaultAddress"], undefined);
    assert.strictEqual(found["Settings.pickupAddress"], undefined);
    assert.strictEqual(found["IconProps.name"], undefined);
  });

  it("a platform's own reactive holder is read through, as Observable is (`StatefulRemoteSubscribable<MailingAddress>`)", () => {
    const found = scan(
      "export interface MailingAddress { address1?: string; city?: string; zip?: string }\n" +
        "export interface OrderStatusApi {\n  billingAddress?: StatefulRemoteSubscribable<MailingAddress | undefined>;\n}\n" +
        "export interface Buyer { phone: UserSubject<string> }\n" +
        "export interface Api { shop: StatefulRemoteSubscribable<Shop>; onChange: EventSubscribable<string> }",
    );
    assert.strictEqual(found["OrderStatusApi.billingAddress"], "user.contact.address");
    assert.strictEqual(found["Buyer.phone"], "user.contact.phone_number");
    assert.strictEqual(found["Api.shop"], undefined);
    assert.strictEqual(found["Api.onChange"], undefined);
  });

  it("a generated SDK's mapped schema key is read by the schema after its wire name (`accountNumber: [\"account_number\", string()]`)", () => {
    const found = scan(
      'import { object, string, optional, nullable, lazy } from "../schema";\n' +
        "export const createBankAccountRequestSchema = object({\n  holderName: ['holder_name', string()],\n  accountNumber: ['account_number', string()],\n" +
        "  birthdate: ['birthdate', optional(nullable(string()))],\n  address: ['address', optional(lazy(() => createAddressRequestSchema))],\n  type: ['type', string()],\n});",
    );
    assert.strictEqual(found["createBankAccountRequestSchema.accountNumber"], "user.financial.bank_account");
    assert.strictEqual(found["createBankAccountRequestSchema.birthdate"], "user.demographic.date_of_birth");
    assert.strictEqual(found["createBankAccountRequestSchema.type"], undefined);
  });

  it("a payee's bank account written in parts: branch number, check digits and Pix key", () => {
    const found = scan(
      "export interface CreateBankAccountRequest { holderName: string; bank: string; branchNumber: string; branchCheckDigit?: string; accountNumber: string; accountCheckDigit: string; pixKey?: string }\n" +
        "export interface Store { name: string; branchNumber: string; openingHours: string }",
    );
    assert.strictEqual(found["CreateBankAccountRequest.branchNumber"], "user.financial.bank_account");
    assert.strictEqual(found["CreateBankAccountRequest.branchCheckDigit"], "user.financial.bank_account");
    assert.strictEqual(found["CreateBankAccountRequest.accountCheckDigit"], "user.financial.bank_account");
    assert.strictEqual(found["CreateBankAccountRequest.pixKey"], "user.financial.bank_account");
    // A shop's branch is a place's; a bare `bank` says nothing of an account (a transfer's bank, an operator's).
    assert.strictEqual(found["Store.branchNumber"], undefined);
    assert.strictEqual(found["CreateBankAccountRequest.bank"], undefined);
  });

  it("a wearable's body composition and sleep, and a person's highest and lowest readings, are health data", () => {
    const found = scan(
      "export interface DailyStats { maxHeartRate: number; minHeartRate: number; muscleMass: number; bodyWater: number; remSleepSeconds: number; sleepScore: number; respirationRate: number }\n" +
        "export interface UploadLimits { maxFileSize: number; minWidth: number }",
    );
    for (const field of ["maxHeartRate", "minHeartRate", "muscleMass", "bodyWater", "remSleepSeconds", "sleepScore", "respirationRate"]) {
      assert.strictEqual(found[`DailyStats.${field}`], "user.health_and_medical", field);
    }
    assert.strictEqual(found["UploadLimits.maxFileSize"], undefined);
    assert.strictEqual(found["UploadLimits.minWidth"], undefined);
  });

  it("a test centre's address and coordinates are the centre's", () => {
    const found = scan(
      "export interface Centre { name: string; addressLine1: string; addressCity: string; addressPostalCode: string; latitude: number }\n" +
        "type ViewCentre = Centre & { escapedAddress?: { name: string; line1: string; city: string; postalCode: string } };\n" +
        "export interface Candidate { name: string; addressLine1: string; addressPostalCode: string }",
    );
    assert.strictEqual(found["Centre.addressLine1"], undefined);
    assert.strictEqual(found["Centre.latitude"], undefined);
    assert.strictEqual(found["ViewCentre.escapedAddress.line1"], undefined);
    assert.strictEqual(found["Candidate.addressLine1"], "user.contact.address.street");
    assert.strictEqual(found["Candidate.name"], "user.name");
  });

  it("names with accented, Nordic or German letters are read as their plain letters, in several languages' words", () => {
    const found = scan(
      "export interface ISøknadKontraktSøker { navn: string; fødselsnummer: string; fødselsdato: string; adresse: string; kjønn: string; statsborgerskap: string[]; kontonummer: string }\n" +
        "export interface Contact { prénom: string; téléphone: string; straße: string }\n" +
        "export interface Produkt { navn: string; pris: number }",
    );
    assert.strictEqual(found["ISøknadKontraktSøker.navn"], "user.name");
    assert.strictEqual(found["ISøknadKontraktSøker.fødselsnummer"], "user.government_id.national_identification_number");
    assert.strictEqual(found["ISøknadKontraktSøker.fødselsdato"], "user.demographic.date_of_birth");
    assert.strictEqual(found["ISøknadKontraktSøker.adresse"], "user.contact.address");
    assert.strictEqual(found["ISøknadKontraktSøker.kjønn"], "user.demographic.gender");
    assert.strictEqual(found["ISøknadKontraktSøker.statsborgerskap"], "user.demographic.nationality");
    assert.strictEqual(found["ISøknadKontraktSøker.kontonummer"], "user.financial.bank_account");
    assert.strictEqual(found["Contact.prénom"], "user.name.first");
    assert.strictEqual(found["Contact.téléphone"], "user.contact.phone_number");
    assert.strictEqual(found["Contact.straße"], "user.contact.address.street");
    // A product's name is no one's.
    assert.strictEqual(found["Produkt.navn"], undefined);
    // (Nor is a kind's: Dutch `kind`, a child, is in code a type, `FieldKind { name, label }`.)
    assert.strictEqual(scan("export interface FieldKind { name: string; label: string; icon: string }")["FieldKind.name"], undefined);
  });

  it("an access token's claims are about its subject", () => {
    const found = scan(
      "export interface AccessTokenClaims { iss?: string; aud?: string; preferred_username?: string; name?: string }\n" +
        "export interface AccessToken { token: string; name: string }",
    );
    assert.strictEqual(found["AccessTokenClaims.preferred_username"], "user.account.username");
    assert.strictEqual(found["AccessTokenClaims.name"], "user.name");
    assert.strictEqual(found["AccessToken.name"], undefined);
  });

  it("a German court party's address parts and name prefix (`ort`, `postfachnummer`, `namensvorsatz`)", () => {
    const found = scan(
      "export const AnschriftRequestSchema = z.object({ strasse: z.string(), plz: z.string(), ort: z.string(), postfachnummer: z.string().optional() });\n" +
        "export interface Beteiligter { vorname: string; namensvorsatz?: string; anschriften: Anschrift[] }\n" +
        "export interface Veranstaltung { titel: string; ort: string }",
    );
    assert.strictEqual(found["AnschriftRequestSchema.ort"], "user.contact.address.city");
    assert.strictEqual(found["AnschriftRequestSchema.postfachnummer"], "user.contact.address");
    assert.strictEqual(found["Beteiligter.namensvorsatz"], "user.name");
    assert.strictEqual(found["Beteiligter.anschriften"], "user.contact.address");
    // An event's place is the event's.
    assert.strictEqual(found["Veranstaltung.ort"], undefined);
  });

  it("those who interview and hire, and therapists, are people whose names a record holds", () => {
    const found = scan(
      "export interface Row { interviewer_name: string; recruiter_name: string; psychologistName: string; panelistName: string }\n" +
        "export interface TreeNode { parent_name: string; parentName: string }",
    );
    for (const field of ["interviewer_name", "recruiter_name", "psychologistName", "panelistName"]) assert.strictEqual(found[`Row.${field}`], "user.name", field);
    // (Not a parent: a tree node's parent is another node far more often than a child's parent.)
    assert.strictEqual(found["TreeNode.parent_name"], undefined);
    assert.strictEqual(found["TreeNode.parentName"], undefined);
  });

  it("a component's property set to an enum by its name lists the choices; it holds no one's data", () => {
    const found = scan(
      'import { Gender } from "./gender";\n' +
        "export class MembersComponent { genders = Gender; gender = Gender; inProgressMailingAddress = EmptyAddress as AddressIF }",
    );
    assert.strictEqual(found["MembersComponent.genders"], undefined);
    assert.strictEqual(found["MembersComponent.gender"], undefined);
    // (A value cast to a record's type starts a person's record.)
    assert.strictEqual(found["MembersComponent.inProgressMailingAddress"], "user.contact.address");
  });

  it("names written `surName`, `usual_name`, `prenomNom`, and a sick note's diagnoses in Norwegian", () => {
    const found = scan(
      "export interface Member { surName: string; usual_name: string; prenomNom: string }\n" +
        "export interface SykmeldingDraft { hoveddiagnose: Diagnose; bidiagnoser: Diagnose[]; svangerskapsrelatert: boolean; medisinskOppsummering: string }",
    );
    assert.strictEqual(found["Member.surName"], "user.name.last");
    assert.strictEqual(found["Member.usual_name"], "user.name");
    assert.strictEqual(found["Member.prenomNom"], "user.name");
    for (const field of ["hoveddiagnose", "bidiagnoser", "svangerskapsrelatert", "medisinskOppsummering"]) {
      assert.strictEqual(found[`SykmeldingDraft.${field}`], "user.health_and_medical", field);
    }
  });

  it("a piece of software described for search engines is a product, not a job application; French examiners are people", () => {
    const found = scan(
      "export interface SoftwareApplicationJsonLd { name: string; url: string; operatingSystem: string }\n" +
        "export interface JobApplication { name: string; email: string }\n" +
        "export interface CarcasseDetail { examinateurName: string }",
    );
    assert.strictEqual(found["SoftwareApplicationJsonLd.name"], undefined);
    assert.strictEqual(found["SoftwareApplicationJsonLd.operatingSystem"], undefined);
    assert.strictEqual(found["JobApplication.name"], "user.name");
    assert.strictEqual(found["CarcasseDetail.examinateurName"], "user.name");
  });

  it("a saved card named for the card: its brand, last digits and expiry month and year", () => {
    const found = scan(
      "export interface CreditCardAttr { type: string; attributes: { cc_type: string; last_digits: string; month: number; year: number } }\n" +
        "export interface Report { month: number; year: number; total: number }\n" +
        "export interface CardProps { title: string; year: number }",
    );
    assert.strictEqual(found["CreditCardAttr.attributes.cc_type"], "user.financial.credit_card");
    assert.strictEqual(found["CreditCardAttr.attributes.last_digits"], "user.financial.credit_card");
    assert.strictEqual(found["CreditCardAttr.attributes.month"], "user.financial.credit_card");
    assert.strictEqual(found["CreditCardAttr.attributes.year"], "user.financial.credit_card");
    // A report's month and a UI card's year are no card's expiry.
    assert.strictEqual(found["Report.month"], undefined);
    assert.strictEqual(found["CardProps.year"], undefined);
  });

  it("a shop's stock location is a place; a dental patient's teeth are health data", () => {
    const found = scan(
      "export interface StockLocation { name: string; address1: string; city: string; zipcode: string }\n" +
        "export interface Appointment { involvedTeeth: number[]; notes: string }",
    );
    assert.strictEqual(found["StockLocation.address1"], undefined);
    assert.strictEqual(found["Appointment.involvedTeeth"], "user.health_and_medical");
  });

  it("a Norwegian citizen's national id (`fnr`, `personIdent`), civil status and means", () => {
    const found = scan("export interface Bruker { fnr: string; personIdent: string; sivilstatus: string; formue: number; erNorskStatsborger: boolean }");
    assert.strictEqual(found["Bruker.fnr"], "user.government_id.national_identification_number");
    assert.strictEqual(found["Bruker.personIdent"], "user.government_id.national_identification_number");
    assert.strictEqual(found["Bruker.sivilstatus"], "user.demographic.marital_status");
    assert.strictEqual(found["Bruker.formue"], "user.financial");
  });

  it("a schema built in a component's attribute (Formik's `validationSchema={Yup.object().shape({...})}`)", () => {
    const found = scan(
      'import * as Yup from "yup";\n' +
        "export const Profil = () => <Formik validationSchema={Yup.object().shape({ email: Yup.string().email(), telephone: Yup.string() })} />;\n" +
        "export const Card = () => <div title={user.email}>{user.phone}</div>;",
      "/src/profil.tsx",
    );
    assert.strictEqual(found["Profil.email"], "user.contact.email");
    assert.strictEqual(found["Profil.telephone"], "user.contact.phone_number");
    // Markup that reads data declares none.
    assert.strictEqual(Object.keys(found).some((k) => k.startsWith("Card")), false);
  });

  it("an order's message naming its customer beside the store's name: the addresses are the customer's", () => {
    const found = scan(
      "interface OrderConfirmationEmailProps { orderNumber: string; customerName: string; storeName?: string; shippingAddress?: string }\n" +
        "interface Store { storeName: string; address: string; phone: string }",
    );
    assert.strictEqual(found["OrderConfirmationEmailProps.shippingAddress"], "user.contact.address");
    assert.strictEqual(found["Store.address"], undefined);
  });

  it("a staff member's permission over health records is no one's health; a person's own ability to manage it is", () => {
    const found = scan("export interface Member { canEditTreatments: boolean; canViewPrescriptions: boolean; canManageMedication: boolean; isPregnant: boolean }");
    assert.strictEqual(found["Member.canEditTreatments"], undefined);
    assert.strictEqual(found["Member.canViewPrescriptions"], undefined);
    assert.strictEqual(found["Member.canManageMedication"], "user.health_and_medical");
    assert.strictEqual(found["Member.isPregnant"], "user.health_and_medical");
  });

  it("a pet's name and photo are its own, a pet owner is a person; a message's HTML is no address", () => {
    const found = scan(
      "export interface Pet { name: string; photo: string; breed: string }\n" +
        "export interface PetOwner { name: string; email: string }\n" +
        "export interface MailData { htmlEmail: string; to: string }",
    );
    assert.strictEqual(found["Pet.name"], undefined);
    assert.strictEqual(found["Pet.photo"], undefined);
    assert.strictEqual(found["PetOwner.name"], "user.name");
    assert.strictEqual(found["PetOwner.email"], "user.contact.email");
    assert.strictEqual(found["MailData.htmlEmail"], undefined);
  });
});
