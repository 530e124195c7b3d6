import type { OrganizationId } from "@accord/domain";
import { type Gazetteer, type KnownOrganization, wordSetKey } from "../gazetteer/build-gazetteer.ts";
import { countryFromName } from "./country-clues.ts";

/** Picks among gazetteer organizations sharing a name: one already in the text, then curated, then the first. */
export function pickKnown(
  g: Gazetteer,
  ids: readonly OrganizationId[],
  inText: ReadonlySet<OrganizationId>,
): KnownOrganization | undefined {
  const orgs = ids.map((id) => g.organizations.get(id)).filter((o): o is KnownOrganization => o !== undefined);
  return (
    orgs.find((o) => inText.has(o.id)) ??
    orgs.find((o) => o.curated && o.entry.tags.length > 0) ??
    orgs.find((o) => o.curated) ??
    orgs[0]
  );
}

const SAINTS = new Set(["st", "saint", "sankt"]);

const wordsOfName = new Map<string, string[]>();

/** The content words of a gazetteer name, computed once. */
function nameWords(name: string): string[] {
  let words = wordsOfName.get(name);
  if (!words) {
    words = wordSetKey(
      name
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    ).split(" ");
    wordsOfName.set(name, words);
  }
  return words;
}

function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      cur.push(v);
      best = Math.min(best, v);
    }
    if (best > limit) return limit + 1;
    prev = cur;
  }
  return prev[b.length] ?? limit + 1;
}

const NO_IDS: readonly OrganizationId[] = [];
// The organizations of a word as a set, built the first time the word is looked at.
const membersOfList = new WeakMap<readonly OrganizationId[], Set<OrganizationId>>();

function membersOf(list: readonly OrganizationId[]): Set<OrganizationId> {
  let members = membersOfList.get(list);
  if (!members) {
    members = new Set(list);
    membersOfList.set(list, members);
  }
  return members;
}

/**
 * The organizations whose names have all of `words` but one, in the order of a count over the words' lists.
 * Such an organization is in one of any two of the lists, so the two shortest give every candidate: a count
 * over every list ("university" has thousands of organizations) was the costliest step of a long name.
 */
function idsMissingOneWord(g: Gazetteer, words: readonly string[]): OrganizationId[] {
  const lists = words.map((w) => g.byWord.get(w) ?? NO_IDS);
  const [a = NO_IDS, b = NO_IDS] = [...lists].sort((x, y) => x.length - y.length);
  const found: OrganizationId[] = [];
  for (const id of new Set([...a, ...b])) {
    let shared = 0;
    for (const list of lists) if (membersOf(list).has(id)) shared++;
    if (shared === words.length - 1) found.push(id);
  }
  // A count would meet them in the order of the first list that has them, and of their place in that list.
  return found
    .map((id) => {
      const k = lists.findIndex((list) => membersOf(list).has(id));
      return { id, k, at: lists[k]?.indexOf(id) ?? 0 };
    })
    .sort((x, y) => x.k - y.k || x.at - y.at)
    .map((x) => x.id);
}

/**
 * Resolves a name the trie did not match to a gazetteer organization: the same words in
 * another order ("Bauman State Technical University in Moscow"), or, for names of four or
 * more words, all words alike but one that is misspelt ("Moscow Borman State Technical University").
 */
export function resolvePhrase(
  g: Gazetteer,
  norms: readonly string[],
  inText: ReadonlySet<OrganizationId>,
): KnownOrganization | undefined {
  const key = wordSetKey(norms);
  const exact = g.wordSets.get(key);
  if (exact) return pickKnown(g, exact, inText);
  const words = key.split(" ").filter(Boolean);
  if (words.length >= 3) {
    // All the words of a known name but its city: "Bauman State Technical University" (in Moscow).
    const rarest = [...words].sort((a, b) => (g.byWord.get(a)?.length ?? 0) - (g.byWord.get(b)?.length ?? 0))[0] ?? "";
    for (const id of g.byWord.get(rarest) ?? []) {
      const org = g.organizations.get(id);
      if (!org?.curated) continue;
      for (const name of [org.entry.name, ...org.entry.aliases]) {
        const other = nameWords(name);
        const extra = other.filter((w) => !words.includes(w));
        // The city may be two words: "Peter the Great Polytechnic University" (in St. Petersburg).
        if (
          words.every((w) => other.includes(w)) &&
          extra.length >= 1 &&
          extra.length <= 2 &&
          extra.every((w) => countryFromName(w) !== null || SAINTS.has(w)) &&
          extra.some((w) => countryFromName(w) !== null)
        )
          return org;
      }
    }
  }
  if (words.length < 4) return undefined;
  for (const id of idsMissingOneWord(g, words)) {
    const org = g.organizations.get(id);
    if (!org) continue;
    for (const name of [org.entry.name, ...org.entry.aliases]) {
      const other = nameWords(name);
      if (other.length !== words.length) continue;
      const missing = words.filter((w) => !other.includes(w));
      const extra = other.filter((w) => !words.includes(w));
      const [m] = missing;
      const [x] = extra;
      if (missing.length === 1 && extra.length === 1 && m && x && m.length >= 5 && editDistance(m, x, 2) <= 2)
        return org;
    }
  }
  return undefined;
}
