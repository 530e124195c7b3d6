import iconv from "iconv-lite";
import { describe, expect, test } from "vitest";
import { decodeText, detectLanguage, readDocument } from "../../src/read/index.ts";

const CHINESE =
  "哈尔滨工业大学与莫斯科国立鲍曼技术大学签署合作协议，双方将在联合培养研究生和航天材料研究方面开展合作。";
const RUSSIAN =
  "Томский государственный университет и Цзилиньский университет подписали соглашение о сотрудничестве в области подготовки инженеров.";

const page = (head: string, body: string) =>
  `<!doctype html><html><head>${head}<title>新闻</title></head><body><article><p>${body}</p></article></body></html>`;

describe("decodeText", () => {
  test("uses a byte-order mark", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("Привет")]);
    expect(decodeText(bytes)).toEqual({ text: "Привет", encoding: "utf-8" });
    const utf16 = new Uint8Array([0xff, 0xfe, ...iconv.encode("合作", "utf-16le")]);
    expect(decodeText(utf16)).toEqual({ text: "合作", encoding: "utf-16le" });
  });

  test("uses the declared charset", () => {
    expect(decodeText(iconv.encode(CHINESE, "gbk"), "GB2312")).toEqual({ text: CHINESE, encoding: "gb18030" });
    expect(decodeText(iconv.encode(RUSSIAN, "windows-1251"), "cp1251").text).toBe(RUSSIAN);
  });

  test("keeps valid UTF-8 even when a re-saved page declares another charset", () => {
    expect(decodeText(new TextEncoder().encode(RUSSIAN), "windows-1251")).toEqual({ text: RUSSIAN, encoding: "utf-8" });
  });

  test.each([
    ["gbk", CHINESE],
    ["gb18030", CHINESE],
    ["windows-1251", RUSSIAN],
    ["koi8-r", RUSSIAN],
  ])("detects undeclared %s", (encoding, text) => {
    expect(decodeText(iconv.encode(text, encoding)).text).toBe(text);
  });
});

describe("reading encoded documents", () => {
  test("reads a GBK page that declares its charset", async () => {
    const bytes = iconv.encode(page('<meta charset="gbk">', CHINESE), "gbk");
    const result = await readDocument({ origin: "a.html", name: "a.html", bytes });
    expect(result).toMatchObject({ ok: true, document: { text: CHINESE, language: "zh" } });
  });

  test("reads a GBK page declared through http-equiv, and one that declares nothing", async () => {
    const declared = iconv.encode(
      page('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">', CHINESE),
      "gbk",
    );
    const bare = iconv.encode(page("", CHINESE), "gbk");
    for (const bytes of [declared, bare]) {
      const result = await readDocument({ origin: "a.htm", name: "a.htm", bytes });
      expect(result.ok && result.document.text).toBe(CHINESE);
    }
  });

  test("reads a Windows-1251 Russian page", async () => {
    const bytes = iconv.encode(page('<meta charset="windows-1251">', RUSSIAN), "windows-1251");
    const result = await readDocument({ origin: "r.html", name: "r.html", bytes });
    expect(result).toMatchObject({ ok: true, document: { text: RUSSIAN, language: "ru" } });
  });

  test("reads a KOI8-R text file", async () => {
    const bytes = iconv.encode(`Соглашение подписано\n\n${RUSSIAN}\n`, "koi8-r");
    const result = await readDocument({ origin: "r.txt", name: "r.txt", bytes });
    expect(result).toMatchObject({ ok: true, document: { title: "Соглашение подписано", language: "ru" } });
    expect(result.ok && result.document.text).toBe(`Соглашение подписано\n\n${RUSSIAN}`);
  });
});

describe("detectLanguage", () => {
  test("goes by the share of each script", () => {
    expect(detectLanguage(CHINESE)).toBe("zh");
    expect(detectLanguage(RUSSIAN)).toBe("ru");
    expect(detectLanguage("Tsinghua University and MSU signed an agreement.")).toBe("en");
    expect(detectLanguage("")).toBe("en");
    expect(detectLanguage("MSU and HIT: 莫斯科大学与哈尔滨工业大学")).toBe("zh");
    expect(detectLanguage("Lomonosov Moscow State University, Harbin Institute of Technology: 签署协议")).toBe("en");
    expect(detectLanguage(`The Russian name is МГУ, Lomonosov Moscow State University`)).toBe("en");
  });
});
