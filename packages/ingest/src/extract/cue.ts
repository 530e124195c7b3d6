const CYRILLIC = /[\u0400-\u04ff]/;
const HAN = /[\u3400-\u9fff]/;

/** A cue regex split by script, so an English sentence is never searched for Russian or Chinese words. */
export interface Cue {
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/** The top-level alternatives of a regex source. */
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(source.slice(start, i));
      start = i + 1;
    }
  }
  out.push(source.slice(start));
  return out;
}

/** Splits `re` into its Latin, Cyrillic and Chinese alternatives; a sentence is searched only for its own scripts. */
export function cue(re: RegExp): Cue {
  const parts = { latin: [] as string[], cyrillic: [] as string[], han: [] as string[] };
  for (const alt of alternatives(re.source)) {
    if (CYRILLIC.test(alt)) parts.cyrillic.push(alt);
    else if (HAN.test(alt)) parts.han.push(alt);
    else parts.latin.push(alt);
  }
  const make = (list: string[], unicode: boolean) =>
    list.length === 0 ? null : new RegExp(list.join("|"), re.flags.replace(unicode ? "" : "u", "").replace("g", ""));
  const latin = make(
    parts.latin,
    parts.latin.some((a) => a.includes("\\p{")),
  );
  const cyrillic = make(parts.cyrillic, true);
  const han = make(parts.han, true);
  return {
    test: (text) => {
      if (latin?.test(text)) return true;
      const { cyrillic: hasCyrillic, han: hasHan } = scriptsOf(text);
      return (hasCyrillic && cyrillic?.test(text)) || (hasHan && han?.test(text)) || false;
    },
    exec: (text) => {
      const { cyrillic: hasCyrillic, han: hasHan } = scriptsOf(text);
      let best = latin?.exec(text) ?? null;
      for (const r of [hasCyrillic ? cyrillic : null, hasHan ? han : null]) {
        const m = r?.exec(text) ?? null;
        if (m && (!best || m.index < best.index)) best = m;
      }
      return best;
    },
  };
}

// A sentence is tested against many cues in a row: its scripts are looked up once.
const lastScripts = { text: "", cyrillic: false, han: false };

function scriptsOf(text: string): { cyrillic: boolean; han: boolean } {
  if (text !== lastScripts.text) {
    lastScripts.text = text;
    lastScripts.cyrillic = CYRILLIC.test(text);
    lastScripts.han = HAN.test(text);
  }
  return lastScripts;
}
