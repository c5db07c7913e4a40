/**
 * Patterns from the 268th and later labelling rounds (session 19), written as minimal code: each test of a fix fails on
 * the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan } from "./classify-helpers";

describe("classifier: after round 268", () => {
  it("a tuple's object elements are read like an array's (`aliases: [{ dateOfBirth }]`)", () => {
    const found = scan(
      "export default class PrisonerViewModel {\n  prisonName: string\n  aliases: [\n    { firstName: string; middleNames: string; dateOfBirth: string; gender: string; ethnicity: string },\n  ]\n}\n" +
        "type Listener = (...args: [event: { ip: string }, opts?: { email: string }]) => void;",
    );
    assert.strictEqual(found["PrisonerViewModel.aliases.dateOfBirth"], "user.demographic.date_of_birth");
    assert.strictEqual(found["PrisonerViewModel.aliases.gender"], "user.demographic.gender");
    assert.strictEqual(found["PrisonerViewModel.aliases.ethnicity"], "user.demographic.race_ethnicity");
    assert.strictEqual(found["PrisonerViewModel.aliases.middleNames"], "user.name");
    assert.strictEqual(found["Listener.args.email"], "user.contact.email");
  });

  it("a record named for the pay it holds is an employee's pay, though no person's field is beside it", () => {
    const found = scan(
      "export interface Compensation { employee_id: string; net_pay?: number; gross_pay?: number; taxes?: number }\n" +
        "export interface Salary { net_pay?: number }\n" +
        "export interface Foo { net_pay?: number }\n" +
        "export interface CompanyCompensation { net_pay?: number }\n" +
        "export type UsageCheck = { checkUsageBalance: () => { availableBalance: number } };",
    );
    assert.strictEqual(found["Compensation.net_pay"], "user.financial");
    assert.strictEqual(found["Compensation.gross_pay"], "user.financial");
    assert.strictEqual(found["Salary.net_pay"], "user.financial");
    // Nothing names whose: still unreported. A company's pay is the company's. A meter's balance is not pay.
    assert.strictEqual(found["Foo.net_pay"], undefined);
    assert.strictEqual(found["CompanyCompensation.net_pay"], undefined);
    assert.strictEqual(found["UsageCheck.checkUsageBalance.availableBalance"], undefined);
  });

  it("an offence's particulars are criminal history, beside the court that heard it", () => {
    const found = scan(
      "export interface ConsecutiveToDetails {\n  countNumber?: string | null\n  offenceCode?: string | null\n  offenceDescription?: string | null\n" +
        "  courtCaseReference?: string | null\n  courtName?: string | null\n  warrantDate?: string | null\n  offenceStartDate?: string | null\n  offenceEndDate?: string | null\n}\n" +
        "export interface Court { courtName: string; postcode: string; phoneNumber: string }\n" +
        "export interface Settings { offenceTypes: string[]; maxUploadSize: number }",
    );
    assert.strictEqual(found["ConsecutiveToDetails.offenceDescription"], "user.criminal_history");
    assert.strictEqual(found["ConsecutiveToDetails.offenceStartDate"], "user.criminal_history");
    assert.strictEqual(found["ConsecutiveToDetails.offenceEndDate"], "user.criminal_history");
    // A court's own record stays the court's; a setting's list of offence types is configuration.
    assert.strictEqual(found["Court.phoneNumber"], undefined);
    assert.strictEqual(found["Court.postcode"], undefined);
    assert.strictEqual(found["Settings.offenceTypes"], undefined);
  });

  it("a list of a UI's choice items is the options offered, not a person's data", () => {
    const found = scan(
      "import type { SelectItem } from './ui'\n" +
        "export class OffenceHistoryData { offenceCodes: Array<SelectItem>; nationalities: SelectItem[]; emailAddresses: RadioItem[]; emails: string[]; gender: string }",
    );
    assert.strictEqual(found["OffenceHistoryData.offenceCodes"], undefined);
    assert.strictEqual(found["OffenceHistoryData.nationalities"], undefined);
    assert.strictEqual(found["OffenceHistoryData.emailAddresses"], undefined);
    assert.strictEqual(found["OffenceHistoryData.emails"], "user.contact.email");
    assert.strictEqual(found["OffenceHistoryData.gender"], "user.demographic.gender");
  });

  it("an element the view holds (Angular's viewChild, React's useRef of an input) is a UI node", () => {
    const found = scan(
      "export default class Register { login = viewChild.required<ElementRef>('login'); username = viewChild<ElementRef>('u');\n" +
        "  @ViewChild('email') emailInput2: ElementRef; phone = useRef<HTMLInputElement>(null); email: string; }",
    );
    assert.strictEqual(found["Register.login"], undefined);
    assert.strictEqual(found["Register.username"], undefined);
    assert.strictEqual(found["Register.emailInput2"], undefined);
    assert.strictEqual(found["Register.phone"], undefined);
    assert.strictEqual(found["Register.email"], "user.contact.email");
  });

  it("a class property set to a named constant holds the app's own list or address", () => {
    const found = scan(
      "import { LANGUAGES, SUPPORT_EMAIL } from './constants'\n" +
        "export class UserManagementUpdate { languages = LANGUAGES; supportEmail = SUPPORT_EMAIL; email = ''; language = this.user.langKey }",
    );
    assert.strictEqual(found["UserManagementUpdate.languages"], undefined);
    assert.strictEqual(found["UserManagementUpdate.supportEmail"], undefined);
    assert.strictEqual(found["UserManagementUpdate.email"], "user.contact.email");
  });
});
