import { describe, expect, test } from "vitest";
import { briefData, ReportError } from "../src/index.ts";
import { fixtureKnowledgeBase } from "./fixtures/knowledge-base.ts";

const kb = fixtureKnowledgeBase();

function pair(from?: string, to?: string) {
  const result = briefData(kb, { kind: "pair", organizations: ["SRUT", "БГИУ"] }, { from, to });
  if (!result.ok || result.data.kind !== "pair") throw new Error("expected a pair brief");
  return result.data;
}

describe("pair", () => {
  test("resolves organizations by acronym in any script and counts partnerships, not evidence", () => {
    const data = pair();
    expect(data.a.name).toBe("Songhua River University of Technology");
    expect(data.b.nameRu).toBe("Байкальский государственный инженерный университет");
    expect(data.partnershipCount).toBe(6);
    expect(data.eventCount).toBe(1);
    const agreement = data.timeline.find((t) => t.kind === "Agreement");
    expect(agreement?.refs).toHaveLength(2);
  });

  test("cites every source once in the references, with the quoted sentences", () => {
    const data = pair();
    expect(data.references.map((r) => r.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(data.references.find((r) => r.publisher === "TASS")?.sentences).toEqual([
      "Байкальский государственный инженерный университет и Университет технологий реки Сунгари подписали соглашение о сотрудничестве",
      "Соглашение подписала проректор Ирина Соколова.",
    ]);
  });

  test("lists undated and single-source claims and puts conflicting claims side by side", () => {
    const data = pair();
    expect(data.openQuestions.filter((q) => q.text.startsWith("No date"))).toHaveLength(1);
    expect(data.openQuestions.some((q) => q.text.includes("Agreement"))).toBe(false);
    expect(data.conflicts).toHaveLength(1);
    expect(data.conflicts[0]?.claims.map((c) => `${c.date} ${c.status}`)).toEqual([
      "2021 planned",
      "March 2022 launched",
    ]);
  });

  test("finds the shared alliance and counts a unit's programme for its parent", () => {
    const data = pair();
    expect(data.alliances.map((a) => a.text)).toEqual([
      "Association of Sino-Russian Technical Universities (2018), with 4 members",
    ]);
    expect(data.programmes.map((p) => p.title)).toContain("Joint master's programme in materials science");
    expect(data.people.map((p) => `${p.name}: ${p.roles}`)).toEqual([
      "Irina Sokolova: Vice-Rector, Baikal State University of Engineering",
      "Li Wei: Rector, Songhua River University of Technology",
    ]);
  });

  test("keeps to the period and drops undated claims when a period is set", () => {
    const data = pair("2020", "2021-06");
    expect(data.timeline.map((t) => t.date)).toEqual(["September 2020", "2021"]);
    expect(data.period).toBe("from 2020 to June 2021");
  });

  test("returns a reason when there is nothing to report", () => {
    const result = briefData(kb, { kind: "pair", organizations: ["SRUT", "BSUE"] }, { from: "2030" });
    expect(result).toEqual({
      ok: false,
      reason:
        "nothing to report: no partnership or event of Songhua River University of Technology and Baikal State University of Engineering (from 2030 on)",
    });
  });
});

describe("org and countries", () => {
  test("profiles an organization with its names and partners by country", () => {
    const result = briefData(kb, { kind: "org", organization: "松花江理工大学" });
    if (!result.ok || result.data.kind !== "org") throw new Error("expected an org brief");
    expect(result.data.organization.nameZh).toBe("松花江理工大学");
    expect(result.data.units).toEqual(["School of Materials Science, SRUT"]);
    expect(
      result.data.partnersByCountry.map((c) => [c.country, c.partners.map((p) => `${p.name} ${p.count}`)]),
    ).toEqual([
      ["Russia", ["Baikal State University of Engineering 6", "Amur Institute of Physics 2"]],
      ["Unknown country", ["Association of Sino-Russian Technical Universities 1"]],
    ]);
  });

  test("counts cooperation between two countries and lays out its network", () => {
    const result = briefData(kb, { kind: "countries", countries: ["cn", "RU"] });
    if (!result.ok || result.data.kind !== "countries") throw new Error("expected a countries brief");
    expect(result.data.partnershipCount).toBe(7);
    expect(result.data.topOrganizations.map((o) => `${o.label} ${o.count}`)).toEqual([
      "Songhua River University of Technology 7",
      "Baikal State University of Engineering 6",
      "Amur Institute of Physics 2",
    ]);
    expect(result.data.charts.network?.edges).toEqual([
      { left: 0, right: 0, count: 6 },
      { left: 0, right: 1, count: 2 },
    ]);
    expect(result.data.recent[0]?.date).toBe("2 June 2023");
  });

  test("rejects unknown organizations, countries and periods with a ReportError", () => {
    expect(() => briefData(kb, { kind: "org", organization: "XYZ" })).toThrowErrorMatchingInlineSnapshot(
      `[ReportError: no organization matches 'XYZ']`,
    );
    expect(() => briefData(kb, { kind: "countries", countries: ["CN", "FR"] })).toThrow(ReportError);
    expect(() => briefData(kb, { kind: "org", organization: "SRUT" }, { from: "May 2020" })).toThrow(
      "'from' must be a date as YYYY, YYYY-MM or YYYY-MM-DD, not 'May 2020'",
    );
    expect(() => briefData(kb, { kind: "pair", organizations: ["SRUT", "松花江理工大学"] })).toThrow(ReportError);
  });
});
