/**
 * Patterns from the 175th and later labelling rounds (session 17), written as minimal code: each test of a fix fails on
 * the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { loadRuleSet } from "../src/core/classify/rules";
import { scanSource } from "../src/core/scan/scanner";

const rules = loadRuleSet();

/** owner.field -> category of one file scanned alone. */
function scan(code: string, file = "/src/example.ts"): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of scanSource(file, code, rules).findings) out[`${f.owner}.${f.field}`] = f.category;
  return out;
}

const HEALTH = "user.health_and_medical";

describe("classifier: after round 175", () => {
  it("a patient's medication or lab result: its particulars and its names are health data", () => {
    const found = scan(
      "export interface MedicationTimelineEntry { id: string; brandName: string; genericName: string; quantity: number; form: string; din: string;\n" +
        "  status: string; pharmacyName: string; prescriberName: string; patient: string; modified_date: string }\n" +
        "export interface LabResult { testName: string; value: number; unit: string; verification_status: string; loincCode: string }\n" +
        "export const formSchema = z.object({ medications: z.array(z.object({ id: z.string(), drug: z.string(), quantity: z.number(), frequencyPerDay: z.number() })) });",
    );
    for (const field of ["brandName", "genericName", "quantity", "form", "din"]) assert.strictEqual(found[`MedicationTimelineEntry.${field}`], HEALTH, field);
    assert.strictEqual(found["LabResult.testName"], HEALTH);
    assert.strictEqual(found["LabResult.value"], HEALTH);
    const drug = Object.keys(found).find((k) => k.endsWith(".drug"));
    assert.ok(drug && found[drug] === HEALTH, JSON.stringify(found));
    assert.ok(Object.keys(found).some((k) => k.endsWith(".frequencyPerDay") && found[k] === HEALTH), JSON.stringify(found));
    // Its bookkeeping, units, codes and status, and the people and places it names, are not its particulars.
    for (const key of ["MedicationTimelineEntry.status", "MedicationTimelineEntry.patient", "MedicationTimelineEntry.modified_date", "LabResult.unit", "LabResult.verification_status", "LabResult.loincCode"]) {
      assert.strictEqual(found[key], undefined, key);
    }
    assert.notStrictEqual(found["MedicationTimelineEntry.pharmacyName"], HEALTH);
    assert.notStrictEqual(found["MedicationTimelineEntry.prescriberName"], HEALTH);
  });

  it("a catalogue of medications or a settings record about them holds no patient's particulars", () => {
    const found = scan(
      "export interface MedicationType { name: string; quantity: number; form: string }\n" +
        "export interface MedicationReminderSettings { quantity: number; value: number }",
    );
    assert.deepStrictEqual(found, {});
  });

  it("a record with a company-only registration number is a business's: its address and legal name are not a person's", () => {
    const found = scan("export interface Operator { legal_name: string; cnpj: string; address: string; phone: string }\n" +
      // (A sole trader's record keeps its person: France's SIRET does not make a business.)
      "export interface Mandataire { siret: string; telephone: string; email: string }");
    assert.strictEqual(found["Operator.legal_name"], undefined);
    assert.strictEqual(found["Operator.address"], undefined);
    assert.strictEqual(found["Mandataire.telephone"], "user.contact.phone_number");
  });
});
