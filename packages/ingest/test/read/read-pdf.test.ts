import { describe, expect, test } from "vitest";
import { readDocument } from "../../src/read/index.ts";
import { buildChinesePdf, buildPdf } from "./build-fixtures.ts";

const readPdf = (bytes: Uint8Array, timeoutMs?: number) =>
  readDocument({ origin: "release.pdf", name: "release.pdf", bytes }, timeoutMs === undefined ? {} : { timeoutMs });

const RELEASE = buildPdf(
  [
    {
      lines: [
        { text: "Joint Institute Opens in Harbin", y: 740 },
        { text: "Published: 3 May 2021", y: 700 },
        { text: "The universities opened a joint insti-", y: 660 },
        { text: "tute for aerospace research and engineering", y: 646 },
        { text: "education in the city of Harbin.", y: 632 },
        { text: "Students will study in both countries.", y: 600 },
        { text: "1", x: 300, y: 40 },
      ],
    },
    { lines: [{ text: "The first intake is planned for 2022.", y: 740 }] },
  ],
  { title: "Joint Institute Opens", creationDate: "D:20210410120000+03'00'" },
);

describe("reading PDF", () => {
  test("reads the text layer, re-flowed into paragraphs", async () => {
    expect(await readPdf(RELEASE)).toEqual({
      ok: true,
      document: {
        origin: "release.pdf",
        url: null,
        format: "pdf",
        title: "Joint Institute Opens",
        publisher: null,
        published: { precision: "day", value: "2021-05-03" },
        language: "en",
        text: [
          "Joint Institute Opens in Harbin",
          "Published: 3 May 2021",
          "The universities opened a joint institute for aerospace research and engineering education in the city of Harbin.",
          "Students will study in both countries.",
          "The first intake is planned for 2022.",
        ].join("\n\n"),
      },
    });
  });

  test("takes the title from the first line and the date from CreationDate when the text has neither", async () => {
    const bytes = buildPdf(
      [
        {
          lines: [
            { text: "Memorandum of understanding", y: 740 },
            { text: "Both sides agree.", y: 700 },
          ],
        },
      ],
      {
        creationDate: "D:20200914",
      },
    );
    expect(await readPdf(bytes)).toMatchObject({
      ok: true,
      document: { title: "Memorandum of understanding", published: { precision: "day", value: "2020-09-14" } },
    });
  });

  test("reads Chinese text in a CID font through the CMaps", async () => {
    expect(await readPdf(buildChinesePdf("哈尔滨工业大学签署协议"))).toMatchObject({
      ok: true,
      document: { text: "哈尔滨工业大学签署协议", language: "zh" },
    });
  });

  test("tells a PDF without a text layer", async () => {
    expect(await readPdf(buildPdf([{ lines: [] }]))).toEqual({ ok: false, reason: "PDF has no text layer (scanned?)" });
  });

  test("tells a truncated PDF and garbage as corrupt", async () => {
    const truncated = RELEASE.slice(0, Math.floor(RELEASE.length / 3));
    const truncatedResult = await readPdf(truncated);
    expect(truncatedResult.ok).toBe(false);
    const garbage = new TextEncoder().encode(`%PDF-1.7\n${"garbage ".repeat(200)}`);
    const garbageResult = await readPdf(garbage);
    expect(garbageResult).toMatchObject({ ok: false, reason: expect.stringMatching(/^corrupt PDF: .+/) });
    if (!truncatedResult.ok)
      expect(truncatedResult.reason).toMatch(/^(corrupt PDF: .+|PDF has no text layer \(scanned\?\))$/);
  });

  test("tells an encrypted PDF", async () => {
    const plain = new TextDecoder("latin1").decode(RELEASE);
    const encrypt =
      "<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O (0123456789abcdef0123456789abcdef) /U (0123456789abcdef0123456789abcdef) >>";
    const withEncrypt = plain.replace(
      "/Root 1 0 R",
      `/Root 1 0 R /Encrypt ${encrypt} /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]`,
    );
    const result = await readPdf(Uint8Array.from(withEncrypt, (c) => c.charCodeAt(0)));
    expect(result).toEqual({ ok: false, reason: "PDF is encrypted" });
  });

  test("ends a read that runs over its time as a reason", async () => {
    expect(await readPdf(RELEASE, 1)).toEqual({ ok: false, reason: "timed out after 1 ms" });
  });
});
