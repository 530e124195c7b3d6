// The Palladius system writes Chinese syllables in Cyrillic ("Чжан Пинвэнь" is Zhang Pingwen). Its table is
// built here from pinyin by the system's rules, then read backwards.

const INITIALS: Record<string, string> = {
  b: "б",
  p: "п",
  m: "м",
  f: "ф",
  d: "д",
  t: "т",
  n: "н",
  l: "л",
  g: "г",
  k: "к",
  h: "х",
  j: "цз",
  q: "ц",
  x: "с",
  zh: "чж",
  ch: "ч",
  sh: "ш",
  r: "ж",
  z: "цз",
  c: "ц",
  s: "с",
};
const FINALS: Record<string, string> = {
  a: "а",
  o: "о",
  e: "э",
  ai: "ай",
  ei: "эй",
  ao: "ао",
  ou: "оу",
  an: "ань",
  en: "энь",
  ang: "ан",
  eng: "эн",
  ong: "ун",
  i: "и",
  ia: "я",
  ie: "е",
  iao: "яо",
  iu: "ю",
  ian: "янь",
  in: "инь",
  iang: "ян",
  ing: "ин",
  iong: "юн",
  u: "у",
  ua: "уа",
  uo: "о",
  uai: "уай",
  ui: "уй",
  uan: "уань",
  un: "унь",
  uang: "уан",
  v: "юй",
  ve: "юэ",
};
const ZERO: Record<string, string> = {
  a: "а",
  o: "о",
  e: "э",
  ai: "ай",
  ei: "эй",
  ao: "ао",
  ou: "оу",
  an: "ань",
  en: "энь",
  ang: "ан",
  eng: "эн",
  er: "эр",
  yi: "и",
  ya: "я",
  ye: "е",
  yao: "яо",
  you: "ю",
  yan: "янь",
  yin: "инь",
  yang: "ян",
  ying: "ин",
  yong: "юн",
  wu: "у",
  wa: "ва",
  wo: "во",
  wai: "вай",
  wei: "вэй",
  wan: "вань",
  wen: "вэнь",
  wang: "ван",
  weng: "вэн",
  yu: "юй",
  yue: "юэ",
  yuan: "юань",
  yun: "юнь",
};

function palladiusOf(initial: string, final: string): string | undefined {
  const ini = INITIALS[initial];
  if (!ini) return undefined;
  // Pinyin writes o alone only after b, p, m, f; elsewhere "го" is guo.
  if (final === "o" && !/^[bpmf]$/.test(initial)) return undefined;
  // After h, ui is written "уэй" (хуэй); after g and k it stays "уй".
  if (initial === "h" && final === "ui") return "хуэй";
  const palatal = initial === "j" || initial === "q" || initial === "x";
  // After j, q, x the written u is ü.
  const f = palatal && final.startsWith("u") ? `v${final.slice(1).replace(/^an$/, "an").replace(/^n$/, "n")}` : final;
  if (palatal && !/^(i|v)/.test(f)) return undefined;
  if (!palatal && initial !== "n" && initial !== "l" && f.startsWith("v")) return undefined;
  if ((initial === "z" || initial === "c" || initial === "s") && f === "i") return `${ini}ы`;
  if ((initial === "zh" || initial === "ch" || initial === "sh" || initial === "r") && f.startsWith("i")) {
    return f === "i" ? `${ini}и` : undefined;
  }
  if ((initial === "z" || initial === "c" || initial === "s") && f.startsWith("i")) return undefined;
  const fin = f === "van" ? "юань" : f === "vn" ? "юнь" : FINALS[f];
  if (!fin) return undefined;
  // "е" and "ю", "я" carry their own softness after a consonant.
  return `${ini}${fin}`;
}

let table: Map<string, string> | undefined;

function syllables(): Map<string, string> {
  if (table) return table;
  table = new Map();
  for (const [pinyin, cyr] of Object.entries(ZERO)) table.set(cyr, pinyin);
  for (const initial of Object.keys(INITIALS))
    for (const final of [...Object.keys(FINALS), "van", "vn"]) {
      const cyr = palladiusOf(initial, final);
      const pinyin = `${initial}${final.replace(/^v/, initial === "n" || initial === "l" ? "ü" : "u")}`;
      if (cyr && !table.has(cyr)) table.set(cyr, pinyin.replace("ü", "v"));
    }
  return table;
}

/** Reads one Cyrillic word as Palladius syllables and returns its pinyin, or undefined if it is not one. */
export function pinyinOfPalladius(word: string): string | undefined {
  const w = word.toLowerCase().replace(/ё/g, "е");
  const t = syllables();
  // Fewest syllables first: "пинвэнь" is ping+wen, not pi+n…
  const best: (string[] | undefined)[] = [[]];
  for (let i = 1; i <= w.length; i++) {
    for (let k = Math.max(0, i - 5); k < i; k++) {
      const head = best[k];
      const syllable = t.get(w.slice(k, i));
      if (!head || !syllable) continue;
      const candidate = [...head, syllable];
      const current = best[i];
      if (!current || candidate.length < current.length) best[i] = candidate;
    }
  }
  return best[w.length]?.join("");
}
