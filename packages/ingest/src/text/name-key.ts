import { normalizeName, slugify } from "@accord/domain";

// The same names come back in every document; their keys are kept, up to a bound so memory stays flat.
const KEYS = new Map<string, string>();
const LIMIT = 20_000;

/** `normalizeName`, remembered for the names met most recently. */
export function nameKey(name: string): string {
  let key = KEYS.get(name);
  if (key === undefined) {
    key = normalizeName(name);
    if (KEYS.size >= LIMIT) KEYS.clear();
    KEYS.set(name, key);
  }
  return key;
}

const SLUGS = new Map<string, string>();

/** `slugify`, remembered the same way. */
export function slugKey(name: string): string {
  let slug = SLUGS.get(name);
  if (slug === undefined) {
    slug = slugify(name);
    if (SLUGS.size >= LIMIT) SLUGS.clear();
    SLUGS.set(name, slug);
  }
  return slug;
}
