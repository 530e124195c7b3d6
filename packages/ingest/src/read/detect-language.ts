import type { Language } from "@accord/domain";

const SAMPLE_CHARS = 100_000;

/** The language of a text by the share of its letters in each script: Han → zh, Cyrillic → ru, else en. */
export function detectLanguage(text: string): Language {
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  let letters = 0;
  let han = 0;
  let cyrillic = 0;
  for (const match of sample.matchAll(/\p{L}/gu)) {
    letters += 1;
    const c = match[0];
    if (/\p{Script=Han}/u.test(c)) han += 1;
    else if (/\p{Script=Cyrillic}/u.test(c)) cyrillic += 1;
  }
  if (letters === 0) return "en";
  if (han / letters >= 0.2) return "zh";
  if (cyrillic / letters >= 0.3) return "ru";
  return "en";
}

/** Reads a declared language (`zh-CN`, `ru_RU`, `English`) as one of accord's; null for any other. */
export function parseLanguageTag(tag: string | null | undefined): Language | null {
  const lower = tag?.trim().toLowerCase() ?? "";
  const primary = lower.split(/[-_\s]/)[0] ?? "";
  if (primary === "zh" || primary === "chinese" || primary === "中文" || lower === "cn") return "zh";
  if (primary === "ru" || primary === "russian" || primary === "русский") return "ru";
  if (primary === "en" || primary === "english") return "en";
  return null;
}
