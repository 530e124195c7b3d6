import { readFileSync } from "node:fs";
import { normalizeName, slugify } from "@accord/domain";
import { describe, expect, test } from "vitest";
import { type GazetteerEntry, GazetteerFile } from "../src/gazetteer/gazetteer-entry.ts";

const FILES = ["ru-universities.json", "ru-organizations.json", "associations.json"] as const;
type FileName = (typeof FILES)[number];

function readGazetteer(file: FileName): unknown {
  return JSON.parse(readFileSync(new URL(`../data/gazetteer/${file}`, import.meta.url), "utf8"));
}

function parseGazetteer(file: FileName): GazetteerEntry[] {
  return GazetteerFile.parse(readGazetteer(file)).entries;
}

function namesOf(entry: GazetteerEntry): string[] {
  return [entry.name, ...entry.aliases, ...entry.ru, ...entry.zh];
}

/** Keys (normalized names, acronyms or domains) that more than one entry claims, with the ids claiming them. */
function findClashes(entries: GazetteerEntry[], keysOf: (e: GazetteerEntry) => string[]): Map<string, string[]> {
  const owners = new Map<string, Set<string>>();
  for (const entry of entries) {
    for (const key of new Set(keysOf(entry))) {
      const ids = owners.get(key) ?? new Set<string>();
      ids.add(entry.id);
      owners.set(key, ids);
    }
  }
  const clashes = new Map<string, string[]>();
  for (const [key, ids] of owners) if (ids.size > 1) clashes.set(key, [...ids]);
  return clashes;
}

const nameKeys = (e: GazetteerEntry) => namesOf(e).map(normalizeName);
const acronymKeys = (e: GazetteerEntry) => e.acronyms;
const domainKeys = (e: GazetteerEntry) => e.domains;

function entry(id: string, name: string, extra: Partial<GazetteerEntry> = {}): GazetteerEntry {
  return {
    id,
    name,
    acronyms: [],
    aliases: [],
    zh: [],
    ru: [],
    country: "RU",
    city: null,
    kind: "university",
    domains: [],
    tags: [],
    ...extra,
  };
}

const byFile = Object.fromEntries(FILES.map((f) => [f, parseGazetteer(f)])) as Record<FileName, GazetteerEntry[]>;
const all = FILES.flatMap((f) => byFile[f]);

const CYRILLIC = /\p{Script=Cyrillic}/u;
const HAN = /\p{Script=Han}/u;
const KNOWN_TAGS = new Set(["national-research", "federal", "priority-2030", "5-100"]);

describe("the Russian and international gazetteer files", () => {
  test.each(FILES)("%s parses as a GazetteerFile", (file) => {
    const result = GazetteerFile.safeParse(readGazetteer(file));
    expect(result.success ? [] : result.error.issues).toEqual([]);
    expect(result.data?.entries.length).toBeGreaterThan(10);
  });

  test("ids are unique across the files and are the slug of the English name", () => {
    expect(findClashes(all, (e) => [e.id])).toEqual(new Map());
    expect(all.filter((e) => e.id !== slugify(e.name)).map((e) => e.id)).toEqual([]);
  });

  test("no two entries share a name once names are normalized", () => {
    expect(findClashes(all, nameKeys)).toEqual(new Map());
  });

  test("no two entries share an acronym or a web domain", () => {
    expect(findClashes(all, acronymKeys)).toEqual(new Map());
    expect(findClashes(all, domainKeys)).toEqual(new Map());
  });

  test("each name list is in its script: English without Cyrillic or Han, Russian in Cyrillic, Chinese in Han", () => {
    const misfiled = all.flatMap((e) => [
      ...[e.name, ...e.aliases].filter((n) => CYRILLIC.test(n) || HAN.test(n)).map((n) => `${e.id} en: ${n}`),
      ...e.ru.filter((n) => !CYRILLIC.test(n) || HAN.test(n)).map((n) => `${e.id} ru: ${n}`),
      ...e.zh.filter((n) => !HAN.test(n) || CYRILLIC.test(n)).map((n) => `${e.id} zh: ${n}`),
    ]);
    expect(misfiled).toEqual([]);
  });

  test("tags come from the documented programme lists", () => {
    expect(all.flatMap((e) => e.tags.filter((t) => !KNOWN_TAGS.has(t)).map((t) => `${e.id}: ${t}`))).toEqual([]);
  });

  test("the university file holds universities located in Russia (Crimea filed under UA)", () => {
    const odd = byFile["ru-universities.json"].filter(
      (e) => e.kind !== "university" || !(e.country === "RU" || (e.country === "UA" && e.city === "Simferopol")),
    );
    expect(odd.map((e) => e.id)).toEqual([]);
  });

  test("the organization file holds Russian non-university bodies", () => {
    const odd = byFile["ru-organizations.json"].filter((e) => e.country !== "RU" || e.kind === "university");
    expect(odd.map((e) => e.id)).toEqual([]);
  });

  test("the associations file holds associations and non-Russian, non-Chinese universities", () => {
    const odd = byFile["associations.json"].filter(
      (e) => !(e.kind === "association" || (e.kind === "university" && e.country !== "RU" && e.country !== "CN")),
    );
    expect(odd.map((e) => e.id)).toEqual([]);
  });

  test("every federal and national research university of the official lists is present", () => {
    const count = (tag: string) => all.filter((e) => e.tags.includes(tag)).length;
    expect(count("federal")).toBe(10);
    expect(count("national-research")).toBe(29);
    expect(count("5-100")).toBe(21);
  });
});

describe("looking organizations up by the names in the files", () => {
  const idByName = new Map(all.flatMap((e) => nameKeys(e).map((k) => [k, e.id] as const)));
  const idByAcronym = new Map(all.flatMap((e) => e.acronyms.map((a) => [a, e.id] as const)));

  test.each([
    ["МГТУ им. Н.Э. Баумана", "bauman-moscow-state-technical-university"],
    ["Bauman University", "bauman-moscow-state-technical-university"],
    ["st petersburg state university", "saint-petersburg-state-university"],
    ["Saint-Petersburg State University", "saint-petersburg-state-university"],
    ["莫斯科大学", "lomonosov-moscow-state-university"],
    ["Российский университет дружбы народов", "rudn-university"],
    ["中俄工科大学联盟", "association-of-sino-russian-technical-universities"],
    ["Минобрнауки России", "ministry-of-science-and-higher-education-of-the-russian-federation"],
    ["Ministry of Industry and Trade", "ministry-of-industry-and-trade-of-the-russian-federation"],
    ["Минздрав России", "ministry-of-health-of-the-russian-federation"],
    ["俄罗斯远东和北极发展部", "ministry-for-the-development-of-the-russian-far-east-and-arctic"],
    ["Объединённый институт ядерных исследований", "joint-institute-for-nuclear-research"],
  ])("finds %s", (name, id) => {
    expect(idByName.get(normalizeName(name))).toBe(id);
  });

  test.each([
    ["SPbU", "saint-petersburg-state-university"],
    ["МФТИ", "moscow-institute-of-physics-and-technology"],
    ["UrFU", "ural-federal-university"],
    ["РАН", "russian-academy-of-sciences"],
    ["ASRTU", "association-of-sino-russian-technical-universities"],
  ])("finds the acronym %s", (acronym, id) => {
    expect(idByAcronym.get(acronym)).toBe(id);
  });
});

describe("findClashes", () => {
  test("reports a name two entries share after normalization", () => {
    const entries = [
      entry("a-university", "A University", { ru: ["Университет А"] }),
      entry("b-university", "B University", { aliases: ["the A university"] }),
    ];
    expect(findClashes(entries, nameKeys)).toEqual(new Map([["a university", ["a-university", "b-university"]]]));
  });

  test("ignores a name repeated inside one entry", () => {
    const entries = [entry("a-university", "A University", { aliases: ["A-University"] })];
    expect(findClashes(entries, nameKeys)).toEqual(new Map());
  });

  test("a file whose entry lacks a country does not parse", () => {
    const { country: _country, ...rest } = entry("a-university", "A University");
    expect(GazetteerFile.safeParse({ format: "accord-gazetteer", version: 1, entries: [rest] }).success).toBe(false);
  });
});
