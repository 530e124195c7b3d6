import { normalizeName, slugify } from "@accord/domain";

/**
 * `compute`, remembered for the inputs met most recently: the same names come back in every document.
 * Bounded (the memory is cleared when full), so it stays flat however many documents pass.
 */
export function remembered(compute: (input: string) => string, limit = 20_000): (input: string) => string {
  const seen = new Map<string, string>();
  return (input) => {
    let value = seen.get(input);
    if (value === undefined) {
      value = compute(input);
      if (seen.size >= limit) seen.clear();
      seen.set(input, value);
    }
    return value;
  };
}

/** `normalizeName`, remembered. */
export const nameKey = remembered(normalizeName);

/** `slugify`, remembered. */
export const slugKey = remembered(slugify);
