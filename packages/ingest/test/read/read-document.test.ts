import { describe, expect, test } from "vitest";
import { readDocument } from "../../src/read/index.ts";
import { buildPdf } from "./build-fixtures.ts";

const encode = (text: string) => new TextEncoder().encode(text);
const read = (name: string, text: string | Uint8Array, options = {}) =>
  readDocument({ origin: name, name, bytes: typeof text === "string" ? encode(text) : text }, options);

describe("reading text", () => {
  test("parses and removes a header of key: value lines", async () => {
    const text = [
      "title: Rectors meet in Moscow",
      "url: https://www.example.ru/news/2021/05/03/rectors",
      "published: 3 May 2021",
      "language: en",
      "source: TASS",
      "",
      "Moscow, 3 May. The rectors met.",
      "",
      "They signed two agreements.",
      "",
    ].join("\r\n");
    expect(await read("story.txt", text)).toEqual({
      ok: true,
      document: {
        origin: "story.txt",
        url: "https://www.example.ru/news/2021/05/03/rectors",
        format: "text",
        title: "Rectors meet in Moscow",
        publisher: "TASS",
        published: { precision: "day", value: "2021-05-03" },
        language: "en",
        text: "Moscow, 3 May. The rectors met.\n\nThey signed two agreements.",
      },
    });
  });

  test("without a header, a short first line is the title and stays in the text", async () => {
    const text = "Визит делегации МГУ\n\nМосква, 14 сентября 2020 г. Делегация посетила университет.\n";
    expect(await read("visit.md", text)).toEqual({
      ok: true,
      document: {
        origin: "visit.md",
        url: null,
        format: "text",
        title: "Визит делегации МГУ",
        publisher: null,
        published: null,
        language: "ru",
        text: "Визит делегации МГУ\n\nМосква, 14 сентября 2020 г. Делегация посетила университет.",
      },
    });
  });

  test("a url header gives the publisher and, without other dates, the date", async () => {
    const text = "url: http://www.example.gov.cn/xw/202105/t20210503_1.html\n\n中俄两国大学签署合作协议。\n";
    expect(await read("a.txt", text)).toMatchObject({
      ok: true,
      document: { publisher: "example.gov.cn", published: { value: "2021-05-03" }, language: "zh", title: null },
    });
  });

  test("a colon in the first line is not a header when no key is known", async () => {
    const text = "Note: the rectors met\n\nThey met in Harbin.";
    expect(await read("n.txt", text)).toMatchObject({ ok: true, document: { text } });
  });
});

describe("refusing input", () => {
  test("an empty file", async () => {
    expect(await read("empty.txt", "")).toEqual({ ok: false, reason: "empty file" });
  });

  test("a file over the size limit, in words a person reads", async () => {
    expect(await read("big.txt", "x".repeat(2048), { maxBytes: 1024 })).toEqual({
      ok: false,
      reason: "file is 2 KB, over the 1 KB limit",
    });
    const big = new Uint8Array(3 * 1024 * 1024);
    expect(await read("big.pdf", big, { maxBytes: 1024 * 1024 })).toEqual({
      ok: false,
      reason: "file is 3 MB, over the 1 MB limit",
    });
  });

  test("an unknown extension: text is read, binary data is not", async () => {
    expect(await read("notes.xyz", "Plain words in an odd file.")).toMatchObject({
      ok: true,
      document: { format: "text", text: "Plain words in an odd file." },
    });
    const binary = Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256);
    expect(await read("photo.xyz", binary)).toEqual({ ok: false, reason: "unknown format .xyz" });
    expect(await read("blob", binary)).toEqual({ ok: false, reason: "binary data, not a document" });
  });

  test("binary data named .txt, and text that is only whitespace", async () => {
    expect(
      await read(
        "a.txt",
        Uint8Array.from({ length: 600 }, (_, i) => (i * 37) % 256),
      ),
    ).toEqual({
      ok: false,
      reason: "binary data, not a document",
    });
    expect(await read("blank.txt", " \n\n \n")).toEqual({ ok: false, reason: "no text" });
  });

  test("sniffs HTML and PDF behind a url path without an extension", async () => {
    expect(
      await read("https://example.ru/news/123?x=1", "<!DOCTYPE html><html><body><p>Sniffed page.</p></body></html>"),
    ).toMatchObject({ ok: true, document: { format: "html", text: "Sniffed page.", publisher: "example.ru" } });
    const pdf = buildPdf([{ lines: [{ text: "Sniffed release.", y: 700 }] }]);
    expect(await read("https://example.ru/files/download", pdf)).toMatchObject({
      ok: true,
      document: { format: "pdf", text: "Sniffed release." },
    });
  });
});
