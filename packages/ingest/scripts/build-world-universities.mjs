#!/usr/bin/env node
// Derives data/world-universities.json (a gazetteer layer: name, country, domains) from the
// university-domains-list data set (MIT licence; its notice is kept in the output and beside it).
//   node scripts/build-world-universities.mjs PATH/TO/university-domains-list
import { copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const source = process.argv[2];
if (!source) {
  console.error("usage: build-world-universities.mjs DIR (the folder with world_universities_and_domains.json)");
  process.exit(2);
}
const rows = JSON.parse(readFileSync(join(source, "world_universities_and_domains.json"), "utf8"));
const licence = readFileSync(join(source, "LICENSE.txt"), "utf8");
const slug = (s) =>
  s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const domainOk = (d) => /^[a-z0-9.-]+\.[a-z]{2,}$/.test(d);
const seen = new Map();
const entries = [];
for (const row of rows) {
  const name = String(row.name ?? "")
    .trim()
    .replace(/\s+/g, " ");
  const country = String(row.alpha_two_code ?? "").toUpperCase();
  if (name.length < 4 || !/^[A-Z]{2}$/.test(country)) continue;
  let id = slug(name) || "university";
  if (seen.has(id)) {
    const first = seen.get(id);
    if (first.country === country) {
      for (const d of row.domains ?? [])
        if (domainOk(d.toLowerCase()) && !first.domains.includes(d.toLowerCase())) first.domains.push(d.toLowerCase());
      continue;
    }
    id = `${id}-${country.toLowerCase()}`;
    if (seen.has(id)) continue;
  }
  // "Indian Institute of Technology, Delhi" is also written "Indian Institute of Technology Delhi" and "IIT Delhi".
  const aliases = [];
  const comma = /^([^,]+),\s*([^,]+)$/.exec(name);
  if (comma) {
    const [, body, place] = comma;
    aliases.push(`${body} ${place}`, `${body} (${place})`);
    const initials = body
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0])
      .join("");
    if (initials.length >= 3) aliases.push(`${initials} ${place}`);
  }
  const entry = {
    id,
    name,
    ...(aliases.length > 0 ? { aliases } : {}),
    country,
    kind: "university",
    domains: [
      ...new Set(
        (row.domains ?? []).map((d) =>
          String(d)
            .toLowerCase()
            .replace(/^www\./, ""),
        ),
      ),
    ].filter(domainOk),
  };
  seen.set(id, entry);
  entries.push(entry);
}
entries.sort((a, b) => (a.id < b.id ? -1 : 1));
const notice = `Derived from the Hipo/university-domains-list data set, MIT licence:\n${licence.trim()}`;
const out = { format: "accord-gazetteer", version: 1, notice, entries };
writeFileSync(new URL("../data/world-universities.json", import.meta.url), `${JSON.stringify(out)}\n`);
copyFileSync(join(source, "LICENSE.txt"), new URL("../data/world-universities.LICENSE.txt", import.meta.url));
console.log(`wrote ${entries.length} entries`);
