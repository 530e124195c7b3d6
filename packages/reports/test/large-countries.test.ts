import { createHash } from "node:crypto";
import type { DocumentId, Event, KnowledgeBase, Partnership, Person, SourceDocument } from "@accord/domain";
import { expect, test } from "vitest";
import {
  type BriefRequest,
  briefData,
  countCountries,
  facetsOf,
  type PersonSource,
  peopleCitable,
  renderBrief,
} from "../src/index.ts";
import { fixtureKnowledgeBase } from "./fixtures/knowledge-base.ts";
import { pdfText } from "./pdf-tools.ts";

// The fixture grown as a large store would be: 200 more agreements (or `agreements`) between its Chinese and
// Russian universities, each told by its own story, and 100 visits of one more person each.
function largeKnowledgeBase(agreements = 200): KnowledgeBase {
  const kb = fixtureKnowledgeBase();
  const [cn, ru] = ["CN", "RU"].map((c) => kb.organizations.find((o) => o.country === c && !o.parentId)!);
  const documents: SourceDocument[] = [];
  const partnerships: Partnership[] = [];
  const people: Person[] = [];
  const events: Event[] = [];
  for (let i = 0; i < agreements; i++) {
    const text = `Story ${i}: the two universities signed agreement number ${i}.`;
    const id = createHash("sha256").update(text).digest("hex") as DocumentId;
    const year = 2000 + (i % 20);
    documents.push({
      id,
      origin: `https://example.org/story/${i}`,
      alsoAt: [],
      title: `Story ${i}`,
      publisher: "example.org",
      published: { precision: "year", value: String(year) },
      language: "en",
      text,
      storyId: null,
    });
    const evidence = [{ documentId: id, sentence: text, start: 0, end: text.length }];
    partnerships.push({
      id: `partnership:agreement-${i}` as Partnership["id"],
      parties: [cn!.id, ru!.id],
      kind: "agreement",
      status: "signed",
      date: { precision: "month", value: `${year}-${String((i % 12) + 1).padStart(2, "0")}` },
      fields: [],
      title: null,
      storyIds: [],
      evidence,
    });
    if (i < 100) {
      events.push({
        id: `event:visit-${i}` as Event["id"],
        kind: "visit",
        date: { precision: "year", value: String(year) },
        place: null,
        organizations: [cn!.id, ru!.id],
        people: [`person:someone-${i}` as Person["id"]],
        partnerships: [],
        evidence,
      });
      people.push({
        id: `person:someone-${i}` as Person["id"],
        name: `Someone Number${i}`,
        aliases: [],
        affiliations: [{ role: "Rector", organizationId: cn!.id, reportedOn: null, evidence }],
        evidence,
      });
    }
  }
  return {
    ...kb,
    documents: [...kb.documents, ...documents],
    partnerships: [...kb.partnerships, ...partnerships],
    people: [...kb.people, ...people],
    events: [...kb.events, ...events],
  };
}

test("a countries brief of a large store lists the newest 60 lines and 40 people, and cites only those", async () => {
  const kb = largeKnowledgeBase();
  const result = briefData(kb, { kind: "countries", countries: ["CN", "RU"] });
  if (!result.ok || result.data.kind !== "countries") throw new Error("expected a countries brief");
  const data = result.data;
  expect(data.partnershipCount).toBeGreaterThan(200);
  expect(data.timeline).toHaveLength(60);
  expect(data.timelineOmitted).toBe(data.partnershipCount + data.eventCount - 60);
  // The chart still counts every partnership and event.
  const undated = data.byYear.find((y) => y.label === "undated")?.count ?? 0;
  expect(data.charts.timeline.reduce((n, c) => n + c.count, 0)).toBe(data.partnershipCount + data.eventCount - undated);
  // The newest are listed: none of the oldest years.
  expect(data.timeline.filter((t) => /\b200[0-4]\b/.test(t.date))).toEqual([]);
  expect(data.timeline.at(-1)?.date).toBe(data.recent[0]?.date);
  expect(data.people).toHaveLength(40);
  expect(data.peopleOmitted).toBeGreaterThan(0);
  const cited = new Set([...data.timeline, ...data.people].flatMap((x) => x.refs));
  expect(data.references.length).toBe(cited.size);
  expect(data.references.length).toBeLessThan(110);
  const md = await renderBrief(kb, { kind: "countries", countries: ["CN", "RU"] }, { format: "md" });
  expect(new TextDecoder().decode(md.ok ? md.bytes : new Uint8Array())).toMatch(
    /Not listed here: \d+ earlier or undated items/,
  );
});

test("a line whose sources are many cites the first six and counts the others", async () => {
  const kb = largeKnowledgeBase();
  // One person named in every story: forty sentences from forty documents behind one line.
  const stories = kb.documents.filter((d) => d.origin.startsWith("https://example.org/story/")).slice(0, 40);
  const evidence = stories.map((d) => ({ documentId: d.id, sentence: d.text, start: 0, end: d.text.length }));
  const [cn] = kb.organizations.filter((o) => o.country === "CN" && !o.parentId);
  kb.people.push({
    id: "person:often-named" as Person["id"],
    name: "Often Named",
    aliases: [],
    affiliations: [{ role: "Rector", organizationId: cn!.id, reportedOn: null, evidence }],
    evidence,
  });
  kb.events[kb.events.length - 1]!.people.push("person:often-named" as Person["id"]);
  const result = briefData(kb, { kind: "countries", countries: ["CN", "RU"] });
  if (!result.ok || result.data.kind !== "countries") throw new Error("expected a countries brief");
  const person = result.data.people.find((p) => p.name === "Often Named");
  expect(person?.refs).toHaveLength(6);
  expect(person?.moreRefs).toBe(34);
  const md = await renderBrief(kb, { kind: "countries", countries: ["CN", "RU"] }, { format: "md" });
  const text = new TextDecoder().decode(md.ok ? md.bytes : new Uint8Array());
  expect(text).toMatch(/\| Often Named \|[^\n]*\[\d+(, \d+){5} and 34 more\] \|/);
});

test("a countries brief from counts made beforehand and only the listed entities whole is the whole one", async () => {
  const kb = largeKnowledgeBase();
  // One person named more often than the others, so that the ranking decides who is listed.
  const often = kb.people.find((p) => p.id === "person:someone-7")!;
  often.evidence = kb.partnerships.slice(0, 5).flatMap((p) => p.evidence);
  const request = { kind: "countries", countries: ["CN", "RU"] } as { kind: "countries"; countries: [string, string] };
  for (const period of [{}, { from: "2010", to: "2016-06" }, { from: "2019-03" }]) {
    const counts = countCountries(facetsOf(kb), ["CN", "RU"], period);
    expect(counts.listed.partnerships.length + counts.listed.events.length).toBeLessThanOrEqual(60);
    if (!("from" in period)) expect(counts.people).toContain("person:someone-7");
    const listed = new Set([
      ...counts.listed.partnerships,
      ...counts.listed.events,
      ...counts.people,
      ...counts.peopleNamed,
    ]);
    const small: KnowledgeBase = {
      ...kb,
      partnerships: kb.partnerships.filter((p) => listed.has(p.id)),
      events: kb.events.filter((e) => listed.has(e.id)),
      people: kb.people.filter((p) => listed.has(p.id)),
    };
    for (const format of ["md", "pdf"] as const) {
      const expected = await renderBrief(kb, request, { ...period, format });
      const actual = await renderBrief(small, request, { ...period, format, counts });
      expect(actual.ok && expected.ok).toBe(true);
      if (actual.ok && expected.ok && format === "md")
        expect(new TextDecoder().decode(actual.bytes)).toBe(new TextDecoder().decode(expected.bytes));
      if (actual.ok && expected.ok) expect(Buffer.from(actual.bytes).equals(Buffer.from(expected.bytes))).toBe(true);
    }
  }
  // Counts are of one request and period.
  const counts = countCountries(facetsOf(kb), ["CN", "RU"], {});
  await expect(renderBrief(kb, request, { from: "2010", counts })).rejects.toThrow(/another request or period/);
});

test("a countries brief whose people keep only the evidence their lines may cite is the whole one", async () => {
  const kb = largeKnowledgeBase();
  const stories = kb.documents.filter((d) => d.origin.startsWith("https://example.org/story/"));
  const [cn] = kb.organizations.filter((o) => o.country === "CN" && !o.parentId);
  const said = (d: SourceDocument) => ({ documentId: d.id, sentence: d.text, start: 0, end: d.text.length });
  // Three people each told in forty stories, old and new (some of them on the timeline's lines): thirty tell a
  // role, ten (among the oldest) only name them, so that a line cites the role's documents alone.
  for (let k = 0; k < 3; k++) {
    const roles = stories.filter((_, i) => i % 5 === k).slice(0, 30);
    const names = stories.filter((_, i) => i % 5 === k + 1).slice(0, 10);
    kb.people.push({
      id: `person:often-${k}` as Person["id"],
      name: `Often Named${k}`,
      aliases: [],
      affiliations: [{ role: "Rector", organizationId: cn!.id, reportedOn: null, evidence: roles.map(said) }],
      evidence: [...roles, ...names].map(said),
    });
    kb.events[kb.events.length - 1 - k]!.people.push(`person:often-${k}` as Person["id"]);
  }
  const request = { kind: "countries", countries: ["CN", "RU"] } as { kind: "countries"; countries: [string, string] };
  const published = new Map(kb.documents.map((d) => [d.id as string, d.published]));
  for (const period of [{}, { from: "2012" }]) {
    const counts = countCountries(facetsOf(kb), ["CN", "RU"], period);
    const listed = new Set([...counts.listed.partnerships, ...counts.listed.events]);
    const lines = [...kb.partnerships, ...kb.events].filter((x) => listed.has(x.id));
    const cited = new Set(lines.flatMap((x) => x.evidence.map((e) => e.documentId as string)));
    const named = new Set([...counts.people, ...counts.peopleNamed]);
    // What a store gives for each person: every document telling it, with what its version holds.
    const sources = new Map<string, PersonSource[]>();
    for (const p of kb.people.filter((x) => named.has(x.id))) {
      const roleDocs = new Set(p.affiliations.flatMap((a) => a.evidence.map((e) => e.documentId as string)));
      const all = [...new Set([...p.evidence, ...p.affiliations.flatMap((a) => a.evidence)].map((e) => e.documentId))];
      sources.set(
        p.id,
        all.sort().map((id) => ({
          id,
          published: published.get(id) ?? null,
          mentions: p.evidence.some((e) => e.documentId === id),
          affiliations: roleDocs.has(id),
          roles: roleDocs.has(id),
        })),
      );
    }
    const { keep, documents } = peopleCitable(sources, cited);
    expect(documents.get("person:often-0")).toBe(30);
    const kept = (id: string) => (e: { documentId: string }) => keep.get(id)?.has(e.documentId) ?? false;
    const people = kb.people
      .filter((p) => named.has(p.id))
      .map((p) => ({
        ...p,
        evidence: p.evidence.filter(kept(p.id)),
        affiliations: p.affiliations.map((a) => ({ ...a, evidence: a.evidence.filter(kept(p.id)) })),
      }));
    expect(people.find((p) => p.id === "person:often-0")!.evidence.length).toBeLessThan(20);
    const small: KnowledgeBase = {
      ...kb,
      partnerships: kb.partnerships.filter((x) => listed.has(x.id)),
      events: kb.events.filter((x) => listed.has(x.id)),
      people,
    };
    for (const format of ["md", "pdf"] as const) {
      const expected = await renderBrief(kb, request, { ...period, format });
      const actual = await renderBrief(small, request, {
        ...period,
        format,
        counts: { ...counts, peopleDocuments: documents },
      });
      expect(actual.ok && expected.ok).toBe(true);
      if (actual.ok && expected.ok && format === "md") {
        const text = new TextDecoder().decode(actual.bytes);
        expect(text).toBe(new TextDecoder().decode(expected.bytes));
        expect(text).toMatch(/\| Often Named0 \|[^\n]*\[\d+(, \d+){5} and 24 more\] \|/);
      }
      if (actual.ok && expected.ok) expect(Buffer.from(actual.bytes).equals(Buffer.from(expected.bytes))).toBe(true);
    }
  }
});

test("counts from a thousand on are printed in groups of three digits, in the Markdown and in the PDF", async () => {
  const kb = largeKnowledgeBase(1234);
  const request: BriefRequest = { kind: "countries", countries: ["CN", "RU"] };
  const result = briefData(kb, request);
  if (!result.ok || result.data.kind !== "countries") throw new Error("expected a countries brief");
  const n = result.data.partnershipCount;
  expect(n).toBeGreaterThan(1234);
  const grouped = `${Math.floor(n / 1000)},${String(n % 1000).padStart(3, "0")}`;
  const md = await renderBrief(kb, request, { format: "md" });
  const text = new TextDecoder().decode(md.ok ? md.bytes : new Uint8Array());
  expect(text).toContain(`The sources record ${grouped} partnerships`);
  expect(text).toMatch(/^\*Cooperation[^\n]*; \d,\d{3} partnerships, /m);
  expect(text).toMatch(/^\| Agreement \| \d,\d{3} \|$/m);
  // Every count a table ends its rows with is grouped (a year is a label, not a count).
  const counts = [...text.matchAll(/^\|[^\n]* \| ([\d,]+) \|$/gm)].map((m) => m[1]);
  expect(counts.length).toBeGreaterThan(10);
  for (const count of counts) expect(count).toMatch(/^\d{1,3}(,\d{3})*$/);
  const pdf = await renderBrief(kb, request, { format: "pdf" });
  expect(pdfText(pdf.ok ? pdf.bytes : new Uint8Array())).toContain(`${grouped} partnerships`);
});

test("the people a countries brief names on its lines are those of the events it lists, and no others", () => {
  const kb = largeKnowledgeBase();
  // The events' ids do not follow their dates, so lines enter the newest ones and are pushed out as others come.
  const counts = countCountries(facetsOf(kb), ["CN", "RU"]);
  expect(counts.listed.events.length).toBeGreaterThan(0);
  expect(counts.listed.events.length).toBeLessThan(kb.events.length);
  const listed = new Set(counts.listed.events);
  const expected = [...new Set(kb.events.filter((e) => listed.has(e.id)).flatMap((e) => e.people))].sort();
  expect(expected.length).toBeGreaterThan(0);
  expect(counts.peopleNamed).toEqual(expected);
});
