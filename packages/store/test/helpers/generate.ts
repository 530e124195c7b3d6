import type { DocumentFacts } from "@accord/domain";
import { evidenceIn, makeDocument, org } from "./make-facts.ts";

// mulberry32: a small seeded generator, so every run makes the same documents.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ["ka", "lo", "mi", "ren", "sa", "tu", "vor", "zel", "pa", "ni", "dro", "ul", "fe", "gas", "hi", "bo"];

/** `count` distinct documents of invented words, each naming one university that all of them share. */
export function generateDocuments(count: number, seed = 1): DocumentFacts[] {
  const next = random(seed);
  const word = () =>
    Array.from({ length: 2 + Math.floor(next() * 3) }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join("");
  return Array.from({ length: count }, (_, i) => {
    const words = Array.from({ length: 80 }, word).join(" ");
    const text = `Report ${i}\nShared University met ${words}.`;
    const document = makeDocument(text, `generated/${i}.html`);
    return {
      document,
      organizations: [org("shared-university", "Shared University", [evidenceIn(document, "Shared University met")])],
      people: [],
      partnerships: [],
      events: [],
    };
  });
}
