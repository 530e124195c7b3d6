import { normalizeName, type OrganizationId } from "@accord/domain";
import { foldChinese } from "../text/fold-chinese.ts";
import { isAcronymLike, type Token, tokenize } from "../text/tokenize.ts";
import type { GazetteerEntry } from "./gazetteer-entry.ts";

/** An organization the gazetteer knows, with how much to trust it. */
export interface KnownOrganization {
  id: OrganizationId;
  entry: GazetteerEntry;
  /** Curated entries (names, acronyms, scripts checked) outrank entries derived from bulk lists. */
  curated: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  ids: OrganizationId[];
}

/** The gazetteer, indexed for the matchers: token tries, Chinese names, acronyms, domains. */
export interface Gazetteer {
  organizations: Map<OrganizationId, KnownOrganization>;
  /** Normalized token sequences of every Latin- and Cyrillic-script name. */
  names: TrieNode;
  /** Simplified Chinese names by their first character, longest first. */
  han: Map<string, { name: string; id: OrganizationId }[]>;
  /** Acronyms exactly as written. */
  acronyms: Map<string, OrganizationId[]>;
  domains: Map<string, OrganizationId>;
  /** Names as sorted sets of content words, for word-order variants. */
  wordSets: Map<string, OrganizationId[]>;
  /** Content words to the organizations whose names contain them, for misspelt names. */
  byWord: Map<string, OrganizationId[]>;
}

/** A layer of entries: curated files, or a bulk list used only where curated ones are silent. */
export interface GazetteerLayer {
  entries: readonly GazetteerEntry[];
  curated: boolean;
}

const STOP = new Set(["the", "of", "and", "in", "at", "for", "named", "after", "de", "&", "imeni", "им", "имени"]);

/** Content words of a name, normalized, as the key of a word-order-insensitive lookup. */
export function wordSetKey(words: readonly string[]): string {
  return [...new Set(words.filter((w) => !STOP.has(w)))].sort().join(" ");
}

/**
 * Builds the index. Curated layers come first and win: a bulk entry that shares a name or a
 * web domain with a curated one only adds its name as an alias of the curated entry.
 */
export function buildGazetteer(layers: readonly GazetteerLayer[]): Gazetteer {
  const g: Gazetteer = {
    organizations: new Map(),
    names: { next: new Map(), ids: [] },
    han: new Map(),
    acronyms: new Map(),
    domains: new Map(),
    wordSets: new Map(),
    byWord: new Map(),
  };
  const byName = new Map<string, OrganizationId>();
  for (const layer of layers) {
    for (const entry of layer.entries) {
      const id = `org:${entry.id}` as OrganizationId;
      const same = g.organizations.get(id);
      // A bulk entry that shares a web domain or a name with a known one is that organization.
      const owner = layer.curated
        ? undefined
        : (entry.domains.map((d) => g.domains.get(d)).find((x) => x !== undefined) ??
          [entry.name, ...entry.aliases].map((n) => byName.get(normalizeName(n))).find((x) => x !== undefined));
      const known = same ?? (owner ? g.organizations.get(owner) : undefined);
      if (known) {
        const addition =
          known.id === id ? entry : { ...entry, name: known.entry.name, aliases: [entry.name, ...entry.aliases] };
        known.entry = mergeEntries(known.entry, addition);
        indexEntry(g, byName, known.id, addition);
        continue;
      }
      g.organizations.set(id, { id, entry, curated: layer.curated });
      indexEntry(g, byName, id, entry);
    }
  }
  for (const list of g.han.values()) list.sort((a, b) => b.name.length - a.name.length);
  return g;
}

function mergeEntries(a: GazetteerEntry, b: GazetteerEntry): GazetteerEntry {
  const u = (x: readonly string[], y: readonly string[]) => [...new Set([...x, ...y])];
  return {
    ...a,
    acronyms: u(a.acronyms, b.acronyms),
    aliases: u(a.aliases, b.aliases).filter((n) => n !== a.name),
    zh: u(a.zh, b.zh),
    ru: u(a.ru, b.ru),
    domains: u(a.domains, b.domains),
    tags: u(a.tags, b.tags),
    city: a.city ?? b.city,
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

function indexEntry(g: Gazetteer, byName: Map<string, OrganizationId>, id: OrganizationId, entry: GazetteerEntry) {
  for (const domain of entry.domains) if (!g.domains.has(domain)) g.domains.set(domain, id);
  for (const acronym of entry.acronyms) push(g.acronyms, acronym, id);
  const words = [entry.name, ...entry.aliases, ...entry.ru];
  for (const name of words) {
    if (isAcronymLike(name) && !name.includes(" ")) {
      push(g.acronyms, name, id);
      continue;
    }
    const key = normalizeName(name);
    if (!byName.has(key)) byName.set(key, id);
    for (const tokens of initialsVariants(tokenize(name))) {
      if (tokens.length === 0) continue;
      let node = g.names;
      for (const t of tokens) {
        let child = node.next.get(t);
        if (!child) {
          child = { next: new Map(), ids: [] };
          node.next.set(t, child);
        }
        node = child;
      }
      if (!node.ids.includes(id)) node.ids.push(id);
      if (tokens.length >= 2) {
        push(g.wordSets, wordSetKey(tokens), id);
        for (const t of new Set(tokens)) if (!STOP.has(t) && t.length >= 4) push(g.byWord, t, id);
      }
    }
  }
  for (const name of entry.zh) {
    const folded = foldChinese(name);
    const first = folded[0];
    if (!first) continue;
    const list = g.han.get(first) ?? [];
    if (!list.some((x) => x.name === folded && x.id === id)) list.push({ name: folded, id });
    g.han.set(first, list);
    byName.set(normalizeName(folded), byName.get(normalizeName(folded)) ?? id);
  }
}

/**
 * A name's words, and the same with its initials written the other way (texts write "им. Н. Э. Баумана" and
 * "им. Н.Э. Баумана", which read as the words "н", "э" or as the one word "нэ") and with "им." for "имени".
 */
function initialsVariants(tokens: readonly Token[]): string[][] {
  const norms = tokens.map((t) => t.norm);
  const other: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    let j = i;
    while (j < tokens.length && SINGLE_LETTER.test((tokens[j] as Token).norm)) j++;
    if (j - i >= 2) {
      other.push(norms.slice(i, j).join(""));
      i = j - 1;
    } else if (DOTTED_INITIALS.test(t.text)) other.push(...t.norm);
    else other.push(t.norm);
  }
  const variants = other.join(" ") === norms.join(" ") ? [norms] : [norms, other];
  // "им." and "имени" are the same word: each form is listed with the other too.
  for (const words of [...variants]) {
    if (!words.some((w) => NAMED_AFTER.has(w))) continue;
    variants.push(words.map((w) => (w === "им" ? "имен" : w === "имен" ? "им" : w)));
  }
  return variants;
}

const NAMED_AFTER = new Set(["им", "имен"]);

const SINGLE_LETTER = /^\p{L}$/u;
const DOTTED_INITIALS = /^\p{Lu}(\.\p{Lu})+\.?$/u;

/** Follows the token trie from `tokens[i]` and returns the longest name that matches there. */
export function longestNameAt(
  g: Gazetteer,
  norms: readonly string[],
  i: number,
): { length: number; ids: OrganizationId[] } | undefined {
  let node: TrieNode | undefined = g.names;
  let best: { length: number; ids: OrganizationId[] } | undefined;
  for (let j = i; j < norms.length && node; j++) {
    node = node.next.get(norms[j] ?? "");
    if (node && node.ids.length > 0) best = { length: j - i + 1, ids: node.ids };
  }
  return best;
}
