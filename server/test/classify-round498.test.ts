/**
 * Patterns from the 498th and later labelling rounds (session 23), and from the incoming set's remaining mistakes,
 * written as minimal code: each test of a fix fails on the code before it; the guards beside them say what the fix must
 * not take.
 */
import * as assert from "assert";
import { scanFields as scan, scanProjectFields } from "./classify-helpers";

describe("classifier: after round 498", () => {
  it("an office's or a business's address record (`OfficeAddressIF.mailingAddress`) holds the business's addresses", () => {
    const found = scan(
      "export interface OfficeAddressIF { mailingAddress: AddressIF; deliveryAddress?: AddressIF }\n" +
        "export interface BusinessAddressIF { mailingAddress: AddressIF }\n" +
        "export interface AddressIF { streetAddress: string; addressCity: string }\n" +
        "export interface UpdateAddressDto { address: string }\n" +
        "export interface PersonAddress { mailingAddress: string }",
    );
    assert.strictEqual(found["OfficeAddressIF.mailingAddress"], undefined);
    assert.strictEqual(found["OfficeAddressIF.deliveryAddress"], undefined);
    assert.strictEqual(found["BusinessAddressIF.mailingAddress"], undefined);
    // An address record of nobody in particular, a request to change one, a person's: still addresses.
    assert.strictEqual(found["AddressIF.streetAddress"], "user.contact.address.street");
    assert.strictEqual(found["UpdateAddressDto.address"], "user.contact.address");
    assert.strictEqual(found["PersonAddress.mailingAddress"], "user.contact.address");
  });

  it("a person's name held as a type the project does not declare (`name: MyInfoName`) is the name; an icon's is not", async () => {
    const found = await scanProjectFields({
      "src/types.ts":
        'import { MyInfoName } from "./name";\nimport { IconName } from "./icons";\n' +
        "export interface IPersonFull { name: MyInfoName; dob: string }\n" +
        "export interface IconProps { name: IconName; size: number }",
    });
    assert.strictEqual(found["IPersonFull.name"], "user.name");
    assert.strictEqual(found["IconProps.name"], undefined);
  });

  it("an SDK's member named as its resource's class in the plural (`CreditCards: CreditCards`) is a client, not cards", async () => {
    const found = await scanProjectFields({
      "src/sdk.ts":
        'import { CreditCards, ValidatedAddresses } from "./api";\n' +
        "export interface HeadStartSDK { CreditCards: CreditCards; ValidatedAddresses: ValidatedAddresses }\n" +
        "export interface Wallet { cards: CreditCards }",
    });
    assert.strictEqual(found["HeadStartSDK.CreditCards"], undefined);
    assert.strictEqual(found["HeadStartSDK.ValidatedAddresses"], undefined);
    // A field of its own name is still what its type says.
    assert.strictEqual(found["Wallet.cards"], "user.financial.credit_card");
  });

  it("a service named for a tracked act (`SignInService`) is code: its `url` is an endpoint, its phone still a phone", () => {
    const found = scan(
      "export class SignInService { private url = ''; private phoneNumber = ''; }\n" +
        "export class TelemetryService { extractGlobalContext(): { page?: string; referrer?: string } { return {}; } }",
    );
    assert.strictEqual(found["SignInService.url"], undefined);
    assert.strictEqual(found["SignInService.phoneNumber"], "user.contact.phone_number");
  });

  it("names as code writes them: a personnummer in English, a network's handle, a phone's place after it, a coded gender", () => {
    const found = scan(
      "export interface User { personalNumber: string; githubName: string; twitterName: string; phoneWork: string; phoneAreaCode: string; GenderId: number }\n" +
        "export interface Company { phoneWork: string }",
    );
    assert.strictEqual(found["User.personalNumber"], "user.government_id.national_identification_number");
    assert.strictEqual(found["User.githubName"], "user.account.username");
    assert.strictEqual(found["User.twitterName"], "user.account.username");
    assert.strictEqual(found["User.phoneWork"], "user.contact.phone_number");
    assert.strictEqual(found["User.phoneAreaCode"], "user.contact.phone_number");
    assert.strictEqual(found["User.GenderId"], "user.demographic.gender");
    // A company's number is the company's.
    assert.strictEqual(found["Company.phoneWork"], undefined);
  });

  it("an identity card held whole, an age tier; not a unit of measure's name, nor a bonus in points", () => {
    const found = scan(
      "export interface Customer { identificationCard: IdentificationCard; identityCardData: IdentityCardRow[]; hasIdCard: boolean }\n" +
        "export interface AttendeeGuest { name: string; ageTier: AgeTier }\n" +
        "export interface StockItem { drugName: string; purchasePriceUoMName: string; mName: string }\n" +
        "export interface Member { firstName: string; staffPointBonus: number; bonus: number }",
    );
    assert.strictEqual(found["Customer.identificationCard"], "user.government_id");
    assert.strictEqual(found["Customer.identityCardData"], "user.government_id");
    assert.strictEqual(found["Customer.hasIdCard"], undefined);
    assert.strictEqual(found["AttendeeGuest.ageTier"], "user.demographic.age_range");
    assert.strictEqual(found["StockItem.purchasePriceUoMName"], undefined);
    assert.strictEqual(found["StockItem.mName"], "user.name");
    assert.strictEqual(found["Member.staffPointBonus"], undefined);
    assert.strictEqual(found["Member.bonus"], "user.financial");
  });

  it("labour as a partograph records it is health; one gender's code in a list (`maleGenderId`) is no one's gender", () => {
    const found = scan(
      "export interface PartographComponents { cervicalDilation: number; fetalHeartRate: number; gestationalAge: number }\n" +
        "export class FamilyMemberEntryComponent { get maleGenderId(): number { return 1; } }\n" +
        "export interface Applicant { firstName: string; otherGender: string }",
    );
    assert.strictEqual(found["PartographComponents.cervicalDilation"], "user.health_and_medical");
    assert.strictEqual(found["PartographComponents.fetalHeartRate"], "user.health_and_medical");
    assert.strictEqual(found["PartographComponents.gestationalAge"], "user.health_and_medical");
    assert.strictEqual(found["FamilyMemberEntryComponent.maleGenderId"], undefined);
    // A gender the person writes in is still theirs.
    assert.strictEqual(found["Applicant.otherGender"], "user.demographic.gender");
  });

  it("a screen named by interface words only (`DownloadUinComponent`) says nothing of whose data it holds", () => {
    const found = scan(
      "export class DownloadUinComponent { phoneNumber: any; isLoading = false; submit(): void {} }\n" +
        "export class CompanyFormComponent { phoneNumber: any; submit(): void {} }",
    );
    assert.strictEqual(found["DownloadUinComponent.phoneNumber"], "user.contact.phone_number");
    // A company's form is still the company's.
    assert.strictEqual(found["CompanyFormComponent.phoneNumber"], undefined);
  });

  it("a plate's record (`LicencePlate { licencePlateNumber, licencePlateExpiryDate }`) is the plate; a patient's conditions are health", () => {
    const found = scan(
      "export interface LicencePlate { licencePlateCountry: string; licencePlateNumber: string; licencePlateExpiryDate: number; hasOwnerRecord?: boolean }\n" +
        "export interface Move { id: string; _vehicleRegistration?: string }\n" +
        "export interface EHRPatient { name: string; conditions?: string[] }\n" +
        "export interface Trigger { conditions: string[] }",
    );
    assert.strictEqual(found["LicencePlate.licencePlateNumber"], "user.government_id.vehicle_registration");
    assert.strictEqual(found["LicencePlate.licencePlateCountry"], "user.government_id.vehicle_registration");
    assert.strictEqual(found["LicencePlate.licencePlateExpiryDate"], "user.government_id.vehicle_registration");
    assert.strictEqual(found["LicencePlate.hasOwnerRecord"], undefined);
    // A plate beside nothing of a person's (a prisoner escort's vehicle on a move) waits for its record to say whose.
    assert.strictEqual(found["Move._vehicleRegistration"], undefined);
    assert.strictEqual(found["EHRPatient.conditions"], "user.health_and_medical");
    assert.strictEqual(found["Trigger.conditions"], undefined);
  });

  it("a parking offence is a council's civil penalty, not a criminal record", () => {
    const found = scan(
      "export interface UpdateParkingOffencesByBylawNumberForm { bylawNumber: string; offenceAmount: string }\n" +
        "export interface Counts { parkingOffences: number }\n" +
        "export interface Person { name: string; offences: string[] }",
    );
    assert.strictEqual(found["UpdateParkingOffencesByBylawNumberForm.offenceAmount"], undefined);
    assert.strictEqual(found["Counts.parkingOffences"], undefined);
    assert.strictEqual(found["Person.offences"], "user.criminal_history");
  });

  it("a place's or a site footer's contact details are its own line and mailbox, not a person's", () => {
    const found = scan(
      "export interface RegistrationCentre { name: string; addressLine1: string; contactPhone: string; contactPerson: string }\n" +
        "export class FooterComponent { email: string; phone: string }\n" +
        "export interface Member { name: string; contactPhone: string }",
    );
    assert.strictEqual(found["RegistrationCentre.contactPhone"], undefined);
    assert.strictEqual(found["FooterComponent.email"], undefined);
    assert.strictEqual(found["FooterComponent.phone"], undefined);
    // A person's contact number is still theirs.
    assert.strictEqual(found["Member.contactPhone"], "user.contact.phone_number");
  });
});
