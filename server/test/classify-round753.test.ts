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
});
