/**
 * Patterns from the 753rd and later labelling rounds (session 34), written as minimal code: each test of a fix fails on
 * the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan } from "./classify-helpers";

describe("classifier: after round 753", () => {
  it("a clinician's note's sections are a patient's health: its content, SOAP parts, review of systems, procedure", () => {
    const found = scan(
      "export interface INote { email: string; noteType: 'physician' | 'procedure'; draft: boolean }\n" +
        "export interface IPhysicianNote extends INote { content: { hpi: string; rosCardiovascular: string; rosPsychiatric: string; diagnosis: string } }\n" +
        "export interface IProcedureNote extends INote { content: { procedureName: string; notes: string; plan: string } }\n" +
        "export interface ISubjectiveNote extends INote { content: { subjective: string; objective: string; assessment: string } }\n" +
        "export interface PathologyReport { clinicalHistory: string; estimatedBloodLoss: number }\n" +
        "// A project's plan, a course's assessment, a post's content: no one's health.\n" +
        "export interface ProjectNote { content: string; plan: string }\n" +
        "export interface Course { assessment: string; objective: string }",
    );
    assert.strictEqual(found["IPhysicianNote.content.hpi"], "user.health_and_medical");
    assert.strictEqual(found["IPhysicianNote.content.rosCardiovascular"], "user.health_and_medical");
    assert.strictEqual(found["IProcedureNote.content.procedureName"], "user.health_and_medical");
    assert.strictEqual(found["IProcedureNote.content.plan"], "user.health_and_medical");
    assert.strictEqual(found["ISubjectiveNote.content.subjective"], "user.health_and_medical");
    assert.strictEqual(found["ISubjectiveNote.content.assessment"], "user.health_and_medical");
    assert.strictEqual(found["PathologyReport.clinicalHistory"], "user.health_and_medical");
    assert.strictEqual(found["PathologyReport.estimatedBloodLoss"], "user.health_and_medical");
    assert.strictEqual(found["ProjectNote.content"], undefined);
    assert.strictEqual(found["ProjectNote.plan"], undefined);
    assert.strictEqual(found["Course.assessment"], undefined);
    assert.strictEqual(found["Course.objective"], undefined);
  });

  it("lab values by their own names, and a diagnosis's category written short, are health", () => {
    const found = scan(
      "export interface IVisit { visitDate: Date; platelets: number; typeAndScreen: string; urinalysis: string }\n" +
        "export interface IPatient { diagnosis?: string; diagnosisCat?: string }",
    );
    assert.strictEqual(found["IVisit.platelets"], "user.health_and_medical");
    assert.strictEqual(found["IVisit.typeAndScreen"], "user.health_and_medical");
    assert.strictEqual(found["IPatient.diagnosisCat"], "user.health_and_medical");
  });

  it("a flag that a screen is busy or that a note exists is no one's health; a condition as a flag still is", () => {
    const found = scan(
      "export interface PatientContext { loadingMedications: boolean; isEditingDiagnosis: boolean; hasMedicalNotes: boolean;\n" +
        "  hasAllergies: boolean; hasDisability: boolean; medications: string[] }",
    );
    assert.strictEqual(found["PatientContext.loadingMedications"], undefined);
    assert.strictEqual(found["PatientContext.isEditingDiagnosis"], undefined);
    assert.strictEqual(found["PatientContext.hasMedicalNotes"], undefined);
    assert.strictEqual(found["PatientContext.hasAllergies"], "user.health_and_medical");
    assert.strictEqual(found["PatientContext.hasDisability"], "user.health_and_medical");
  });

  it("who decided, finalised or scheduled something is a person, written as `<act>_by_name` or as an object", () => {
    const found = scan(
      "export interface LeaveDecision { id: string; status: string; decided_by_name: string | null; finalized_by_name: string }\n" +
        "export interface InterviewUpdate { type: string; scheduledBy?: { id: string; name: string } }\n" +
        "// What a list is sorted by names a field, not a person.\n" +
        "export interface ListQuery { sortedBy?: { name: string; direction: string } }",
    );
    assert.strictEqual(found["LeaveDecision.decided_by_name"], "user.name");
    assert.strictEqual(found["LeaveDecision.finalized_by_name"], "user.name");
    assert.strictEqual(found["InterviewUpdate.scheduledBy.name"], "user.name");
    assert.strictEqual(found["ListQuery.sortedBy.name"], undefined);
  });

  it("base and overtime pay are a person's pay; a person's age on a day that matters is their age", () => {
    const found = scan(
      "export interface EmployeeSalary { employeeId: string; basePay: number; otPay: number; effectiveFrom: string }\n" +
        "export interface MemberEntry { member_name: string; age_on_day: number }\n" +
        "export interface RegisteredPerson { first_name: string; last_name: string; ageOnEvent: number }\n" +
        "// A page's age on a CDN is no one's.\n" +
        "export interface CacheEntry { url: string; ageOnEdge: number }",
    );
    assert.strictEqual(found["EmployeeSalary.basePay"], "user.financial");
    assert.strictEqual(found["EmployeeSalary.otPay"], "user.financial");
    assert.strictEqual(found["MemberEntry.age_on_day"], "user.demographic.age_range");
    assert.strictEqual(found["RegisteredPerson.ageOnEvent"], "user.demographic.age_range");
    assert.strictEqual(found["CacheEntry.ageOnEdge"], undefined);
  });

  it("a state hook's value is named by its first bound name: a profile's fields are a person's, a form's errors are not", () => {
    const found = scan(
      "export function Profile() {\n" +
        "  const [profile, setProfile] = useState<{ email?: string; phone?: string; zip?: string }>({});\n" +
        "  const [formErrors, setFormErrors] = useState<{ email?: string; phone?: string; zip?: string }>({});\n" +
        "  return null;\n}",
      "/src/Profile.tsx",
    );
    assert.strictEqual(found["profile.email"], "user.contact.email");
    assert.strictEqual(found["profile.zip"], "user.contact.address.postal_code");
    assert.strictEqual(found["formErrors.phone"], undefined);
    assert.strictEqual(found["formErrors.zip"], undefined);
  });

  it("a face's embedding and landmarks are biometric; a text search's embedding is not", () => {
    const found = scan(
      "export interface FaceBufferDetectionResult { confidence: number; embedding: Float32Array; landmarks: Array<{ x: number; y: number }> }\n" +
        "export interface SearchDocument { text: string; embedding: number[] }\n" +
        "export interface MapPoint { landmarks: string[] }",
    );
    assert.strictEqual(found["FaceBufferDetectionResult.embedding"], "user.biometric");
    assert.strictEqual(found["FaceBufferDetectionResult.landmarks"], "user.biometric");
    assert.strictEqual(found["SearchDocument.embedding"], undefined);
    assert.strictEqual(found["MapPoint.landmarks"], undefined);
  });

  it("what a patient takes, as FHIR's MedicationStatement holds it, is health data; its status is bookkeeping", () => {
    const found = scan(
      "export class MedicationStatementModel {\n" +
        "  get lastFillDate(): string | undefined { return undefined; }\n" +
        "  get quantity(): string | undefined { return undefined; }\n" +
        "  get refills(): string | undefined { return undefined; }\n" +
        "  get status(): string { return ''; }\n}",
    );
    assert.strictEqual(found["MedicationStatementModel.lastFillDate"], "user.health_and_medical");
    assert.strictEqual(found["MedicationStatementModel.refills"], "user.health_and_medical");
    assert.strictEqual(found["MedicationStatementModel.status"], undefined);
  });

  it("a visitor named as one has signed in somewhere: their name is a person's, though visitors are tracked elsewhere", () => {
    const found = scan(
      "export interface ActiveVisitors { id: string; visitor_name: string; company: string | null }\n" +
        "export interface PageVisit { id: string; browser: string; hostName: string; referrer: string }\n" +
        "export interface Driver { firstName: string; driverLicenseId: string }\n" +
        "export interface ReportRow { reporteeName: string; status: string }\n" +
        "export interface Student { firstName: string; dietary: string[] }",
    );
    assert.strictEqual(found["ActiveVisitors.visitor_name"], "user.name");
    assert.strictEqual(found["PageVisit.hostName"], undefined);
    assert.strictEqual(found["Driver.driverLicenseId"], "user.government_id.drivers_license_number");
    assert.strictEqual(found["ReportRow.reporteeName"], "user.name");
    assert.strictEqual(found["Student.dietary"], "user.health_and_medical");
  });

  it("a picker's one option for a person is that person; options, plural, configure something", () => {
    const found = scan(
      "type EmployeeOption = { id: number; full_name: string; employee_code: string }\n" +
        "export interface UserMemberOption { id: string; name: string }\n" +
        "export interface EventOption { id: number; name: string }\n" +
        "export interface UserOptions { name: string; cookieName: string }",
    );
    assert.strictEqual(found["EmployeeOption.full_name"], "user.name");
    assert.strictEqual(found["UserMemberOption.name"], "user.name");
    assert.strictEqual(found["EventOption.name"], undefined);
    assert.strictEqual(found["UserOptions.name"], undefined);
  });

  it("whoever coordinates a person's services is a person; a newborn's measures and prematurity are health", () => {
    const found = scan(
      "export interface Student { firstName: string; serviceCoordinatorName: string; careCoordinatorName: string }\n" +
        "export interface Child { name: string; birth_weight_g: number; birth_length_cm: number; is_preterm: boolean }\n" +
        "export interface Checkup { date: string; head_circumference_cm: number }\n" +
        "export interface Parcel { weight_g: number; length_mm: number }",
    );
    assert.strictEqual(found["Student.serviceCoordinatorName"], "user.name");
    assert.strictEqual(found["Student.careCoordinatorName"], "user.name");
    assert.strictEqual(found["Child.birth_weight_g"], "user.health_and_medical");
    assert.strictEqual(found["Child.is_preterm"], "user.health_and_medical");
    assert.strictEqual(found["Checkup.head_circumference_cm"], "user.health_and_medical");
    assert.strictEqual(found["Parcel.weight_g"], undefined);
    assert.strictEqual(found["Parcel.length_mm"], undefined);
  });

  it("a preferred name written short and an adjudicator's name are a person's; a setting's `prefName` is not", () => {
    const found = scan(
      "export interface Admin { firstName: string; prefName: string; email: string }\n" +
        "export interface Claim { id: string; adjudicatorName: string; status: string }\n" +
        "export interface Settings { prefName: string; theme: string }",
    );
    assert.strictEqual(found["Admin.prefName"], "user.name");
    assert.strictEqual(found["Claim.adjudicatorName"], "user.name");
    assert.strictEqual(found["Settings.prefName"], undefined);
  });

  it("an agency's billing address and phone are its own; a person's beside an agency's name stays theirs", () => {
    const found = scan(
      "export interface Agency { name: string; billingAddress: string; billingZipcode: string; phoneNumber: string }\n" +
        "export interface Customer { firstName: string; lastName: string; agencyName: string; phoneNumber: string }",
    );
    assert.strictEqual(found["Agency.billingAddress"], undefined);
    assert.strictEqual(found["Agency.phoneNumber"], undefined);
    assert.strictEqual(found["Customer.phoneNumber"], "user.contact.phone_number");
  });
});
