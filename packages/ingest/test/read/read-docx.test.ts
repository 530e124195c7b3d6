import { describe, expect, test } from "vitest";
import { readDocument } from "../../src/read/index.ts";
import { buildDocx } from "./build-fixtures.ts";

const readDocx = (bytes: Uint8Array, name = "note.docx") => readDocument({ origin: name, name, bytes });

describe("reading DOCX", () => {
  test("reads the paragraphs, the title from the first one", async () => {
    const bytes = buildDocx([
      "Соглашение о сотрудничестве",
      "Дата публикации: 03.05.2021",
      "Стороны договорились о совместных исследованиях.",
    ]);
    expect(await readDocx(bytes)).toEqual({
      ok: true,
      document: {
        origin: "note.docx",
        url: null,
        format: "docx",
        title: "Соглашение о сотрудничестве",
        publisher: null,
        published: { precision: "day", value: "2021-05-03" },
        language: "ru",
        text: "Соглашение о сотрудничестве\n\nДата публикации: 03.05.2021\n\nСтороны договорились о совместных исследованиях.",
      },
    });
  });

  test("takes the title from docProps/core.xml", async () => {
    const bytes = buildDocx(["Body text of the memo."], { title: "Memo on the joint school" });
    expect(await readDocx(bytes)).toMatchObject({ ok: true, document: { title: "Memo on the joint school" } });
  });

  test("is found by sniffing when the name has no extension", async () => {
    expect(await readDocx(buildDocx(["Sniffed text."]), "download")).toMatchObject({
      ok: true,
      document: { format: "docx", text: "Sniffed text." },
    });
  });

  test("tells broken XML, a missing document part and a non-zip as corrupt", async () => {
    const broken = buildDocx([], { documentXml: "<w:document><w:body><w:p>unclosed" });
    expect(await readDocx(broken)).toEqual({ ok: false, reason: "corrupt DOCX: broken XML" });
    expect(await readDocx(new TextEncoder().encode("PK\u0003\u0004 not really a zip"))).toEqual({
      ok: false,
      reason: "corrupt DOCX: not a zip archive",
    });
  });
});
