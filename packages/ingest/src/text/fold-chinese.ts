import { Converter } from "opencc-js/t2cn";

let convert: ((text: string) => string) | undefined;

/**
 * Traditional Chinese characters folded to simplified ones, one character for one, so offsets
 * into the folded text are offsets into the original.
 */
export function foldChinese(text: string): string {
  const run = convert ?? Converter({ from: "t", to: "cn" });
  convert = run;
  const whole = run(text);
  if (whole.length === text.length) return whole;
  let out = "";
  for (const c of text) {
    const folded = run(c);
    out += folded.length === c.length ? folded : c;
  }
  return out;
}
