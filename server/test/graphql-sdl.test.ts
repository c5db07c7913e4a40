/**
 * GraphQL type definitions in templates: the reader (graphql-sdl.ts) and the fields the scanner reports from them.
 */
import * as assert from "assert";
import fc from "fast-check";
import { mayHoldSdl, readSdl } from "../src/core/scan/graphql-sdl";
import { planParse } from "../src/core/scan/inert-bodies";
import { loadRuleSet } from "../src/core/classify/rules";
import { scanSource } from "../src/core/scan/scanner";

const rules = loadRuleSet();

function scan(code: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of scanSource("/src/schema.ts", code, rules).findings) out[`${f.owner}.${f.field}`] = f.category;
  return out;
}

describe("GraphQL type definitions", () => {
  it("reads types, inputs and interfaces with their fields, lists, arguments and offsets", () => {
    const text = [
      '"""A customer"""',
      "type Customer implements Node & Entity @key(fields: \"id\") {",
      "  id: ID!",
      '  "their main address"',
      "  primaryEmail: String # a comment",
      "  phones: [String!]!",
      "  orders(first: Int = 10, where: OrderWhere = { status: OPEN }): [Order!]! @deprecated(reason: \"use ordersConnection\")",
      "}",
      "enum Status { ACTIVE INACTIVE }",
      "extend type Query { customer(email: String!): Customer }",
      "input CustomerInput { firstName: String, lastName: String }",
      "scalar DateTime",
    ].join("\n");
    const doc = readSdl(text, 100);
    assert.deepStrictEqual(doc.types.map((t) => [t.keyword, t.name]), [["type", "Customer"], ["type", "Query"], ["input", "CustomerInput"]]);
    assert.deepStrictEqual([...doc.enums], ["Status"]);
    const customer = doc.types[0];
    assert.deepStrictEqual(customer.fields.map((f) => [f.name, f.type, f.list]), [["id", "ID", false], ["primaryEmail", "String", false], ["phones", "String", true], ["orders", "Order", true]]);
    assert.strictEqual(customer.fields[1].start, 100 + text.indexOf("primaryEmail"));
    assert.deepStrictEqual(customer.fields[3].args?.map((a) => a.name), ["first", "where"]);
    assert.deepStrictEqual(doc.types[1].fields[0].args?.map((a) => [a.name, a.type]), [["email", "String"]]);
    assert.deepStrictEqual(doc.types[2].fields.map((f) => f.name), ["firstName", "lastName"]);
  });

  it("is found only where a template defines a type block", () => {
    assert.ok(mayHoldSdl("\n  type User {\n    email: String\n  }\n"));
    assert.ok(mayHoldSdl("#graphql\ninput NewUser @auth { email: String }"));
    assert.ok(!mayHoldSdl("Hello ${name}, your type is {kind}"));
    assert.ok(!mayHoldSdl("type Props = { email: string }"));
  });

  it("reports the fields of gql templates and #graphql strings, their arguments, and types resolved among them", () => {
    const found = scan(
      [
        "import gql from 'graphql-tag';",
        "export const typeDefs = gql`",
        "  type Customer {",
        "    id: ID!",
        "    firstName: String",
        "    primaryEmail: String",
        "    birthDate: Date",
        "    status: CustomerStatus",
        "    address: Address",
        "    orders: [Order!]!",
        "  }",
        "  type Address { street: String city: String zipcode: String }",
        "  enum CustomerStatus { ACTIVE INACTIVE }",
        "  type Mutation { customersAdd(email: String!, lastName: String): Customer }",
        "`;",
        "const fields = 'x';",
        "export const types = `#graphql",
        "  input UserInput { phone: String ${fields} position: Int }",
        "`;",
      ].join("\n"),
    );
    assert.strictEqual(found["Customer.firstName"], "user.name.first");
    assert.strictEqual(found["Customer.primaryEmail"], "user.contact.email");
    assert.strictEqual(found["Customer.birthDate"], "user.demographic.date_of_birth");
    assert.strictEqual(found["Customer.address"], "user.contact.address");
    assert.strictEqual(found["Address.zipcode"], "user.contact.address.postal_code");
    assert.strictEqual(found["Customer.status"], undefined);
    assert.strictEqual(found["Customer.orders"], undefined);
    assert.strictEqual(found["Mutation.customersAdd.email"], "user.contact.email");
    assert.strictEqual(found["Mutation.customersAdd"], undefined);
    assert.strictEqual(found["UserInput.phone"], "user.contact.phone_number");
    assert.strictEqual(found["UserInput.position"], undefined);
  });

  it("leaves other languages' code in strings alone, and parses a file whose only definitions are in a template", () => {
    assert.deepStrictEqual(scan("export const stub = `interface Foo { email: string; name: string }`;"), {});
    assert.strictEqual(planParse("export const schema = gql`type User { email: String }`;").kind, "whole");
    // Inside a function body too (a resolver module that builds its schema).
    const found = scan("export function build() {\n  return gql`type User { email: String }`;\n}\ninterface A { x: string }");
    assert.strictEqual(found["User.email"], "user.contact.email");
  });
  it("never throws on arbitrary text, and every field it reads lies inside the text, at its name", () => {
    const pieces = ["type ", "input ", "User", " {", "}", "(", ")", ":", "[", "]", "!", "email", " String", "#c\n", '"d"', '"""x"""', "@k(a: 1)", ",", "\n", "=", " enum ", "extend "];
    const sdlish = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.oneof(fc.string(), sdlish), fc.nat(1000), (text, base) => {
        const doc = readSdl(text, base);
        for (const type of doc.types) {
          for (const f of [...type.fields, ...type.fields.flatMap((x) => x.args ?? [])]) {
            assert.ok(f.start >= base && f.start + f.name.length <= base + text.length);
            assert.strictEqual(text.slice(f.start - base, f.start - base + f.name.length), f.name);
          }
        }
      }),
      { numRuns: 2000 },
    );
  });
});
