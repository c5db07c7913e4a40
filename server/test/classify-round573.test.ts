/**
 * Patterns from the 573rd and later labelling rounds (session 26), written as minimal code: each test of a fix fails
 * on the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan } from "./classify-helpers";

describe("classifier: after round 573", () => {
  it("what a message template is filled with is the recipient's data; a template record's sender is the template's", () => {
    const found = scan(
      "export function groupJoinSettledTemplate(data: { firstName: string; organiserName: string; checkIn: Date }): string { return '' }\n" +
        "interface AuthEmailTemplateParams { newEmail: string; siteUrl: string }\n" +
        "interface DefaultTemplateData { fullname: string }\n" +
        "interface EmailTemplate { name: string; subject: string; sender: { name: string; email: string } }",
    );
    assert.strictEqual(found["groupJoinSettledTemplate.data.organiserName"], "user.name");
    assert.strictEqual(found["AuthEmailTemplateParams.newEmail"], "user.contact.email");
    assert.strictEqual(found["DefaultTemplateData.fullname"], "user.name");
    // A template record (a type, not a function that renders one) keeps its own name and its brand's sender.
    assert.strictEqual(found["EmailTemplate.name"], undefined);
    assert.strictEqual(found["EmailTemplate.sender.name"], undefined);
    assert.strictEqual(found["EmailTemplate.sender.email"], undefined);
  });

  it("Norwegian code's people (a participant, a caseworker) and things (an employer, a job advert); `tlf` is a phone", () => {
    const found = scan(
      "interface MoteDeltaker { navn: string; tlf: string }\n" +
        "interface Saksbehandler { navn: string; ident: string }\n" +
        "interface Arbeidsgiver { navn: string; location: { address: string; postalCode: string } }\n" +
        "interface StillingOpenSearch { title: string; locations: { address: string; city: string }[] }",
    );
    assert.strictEqual(found["MoteDeltaker.navn"], "user.name");
    assert.strictEqual(found["MoteDeltaker.tlf"], "user.contact.phone_number");
    assert.strictEqual(found["Saksbehandler.navn"], "user.name");
    assert.strictEqual(found["Arbeidsgiver.navn"], undefined);
    assert.strictEqual(found["Arbeidsgiver.location.address"], undefined);
    assert.strictEqual(found["StillingOpenSearch.locations.address"], undefined);
  });

  it("a payment's setup (Stripe's and Whop's `SetupIntent`) is no configuration: its card and mailing address are the payer's", () => {
    const found = scan(
      "export interface SetupIntent { id: string; payment_method: SetupIntent.PaymentMethod | null }\n" +
        "export namespace SetupIntent {\n" +
        "  export interface PaymentMethod { id: string; card: PaymentMethod.Card | null; mailing_address: PaymentMethod.MailingAddress | null }\n" +
        "  export namespace PaymentMethod {\n" +
        "    export interface Card { brand: string | null; exp_month: number | null; exp_year: number | null; last4: string | null }\n" +
        "    export interface MailingAddress { city: string | null; line1: string | null; postal_code: string | null }\n" +
        "  }\n" +
        "}\n" +
        "export interface AdminSetupRequest { username: string; password: string }",
    );
    assert.strictEqual(found["SetupIntent.PaymentMethod.MailingAddress.city"], "user.contact.address.city");
    assert.strictEqual(found["SetupIntent.PaymentMethod.Card.last4"], "user.financial.credit_card");
    assert.strictEqual(found["AdminSetupRequest.username"], "user.account.username");
  });

  it("whom an address is for is a name; a card's or an account's nickname is a label; a list of birth dates is birth dates", () => {
    const found = scan(
      "interface OrderShippingAddress { addressee: string; line1: string; city: string; postalCode: string }\n" +
        "interface CardNumberComponent { cardNickname: string; cardNumber: string }\n" +
        "interface FinancialAccount { nickname: string; account_number: string }\n" +
        "interface Member { nickname: string; email: string }\n" +
        "interface DowJonesDetails { birthDates: string[]; gender: string }",
    );
    assert.strictEqual(found["OrderShippingAddress.addressee"], "user.name");
    assert.strictEqual(found["CardNumberComponent.cardNickname"], undefined);
    assert.strictEqual(found["FinancialAccount.nickname"], undefined);
    assert.strictEqual(found["Member.nickname"], "user.name");
    assert.strictEqual(found["DowJonesDetails.birthDates"], "user.demographic.date_of_birth");
  });

  it("what a clinical record holds under a plain name (a lab value, a vital sign's notes) is health data; elsewhere it is not", () => {
    const found = scan(
      "export interface ObservationComponent { code: string; value: string; interpretation: string }\n" +
        "interface PatientVitalsContainerProps { notes: string; onSave: () => void }\n" +
        "interface SymptomEntry { value: number; recordedAt: string }\n" +
        "interface FeatureSetting { key: string; value: string; notes: string }\n" +
        "interface SurveyAnswer { questionId: string; value: string; comment: string }\n" +
        "const PatientChiefComplaintSchema = z.object({ language_code: z.string(), note: z.string() });",
    );
    assert.strictEqual(found["ObservationComponent.value"], "user.health_and_medical");
    assert.strictEqual(found["ObservationComponent.interpretation"], "user.health_and_medical");
    assert.strictEqual(found["PatientVitalsContainerProps.notes"], "user.health_and_medical");
    assert.strictEqual(found["SymptomEntry.value"], "user.health_and_medical");
    assert.strictEqual(found["FeatureSetting.value"], undefined);
    assert.strictEqual(found["SurveyAnswer.value"], undefined);
    // (A record named for a health topic still makes its free text health data, as before the rule.)
    assert.strictEqual(found["PatientChiefComplaintSchema.note"], "user.health_and_medical");
  });

  it("a widget's or a key's position is no one's location; a validation message's key is no email", () => {
    const found = scan(
      "class UserTypingComponent { typingLocation: string; nameUserTypingNow: string }\n" +
        "class CopilotSuggestionsComponent { arrowkeyLocation = 0 }\n" +
        "class LoginComponent { emailMustBeAValidEmail: string; email: string }\n" +
        "interface Visitor { location: string; email: string }",
    );
    assert.strictEqual(found["UserTypingComponent.typingLocation"], undefined);
    assert.strictEqual(found["CopilotSuggestionsComponent.arrowkeyLocation"], undefined);
    assert.strictEqual(found["LoginComponent.emailMustBeAValidEmail"], undefined);
    assert.strictEqual(found["Visitor.location"], "user.location.imprecise");
  });

  it("a map's view of an area (a geocoder's viewport, a map's bounds) is what is on screen, no one's location", () => {
    const found = scan(
      "interface GeocodeGeometry { viewport: { northeast: { lat: number; lng: number }; southwest: { lat: number; lng: number } } }\n" +
        "interface FitBoundsProps { bounds: { lat: number; lng: number }[] }\n" +
        "interface CheckIn { userId: string; lat: number; lng: number; ip: string }",
    );
    assert.strictEqual(found["GeocodeGeometry.viewport.northeast.lat"], undefined);
    assert.strictEqual(found["FitBoundsProps.bounds.lat"], undefined);
    assert.strictEqual(found["CheckIn.lat"], "user.location.precise");
  });
});
