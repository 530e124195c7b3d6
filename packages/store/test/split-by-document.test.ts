import { emptyKnowledgeBase, type KnowledgeBase, mergeEvidence, mergeKnowledgeBases } from "@accord/domain";
import { describe, expect, test } from "vitest";
import { splitByDocument } from "../src/index.ts";
import { evidenceIn, makeDocument, org, partnership, person } from "./helpers/make-facts.ts";

const one = makeDocument("Alpha University and Beta Institute signed an agreement. The rector spoke.", "a.html");
const two = makeDocument("Beta Institute hosted Alpha University. The rector of Beta spoke again.", "b.html");
const signed = evidenceIn(one, "Alpha University and Beta Institute signed an agreement.");
const hosted = evidenceIn(two, "Beta Institute hosted Alpha University.");
const spoke = evidenceIn(two, "The rector of Beta spoke again.");

function snapshot(): KnowledgeBase {
  return {
    ...emptyKnowledgeBase(),
    documents: [one, two],
    organizations: [
      org("alpha-university", "Alpha University", mergeEvidence([signed], [hosted])),
      org("beta-institute", "Beta Institute", mergeEvidence([signed], [hosted])),
      org("gamma-association", "Gamma Association", [], { kind: "association" }),
    ],
    people: [{ ...person("ivan-ivanov", "Ivanov Ivan", "beta-institute", [spoke]), evidence: [spoke] }],
    partnerships: [partnership("alpha-beta", ["alpha-university", "beta-institute"], [signed])],
  };
}

describe("splitByDocument", () => {
  test("gives each document the entities its evidence cites, with only its own evidence", () => {
    const [a, b] = splitByDocument(snapshot());
    expect(a?.document).toEqual(one);
    expect(a?.organizations.map((o) => [o.id, o.evidence])).toEqual([
      ["org:alpha-university", [signed]],
      ["org:beta-institute", [signed]],
      ["org:gamma-association", []],
    ]);
    expect(a?.partnerships.map((p) => p.id)).toEqual(["partnership:alpha-beta"]);
    expect(a?.people).toEqual([]);
    expect(b?.organizations.filter((o) => o.evidence.length > 0).map((o) => o.evidence)).toEqual([[hosted], [hosted]]);
    expect(b?.partnerships).toEqual([]);
    expect(b?.people.map((p) => p.id)).toEqual(["person:ivan-ivanov"]);
  });

  test("puts an organization without evidence with the first document when nothing refers to it", () => {
    const [a, b] = splitByDocument(snapshot());
    expect(a?.organizations.map((o) => o.id)).toContain("org:gamma-association");
    expect(b?.organizations.map((o) => o.id)).not.toContain("org:gamma-association");
  });

  test("puts an organization without evidence with the documents that refer to it", () => {
    const kb = snapshot();
    kb.organizations = kb.organizations.map((o) => (o.id === "org:beta-institute" ? { ...o, evidence: [] } : o));
    const [a, b] = splitByDocument(kb);
    expect(a?.organizations.find((o) => o.id === "org:beta-institute")).toBeDefined();
    expect(b?.organizations.find((o) => o.id === "org:beta-institute")).toBeDefined();
  });

  test("keeps a person's affiliations with the document they were read in", () => {
    const kb = snapshot();
    const [ivan] = kb.people;
    if (!ivan) throw new Error("fixture");
    kb.people = [
      {
        ...ivan,
        evidence: [spoke],
        affiliations: [
          { role: "Dean", organizationId: null, reportedOn: null, evidence: [signed] },
          ...ivan.affiliations,
        ],
      },
    ];
    const [a, b] = splitByDocument(kb);
    expect(a?.people[0]?.affiliations.map((x) => x.role)).toEqual(["Dean"]);
    expect(a?.people[0]?.evidence).toEqual([]);
    expect(b?.people[0]?.affiliations.map((x) => x.role)).toEqual(["Rector"]);
  });

  test("merging the parts back gives the snapshot again", () => {
    const kb = snapshot();
    const merged = splitByDocument(kb)
      .map((f) => ({ ...emptyKnowledgeBase(), ...f, documents: [f.document] }))
      .reduce(mergeKnowledgeBases, emptyKnowledgeBase());
    expect(merged.organizations).toEqual(kb.organizations);
    expect(merged.partnerships).toEqual(kb.partnerships);
    expect(merged.people).toEqual(kb.people);
  });

  test("drops evidence that cites a document the snapshot does not hold", () => {
    const kb = snapshot();
    kb.documents = [one];
    const parts = splitByDocument(kb);
    expect(parts).toHaveLength(1);
    expect(parts[0]?.people).toEqual([]);
    expect(parts[0]?.organizations.flatMap((o) => o.evidence)).toEqual([signed, signed]);
  });
});
