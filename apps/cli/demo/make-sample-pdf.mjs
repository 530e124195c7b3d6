// Writes corpus/tpu-neu-exchange-2024.pdf, the one-page PDF press release of the demo corpus.
// Run from the repository root: node apps/cli/demo/make-sample-pdf.mjs
// The same script gives the same bytes: the dates are pinned and the file ID is a hash of the content.
import { createHash } from "node:crypto";
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const reports = new URL("../../../packages/reports/", import.meta.url);
const require = createRequire(new URL("package.json", reports));
const pdfmake = require("pdfmake");
const font = fileURLToPath(
  new URL("node_modules/@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf", reports),
);
const out = fileURLToPath(new URL("corpus/tpu-neu-exchange-2024.pdf", import.meta.url));

const PINNED = new Date("2024-03-14T09:00:00Z");

const paragraphs = [
  "Tomsk Polytechnic University and Northeastern University in Shenyang launched a student exchange programme in metallurgy and mining engineering on 13 March 2024.",
  "Under the programme, twenty undergraduates from each side will study for one semester in Tomsk or Shenyang, starting from September 2024, and their credits will be recognised by the home university.",
  "The exchange follows a memorandum of understanding that Tomsk Polytechnic University and Northeastern University signed in November 2023 during the Russian-Chinese forum of engineering education in Shenyang.",
  "The programme was presented in Tomsk by Prof. Oleg Zaitsev, Rector of TPU, and, by video link from Shenyang, by Prof. Tian Jiawei, Dean of the School of Metallurgy of Northeastern University.",
  "“Students of metallurgy need to see different plants, different ores and different schools of thought. Shenyang gives our students all three,” said Oleg Zaitsev.",
  "Tian Jiawei said that Northeastern University would also open its summer courses in non-ferrous metallurgy to TPU doctoral students.",
  "Applications for the first semester are accepted until 15 May 2024 through the TPU International Office.",
];

const definition = {
  info: {
    title: "TPU and Northeastern University launch student exchange in metallurgy",
    author: "Tomsk Polytechnic University, International Office",
    subject: "Press release (sample document for the accord demo)",
    creator: "accord demo corpus",
    producer: "pdfmake",
    creationDate: PINNED,
    modDate: PINNED,
  },
  pageSize: "A4",
  pageMargins: [56, 56, 56, 56],
  defaultStyle: { font: "NotoSansSC", fontSize: 10.5, lineHeight: 1.25 },
  content: [
    {
      text: "Sample document written for the accord demo. The events are illustrative, not reported facts.",
      fontSize: 9,
      color: "#8a1c1c",
      margin: [0, 0, 0, 14],
    },
    { text: "PRESS RELEASE", fontSize: 9, color: "#555555", characterSpacing: 1.5 },
    { text: "Tomsk Polytechnic University", fontSize: 9, color: "#555555", margin: [0, 0, 0, 12] },
    {
      text: "TPU and Northeastern University launch student exchange in metallurgy",
      fontSize: 17,
      margin: [0, 0, 0, 8],
    },
    { text: "Tomsk, 14 March 2024", fontSize: 10, color: "#333333", margin: [0, 0, 0, 12] },
    ...paragraphs.map((text) => ({ text, margin: [0, 0, 0, 8] })),
    {
      text: "Media contact: International Office, Tomsk Polytechnic University, 30 Lenin Avenue, Tomsk 634050, Russia. https://tpu.ru",
      fontSize: 8.5,
      color: "#555555",
      margin: [0, 16, 0, 0],
    },
  ],
};

pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => path === font);
pdfmake.setFonts({ NotoSansSC: { normal: font, bold: font, italics: font, bolditalics: font } });
const pdf = pdfmake.createPdf(definition);
const doc = await pdf.getStream();
// pdfkit writes a random file ID into the trailer; a hash of the definition keeps the output stable.
doc._id = createHash("sha256").update(JSON.stringify(definition)).digest().subarray(0, 16);
await writeFile(out, await pdf.getBuffer());
console.log(`wrote ${out}`);
