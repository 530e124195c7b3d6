import { normalizeName } from "@accord/domain";

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
