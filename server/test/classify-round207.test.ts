/**
 * Patterns from the 207th and later labelling rounds (session 18), written as minimal code: each test of a fix fails on
 * the code before it; the guards beside them say what the fix must not take.
 */
import * as assert from "assert";
import { scanFields as scan, scanProjectFields as scanProject } from "./classify-helpers";

describe("classifier: after round 207", () => {
  it("a page header's signed-in person is a person's name; a table's column headers are labels", () => {
    const found = scan(
      "export class HeaderComponent { public fullName: string; public isMobile: boolean; }\n" +
        "export interface HomeHeaderProps { name: string; dateOfBirth: string }\n" +
        "export interface ColumnHeaderLabels { fullName: string; email: string }",
    );
    assert.strictEqual(found["HeaderComponent.fullName"], "user.name");
    assert.strictEqual(found["HomeHeaderProps.dateOfBirth"], "user.demographic.date_of_birth");
    assert.strictEqual(found["ColumnHeaderLabels.fullName"], undefined);
    assert.strictEqual(found["ColumnHeaderLabels.email"], undefined);
  });

  it("whether to show or hide a value is a setting, not the value", () => {
    const found = scan("export type PublicProfile = { showLogin?: string; hideEmail?: string; login: string; email: string }");
    assert.strictEqual(found["PublicProfile.showLogin"], undefined);
    assert.strictEqual(found["PublicProfile.hideEmail"], undefined);
    assert.strictEqual(found["PublicProfile.email"], "user.contact.email");
  });

  it("the name a member chose to show is their name; a thing's custom name is not", () => {
    const found = scan(
      "export type User = { id: string; email: string; name: string; customName: string | null; customAvatar: string | null };\n" +
        "export type DatabaseView = { id: string; customName: string; fields: string[] };",
    );
    assert.strictEqual(found["User.customName"], "user.name");
    assert.strictEqual(found["DatabaseView.customName"], undefined);
  });

  it("a push token's platform is the device's", async () => {
    const found = await scanProject({
      "prisma/schema.prisma":
        "model PushToken {\n  id String @id\n  did String\n  platform String\n  token String\n  disabled Boolean @default(false)\n}\n" +
        "model Release {\n  id String @id\n  platform String\n  version String\n}\n",
    });
    assert.strictEqual(found["PushToken.platform"], "user.device");
    assert.strictEqual(found["Release.platform"], undefined);
  });

  it("the rows a tagged-template query returns are read as a call's type arguments", () => {
    const found = scan(
      "export const blocked = async (userId: number) =>\n" +
        "  await db.$queryRaw<{ id: number; username: string | null }[]>`SELECT u.username FROM users u WHERE u.id = ${userId}`;",
    );
    assert.ok(Object.entries(found).some(([k, v]) => k.endsWith(".username") && v === "user.account.username"), JSON.stringify(found));
  });

  it("a post's author does not make its title a job or its picture the author's", () => {
    const found = scan(
      "export type LongFormData = { title: string; summary: string; image: string; tags: string[]; published: number; content: string; author: string };\n" +
        "export type Person = { title: string; name: string; image: string };",
    );
    assert.strictEqual(found["LongFormData.author"], "user.name");
    assert.strictEqual(found["LongFormData.title"], undefined);
    assert.strictEqual(found["LongFormData.image"], undefined);
    assert.strictEqual(found["Person.title"], "user.job_title");
    assert.strictEqual(found["Person.image"], "user.content.self_image");
  });

  it("the name of a directory attribute that holds a value is configuration", () => {
    const found = scan("export type LdapSettings = { ldapAttributeUserEmail: string; ldapAttributeUserFirstName: string; ldapUrl: string }");
    assert.deepStrictEqual(found, {});
  });

  it("one viewer's video view is a tracked visit: its place, device and page are the viewer's", () => {
    const found = scan(
      "export interface VideoView { id: string; city: string | null; country_code: string | null; page_url: string | null;\n" +
        "  viewer_device_manufacturer: string | null; viewer_device_model: string | null; rebuffer_percentage: number | null }\n" +
        "export interface Rendition { id: string; city: string; model: string }",
    );
    assert.strictEqual(found["VideoView.city"], "user.location.imprecise");
    assert.strictEqual(found["VideoView.country_code"], "user.location.imprecise");
    assert.strictEqual(found["VideoView.page_url"], "user.behavior.browsing_history");
    assert.strictEqual(found["VideoView.viewer_device_model"], "user.device");
    assert.strictEqual(found["VideoView.rebuffer_percentage"], undefined);
    assert.deepStrictEqual(Object.keys(found).filter((k) => k.startsWith("Rendition.")), []);
  });

  it("a credit report's attributes are the person's financial data", () => {
    const found = scan("export interface EntityAttributes { credit_health_hard_inquiries: number; credit_health_derogatory_marks: number; updated_at: string }");
    assert.strictEqual(found["EntityAttributes.credit_health_hard_inquiries"], "user.financial");
    assert.strictEqual(found["EntityAttributes.credit_health_derogatory_marks"], "user.financial");
    assert.strictEqual(found["EntityAttributes.updated_at"], undefined);
  });

  it("a blocked IP is an instance's rule, a sign-in's IP is the person's", () => {
    const found = scan(
      "export interface CreateIpBlockParams { readonly ip: string; readonly severity: string; readonly comment?: string }\n" +
        "export interface LoginAttempt { ip: string; userAgent: string }",
    );
    assert.strictEqual(found["CreateIpBlockParams.ip"], undefined);
    assert.strictEqual(found["LoginAttempt.ip"], "user.device.ip_address");
  });
});
