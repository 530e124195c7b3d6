import { writeFileSync } from "node:fs";
import { test } from "vitest";
import { renderBrief } from "../src/index.ts";
import { fixtureKnowledgeBase, hostileKnowledgeBase } from "./fixtures/knowledge-base.ts";

test("scratch", async () => {
  const kb = fixtureKnowledgeBase();
  for (const [name, req] of [
    ["pair", { kind: "pair", organizations: ["SRUT", "БГИУ"] }],
    ["org", { kind: "org", organization: "松花江理工大学" }],
    ["countries", { kind: "countries", countries: ["CN", "RU"] }],
  ] as const) {
    const t = performance.now();
    const r = await renderBrief(name === "countries" ? hostileKnowledgeBase() : kb, req);
    console.log(name, r.ok ? r.bytes.length : r.reason, performance.now() - t);
    if (r.ok) writeFileSync(`/tmp/brief-${name}.pdf`, r.bytes);
    const m = await renderBrief(kb, req, { format: "md" });
    if (m.ok) writeFileSync(`/tmp/brief-${name}.md`, m.bytes);
  }
});
