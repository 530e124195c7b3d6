// The kinds of hostile input, each a function of a seeded random source; input N of seed S is always the same.
import { createRequire } from "node:module";
import { documentXml, makeDocx, makeDocxBomb } from "./make-docx.mjs";
import { makePdf } from "./make-pdf.mjs";
import { htmlPage, paragraphs, sentence } from "./material.mjs";
import { concat, mutateBytes } from "./mutate.mjs";
import { createRandom } from "./random.mjs";

const ingestRequire = createRequire(new URL("../../packages/ingest/package.json", import.meta.url));
const iconv = ingestRequire("iconv-lite");

const EXTENSIONS = ["txt", "md", "html", "htm", "pdf", "docx", "xyz", "bin", ""];
const utf8 = (text) => new Uint8Array(Buffer.from(text, "utf8"));
const encode = (text, encoding) => new Uint8Array(iconv.encode(text, encoding));
const named = (base, ext) => (ext === "" ? base : `${base}.${ext}`);

const validPdf = (random) =>
  makePdf({
    pages: Array.from({ length: random.int(1, 3) }, () => paragraphs(random, random.int(1, 4), "en")),
    title: random.chance(0.5) ? sentence(random, "en").slice(0, 50) : null,
    creationDate: random.chance(0.5)
      ? `D:20${random.int(10, 25)}0${random.int(1, 9)}1${random.int(0, 9)}101500+03'00'`
      : null,
  });
const validDocx = (random) =>
  makeDocx({ xml: documentXml(paragraphs(random)), title: random.chance(0.5) ? sentence(random).slice(0, 40) : null });
const validText = (random) => `${sentence(random, "en").slice(0, 70)}\n\n${paragraphs(random).join("\n\n")}\n`;

const CONTROL_AND_BIDI = [
  "\u0000",
  "\u0007",
  "\u001b[31m",
  "\u0085",
  "\u009b",
  "\u200b",
  "\u200e",
  "\u200f",
  "\u202a",
  "\u202b",
  "\u202d",
  "\u202e",
  "\u2066",
  "\u2067",
  "\u2068",
  "\u2069",
  "\u2028",
  "\u2029",
  "\ufeff",
  "\ufffd",
  "\r",
  "\f",
  "\v",
  "\u0301\u0302\u0303\u0304\u0305",
];
const INVALID_UTF8 = [
  [0x80],
  [0xbf, 0xbf],
  [0xc0, 0xaf],
  [0xe0, 0x80, 0xaf],
  [0xed, 0xa0, 0x80],
  [0xed, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xfe],
  [0xff, 0xfe],
  [0xe4, 0xbd],
  [0xc3],
];

/** [kind, weight, generate(random, index) → { name, bytes }]. */
export const KINDS = [
  [
    "random-bytes",
    10,
    (r, i) => ({
      name: named(`random-${i}`, r.pick(EXTENSIONS)),
      bytes: r.bytes(r.pick([1, 16, 512, 4096, r.int(1, 65536)])),
    }),
  ],
  ["valid-text", 5, (r, i) => ({ name: `article-${i}.${r.pick(["txt", "md"])}`, bytes: utf8(validText(r)) })],
  ["valid-html", 4, (r, i) => ({ name: `page-${i}.${r.pick(["html", "htm"])}`, bytes: utf8(htmlPage(r)) })],
  ["valid-pdf", 3, (r, i) => ({ name: `release-${i}.pdf`, bytes: validPdf(r) })],
  ["valid-docx", 3, (r, i) => ({ name: `memo-${i}.docx`, bytes: validDocx(r) })],
  [
    "truncated-pdf",
    4,
    (r, i) => {
      const pdf = validPdf(r);
      return { name: `truncated-${i}.pdf`, bytes: pdf.slice(0, r.int(0, pdf.length - 1)) };
    },
  ],
  [
    "bit-flipped-pdf",
    4,
    (r, i) => {
      const pdf = validPdf(r);
      for (let k = r.int(1, 24); k > 0; k--) pdf[r.int(0, pdf.length - 1)] ^= 1 << r.int(0, 7);
      return { name: `flipped-${i}.pdf`, bytes: pdf };
    },
  ],
  ["broken-docx", 5, (r, i) => ({ name: `broken-${i}.docx`, bytes: brokenDocx(r) })],
  [
    "docx-zip-bomb",
    1,
    (r, i) => ({
      name: `bomb-${i}.docx`,
      bytes: makeDocxBomb({ inflatedBytes: r.int(1, 3) * 1024 ** 3, lie: r.chance(0.5) }),
    }),
  ],
  ["deep-html", 1, (r, i) => ({ name: `deep-${i}.html`, bytes: utf8(deepHtml(r)) })],
  ["ten-mb-line", 1, (r, i) => ({ name: `line-${i}.${r.pick(["txt", "html", "md"])}`, bytes: utf8(longLine(r)) })],
  ["invalid-utf8", 4, (r, i) => ({ name: `invalid-${i}.${r.pick(["txt", "html", "md"])}`, bytes: invalidUtf8(r) })],
  ["mixed-encodings", 4, (r, i) => mixedEncodings(r, i)],
  ["control-and-bidi", 4, (r, i) => ({ name: `controls-${i}.${r.pick(["txt", "html"])}`, bytes: utf8(controls(r)) })],
  ["long-names", 3, (r, i) => longNames(r, i)],
  ["mislabelled-format", 3, (r, i) => mislabelled(r, i)],
  ["mutated-valid", 6, (r, i) => mutatedValid(r, i)],
];

/** Input `index` of run `seed`: the first pass gives every kind once, then kinds come by weight. */
export function generateInput(seed, index) {
  const random = createRandom(`${seed}:${index}`);
  const entry = index < KINDS.length ? KINDS[index] : random.weighted(KINDS.map((k) => [k, k[1]]));
  const [kind, , generate] = entry;
  const { name, bytes } = generate(random, index);
  return { kind, name, bytes };
}

function brokenDocx(r) {
  const xml = documentXml(paragraphs(r));
  const variant = r.pick(["truncated", "unclosed", "entity", "garbage", "deep", "no-document", "bad-zip", "utf16"]);
  if (variant === "truncated") return makeDocx({ xml: xml.slice(0, r.int(0, xml.length - 1)) });
  if (variant === "unclosed") return makeDocx({ xml: xml.replace(/<\/w:t>/g, () => (r.chance(0.3) ? "" : "</w:t>")) });
  if (variant === "entity")
    return makeDocx({
      xml: xml.replace("<w:body>", '<!DOCTYPE x [<!ENTITY a "&a;&a;">]><w:body>&a;&undefined;&#xFFFFFF;'),
    });
  if (variant === "garbage") return makeDocx({ xml: mutateBytes(r, utf8(xml)) });
  if (variant === "deep") {
    const depth = r.pick([10_000, 100_000]);
    return makeDocx({
      xml: `<?xml version="1.0"?><w:document><w:body>${"<w:p>".repeat(depth)}text</w:body></w:document>`,
    });
  }
  if (variant === "no-document") return makeDocx({ xml, part: r.pick(["word/Document.xml", "document.xml", "word/"]) });
  if (variant === "utf16") return makeDocx({ xml: new Uint8Array(Buffer.from(`\ufeff${xml}`, "utf16le")) });
  const zip = makeDocx({ xml });
  return zip.slice(0, r.int(4, zip.length - 1));
}

function deepHtml(r) {
  const depth = r.pick([100_000, 100_000, 50_000]);
  const tag = r.pick(["div", "span", "b", "p", "li", "table", "mixed"]);
  const tags = ["div", "span", "b", "i", "section", "font", "a"];
  let open = "";
  let close = "";
  for (let d = 0; d < depth; d++) {
    const t = tag === "mixed" ? tags[d % tags.length] : tag;
    open += `<${t}>`;
    close = r.chance(0.5) ? close : `${close}</${t}>`;
  }
  return `<html><body>${open}${paragraphs(r, 2).join(" ")}${r.chance(0.5) ? close : ""}</body></html>`;
}

function longLine(r) {
  const size = 10 * 1024 * 1024;
  const variant = r.pick(["letters", "words", "names", "sentences"]);
  if (variant === "letters") return "x".repeat(size);
  if (variant === "words") return "lorem ".repeat(size / 6);
  if (variant === "names") return "Harbin Institute of Technology ".repeat(size / 31);
  return `${sentence(r, "en")} `.repeat(Math.ceil(size / 90)).slice(0, size);
}

function invalidUtf8(r) {
  const text = utf8(validText(r));
  const parts = [];
  let at = 0;
  for (let k = r.int(1, 40); k > 0 && at < text.length; k--) {
    const next = r.int(at, text.length);
    parts.push(text.subarray(at, next), Uint8Array.from(r.pick(INVALID_UTF8)));
    at = next;
  }
  parts.push(text.subarray(at));
  return concat(...parts);
}

function mixedEncodings(r, i) {
  const variant = r.pick(["mixed", "mislabelled-meta", "utf16", "bom-lies", "legacy"]);
  if (variant === "mixed") {
    const chunks = Array.from({ length: r.int(2, 6) }, () =>
      encode(sentence(r), r.pick(["utf8", "win1251", "koi8-r", "gbk", "big5", "shift_jis", "utf16le"])),
    );
    return { name: `mixed-${i}.${r.pick(["txt", "html"])}`, bytes: concat(...chunks) };
  }
  if (variant === "mislabelled-meta") {
    const declared = r.pick(["utf-8", "windows-1251", "gb2312", "koi8-r", "iso-8859-1", "x-unknown-charset"]);
    const actual = r.pick(["utf8", "win1251", "gbk", "koi8-r", "utf16le"]);
    return {
      name: `meta-${i}.html`,
      bytes: encode(htmlPage(r, { charset: declared, body: paragraphs(r, 3, r.pick(["ru", "zh"])) }), actual),
    };
  }
  if (variant === "utf16")
    return {
      name: `utf16-${i}.txt`,
      bytes: encode(`${r.chance(0.5) ? "\ufeff" : ""}${validText(r)}`, r.pick(["utf16le", "utf16be"])),
    };
  if (variant === "bom-lies")
    return {
      name: `bom-${i}.txt`,
      bytes: concat(
        Uint8Array.from(
          r.pick([
            [0xff, 0xfe],
            [0xfe, 0xff],
            [0xef, 0xbb, 0xbf],
          ]),
        ),
        encode(validText(r), r.pick(["win1251", "gbk", "utf8"])),
      ),
    };
  const language = r.pick(["ru", "zh"]);
  return {
    name: `legacy-${i}.txt`,
    bytes: encode(
      paragraphs(r, 4, language).join("\n\n"),
      language === "ru" ? r.pick(["win1251", "koi8-r", "cp866"]) : r.pick(["gbk", "gb18030", "big5"]),
    ),
  };
}

// From a stray mark now and then to text drowned in them.
function controls(r) {
  const density = r.pick([0.002, 0.01, 0.05, 0.2]);
  const run = r.pick([1, 3, 30]);
  return paragraphs(r)
    .join("\n\n")
    .split("")
    .map((c) => (r.chance(density) ? `${c}${r.pick(CONTROL_AND_BIDI).repeat(r.int(1, run))}` : c))
    .join("");
}

function longNames(r, i) {
  const word = r.pick(["x", "Ш", "大", "ab\u202e"]).repeat(r.int(2000, 8000));
  const variant = r.pick(["word", "repeated", "initials", "file-name"]);
  const name =
    variant === "word"
      ? `University of ${word}`
      : variant === "repeated"
        ? `${"State ".repeat(r.int(500, 3000))}University`
        : variant === "initials"
          ? `Professor ${"A. ".repeat(r.int(500, 2000))}Ivanov`
          : "Harbin Institute of Technology";
  const text = `${name} signed an agreement with ${name.slice(0, 4000)} University on 3 March 2022.\n\n${sentence(r)}\n`;
  const fileName = variant === "file-name" ? `${"n".repeat(r.int(1000, 6000))}-${i}.txt` : `long-${i}.txt`;
  return { name: fileName, bytes: r.chance(0.3) ? utf8(htmlPage(r, { body: [text] })) : utf8(text) };
}

function mislabelled(r, i) {
  const [bytes, from] = r.pick([
    [() => validPdf(r), "pdf"],
    [() => validDocx(r), "docx"],
    [() => utf8(htmlPage(r)), "html"],
    [() => utf8(validText(r)), "txt"],
  ]);
  const ext = r.pick(EXTENSIONS.filter((e) => e !== from));
  return { name: named(`${from}-as-${ext || "none"}-${i}`, ext), bytes: bytes() };
}

function mutatedValid(r, i) {
  const [make, ext] = r.pick([
    [() => validPdf(r), "pdf"],
    [() => validDocx(r), "docx"],
    [() => utf8(htmlPage(r)), "html"],
    [() => utf8(validText(r)), "txt"],
  ]);
  return { name: `mutated-${i}.${ext}`, bytes: mutateBytes(r, make()) };
}
