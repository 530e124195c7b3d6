import { readFileSync } from "node:fs";
import { normalizeName, slugify } from "@accord/domain";
import { describe, expect, test } from "vitest";
import { type GazetteerEntry, GazetteerFile } from "../src/gazetteer/gazetteer-entry.ts";

const dataDir = new URL("../data/gazetteer/", import.meta.url);

function readGazetteer(file: string): GazetteerFile {
  return GazetteerFile.parse(JSON.parse(readFileSync(new URL(file, dataDir), "utf8")));
}

const universities = readGazetteer("cn-universities.json").entries;
const organizations = readGazetteer("cn-organizations.json").entries;
const all = [...universities, ...organizations];

function byId(id: string): GazetteerEntry {
  const entry = all.find((e) => e.id === id);
  if (!entry) throw new Error(`no entry ${id}`);
  return entry;
}

function withTag(tag: string): GazetteerEntry[] {
  return universities.filter((e) => e.tags.includes(tag));
}

/** Keys that occur in more than one entry, with the ids that share them. */
function sharedKeys(keysOf: (e: GazetteerEntry) => string[]): string[] {
  const owners = new Map<string, Set<string>>();
  for (const entry of all) {
    for (const key of keysOf(entry)) owners.set(key, (owners.get(key) ?? new Set()).add(entry.id));
  }
  return [...owners].filter(([, ids]) => ids.size > 1).map(([key, ids]) => `${key}: ${[...ids].join(", ")}`);
}

describe("Chinese gazetteer files", () => {
  test("parse with the gazetteer schema and hold only Chinese organizations", () => {
    expect(universities.length).toBeGreaterThanOrEqual(190);
    expect(organizations.length).toBeGreaterThanOrEqual(40);
    expect(all.every((e) => e.country === "CN")).toBe(true);
    expect(universities.every((e) => e.kind === "university")).toBe(true);
    expect(organizations.some((e) => e.kind === "university")).toBe(false);
  });

  test("the schema rejects an entry with a malformed domain", () => {
    const bad = { format: "accord-gazetteer", version: 1, entries: [{ ...byId("tsinghua-university") }] };
    bad.entries[0] = { ...bad.entries[0]!, domains: ["https://www.tsinghua.edu.cn/"] };
    expect(GazetteerFile.safeParse(bad).success).toBe(false);
  });

  test("ids are unique and are the slug of the English name", () => {
    expect(new Set(all.map((e) => e.id)).size).toBe(all.length);
    expect(all.filter((e) => e.id !== slugify(e.name)).map((e) => e.id)).toEqual([]);
  });

  test("no name, alias or acronym is shared by two entries", () => {
    const names = (e: GazetteerEntry) => [...new Set([e.name, ...e.aliases, ...e.zh, ...e.ru].map(normalizeName))];
    expect(sharedKeys(names)).toEqual([]);
    expect(sharedKeys((e) => [...new Set(e.acronyms)])).toEqual([]);
    expect(sharedKeys((e) => [...new Set(e.domains)])).toEqual([]);
  });

  test("names are written in the script of their field", () => {
    const han = /^[\p{Script=Han}（）()]+$/u;
    const cyrillic = /^[\p{Script=Cyrillic}\d\s.,«»()–-]+$/u;
    const latin = /^[\p{Script=Latin}\d\s.,'&()–-]+$/u;
    expect(all.flatMap((e) => e.zh.filter((n) => !han.test(n)))).toEqual([]);
    expect(all.flatMap((e) => e.ru.filter((n) => !cyrillic.test(n.replace(/МГУ-ППИ/, ""))))).toEqual([]);
    expect(all.flatMap((e) => [e.name, ...e.aliases, ...e.acronyms].filter((n) => !latin.test(n)))).toEqual([]);
  });

  test("an entry's Chinese full name comes first and is never a short form", () => {
    const fullName =
      /(大学|学院|研究所|研究院|科学院|工程院|中心|天文台|部|委员会|协会|政府|大使馆|公司|集团|基金会|航天局|教育厅|组织|（.+）)$/u;
    expect(all.filter((e) => e.zh.length > 0 && !fullName.test(e.zh[0]!)).map((e) => e.id)).toEqual([]);
    expect(all.filter((e) => e.zh.length === 0).map((e) => e.id)).toEqual([]);
  });

  test("leaves out Chinese short forms that are everyday words or sit inside other names", () => {
    // 重大 "major", 天大 "huge", 上大 in 上大学 "go to college", 南大 in 湖南大学, 兰大 in 荷兰大学, 中大 is also CUHK.
    const risky = [
      "重大",
      "天大",
      "上大",
      "南大",
      "山大",
      "川大",
      "苏大",
      "中大",
      "交大",
      "人大",
      "南航",
      "华电",
      "兰大",
    ];
    expect(all.flatMap((e) => e.zh.filter((n) => risky.includes(n)))).toEqual([]);
  });
});

describe("Double First-Class universities", () => {
  test("are the 147 of the 2022 list, with 39 of Project 985 and the C9 League", () => {
    expect(withTag("double-first-class")).toHaveLength(147);
    expect(withTag("project-985")).toHaveLength(39);
    expect(
      withTag("c9")
        .map((e) => e.id)
        .sort(),
    ).toEqual([
      "fudan-university",
      "harbin-institute-of-technology",
      "nanjing-university",
      "peking-university",
      "shanghai-jiao-tong-university",
      "tsinghua-university",
      "university-of-science-and-technology-of-china",
      "xi-an-jiaotong-university",
      "zhejiang-university",
    ]);
  });

  test("programme tags nest: C9 within 985, 985 within 211, 211 within Double First-Class", () => {
    const missing = (inner: string, outer: string) =>
      withTag(inner)
        .filter((e) => !e.tags.includes(outer))
        .map((e) => e.id);
    expect(missing("c9", "project-985")).toEqual([]);
    expect(missing("project-985", "project-211")).toEqual([]);
    expect(missing("project-211", "double-first-class")).toEqual([]);
  });

  test("the universities outside the programme carry no programme tag", () => {
    for (const id of ["heilongjiang-university", "shenzhen-msu-bit-university", "harbin-normal-university"]) {
      expect(byId(id).tags).toEqual([]);
    }
    expect(byId("northeast-forestry-university").tags).toContain("double-first-class");
    expect(byId("harbin-engineering-university").tags).toContain("project-211");
    expect(byId("harbin-engineering-university").tags).not.toContain("project-985");
  });
});

describe("well-known entries", () => {
  test("Harbin Institute of Technology answers to its English, Chinese and Russian names", () => {
    expect(byId("harbin-institute-of-technology")).toMatchObject({
      name: "Harbin Institute of Technology",
      acronyms: ["HIT"],
      zh: ["哈尔滨工业大学", "哈工大"],
      ru: [
        "Харбинский политехнический университет",
        "Харбинский технологический институт",
        "Харбинский технологический университет",
      ],
      city: "Harbin",
      domains: ["hit.edu.cn"],
    });
  });

  test("Beihang University keeps its former English name as an alias", () => {
    const beihang = byId("beihang-university");
    expect(beihang.acronyms).toEqual(["BUAA"]);
    expect(beihang.aliases).toContain("Beijing University of Aeronautics and Astronautics");
    expect(beihang.zh.slice(0, 2)).toEqual(["北京航空航天大学", "北航"]);
  });

  test("the Chinese Academy of Sciences is an academy with its Russian name", () => {
    expect(byId("chinese-academy-of-sciences")).toMatchObject({
      kind: "academy",
      acronyms: ["CAS"],
      zh: ["中国科学院", "中科院"],
      ru: ["Китайская академия наук"],
    });
  });

  test("ministries carry no acronym", () => {
    const ministries = organizations.filter((e) => e.name.startsWith("Ministry of"));
    expect(ministries.length).toBeGreaterThanOrEqual(3);
    expect(ministries.flatMap((e) => e.acronyms)).toEqual([]);
    expect(byId("ministry-of-education-of-the-people-s-republic-of-china").aliases).toEqual([
      "Chinese Ministry of Education",
      "Ministry of Education of China",
    ]);
  });
});
