import { describe, expect, test } from "vitest";
import { readDocument } from "../../src/read/index.ts";

const encode = (text: string) => new TextEncoder().encode(text);
const readHtml = (html: string, origin = "saved/page.html") =>
  readDocument({ origin, name: origin.split("/").at(-1) ?? origin, bytes: encode(html) });

const ARTICLE_PAGE = `<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Rectors sign a cooperation agreement - HIT News</title>
<meta property="og:title" content="Rectors sign a cooperation agreement">
<meta property="og:site_name" content="HIT News">
<meta property="article:published_time" content="2025-09-25T09:30:00+08:00">
<link rel="canonical" href="https://news.example.edu.cn/2025/0925/c1234a.htm">
<script>window.track = "Home | About";</script>
<style>p { color: red }</style>
</head><body>
<header class="site-header"><a href="/">HIT News</a><div class="logo">Harbin Institute of Technology</div></header>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li><a href="/contact">Contact</a></li></ul></nav>
<div class="breadcrumb">Home &gt; News &gt; International</div>
<article>
  <h1>Rectors sign a cooperation agreement</h1>
  <p>On 25 September the rectors of the two universities signed an agreement on joint doctoral training &amp; research.</p>
  <p>The agreement covers <b>aerospace materials</b>, robotics<br>and a summer school.</p>
  <div class="share-buttons"><a href="#">Share on WeChat</a> <a href="#">Share on Weibo</a></div>
</article>
<aside><p>Related: a story about the library that has quite a few words in it too.</p></aside>
<div id="footer">© 2025 Harbin Institute of Technology. All rights reserved. Address: 92 West Dazhi Street.</div>
<div class="cookie-banner">We use cookies to improve your experience on our website.</div>
</body></html>`;

describe("reading HTML", () => {
  test("keeps only the article text, with the title and the date", async () => {
    const result = await readHtml(ARTICLE_PAGE);
    expect(result).toEqual({
      ok: true,
      document: {
        origin: "saved/page.html",
        url: "https://news.example.edu.cn/2025/0925/c1234a.htm",
        format: "html",
        title: "Rectors sign a cooperation agreement",
        publisher: "HIT News",
        published: { precision: "day", value: "2025-09-25" },
        language: "en",
        text: [
          "Rectors sign a cooperation agreement",
          "On 25 September the rectors of the two universities signed an agreement on joint doctoral training & research.",
          "The agreement covers aerospace materials, robotics\nand a summer school.",
        ].join("\n\n"),
      },
    });
  });

  test("finds the paragraphs of a page without article or main", async () => {
    const paragraphs = [
      "莫斯科国立大学代表团访问我校，双方就联合培养和科研合作进行了深入交流。",
      "双方表示将进一步加强在数学、物理和人工智能领域的合作，推动两校关系发展。",
      "会后，代表团参观了学校实验室和图书馆。",
    ];
    const html = `<html><head><title>莫斯科国立大学代表团访问我校_新闻网</title></head><body>
      <div id="top"><a href="/">首页</a> <a href="/xw">新闻</a></div>
      <div class="left"><ul><li><a href="/1">学校概况</a></li><li><a href="/2">院系设置</a></li></ul></div>
      <div class="main-area"><div class="info">发布时间：2024-10-18 来源：国际处</div>
        <div id="text">${paragraphs.map((p) => `<p>\n  ${p}\n</p>`).join("")}</div></div>
      <div class="bottom">版权所有 地址：黑龙江省哈尔滨市</div></body></html>`;
    const result = await readHtml(html, "https://news.example.edu.cn/info/1002/12345.htm");
    expect(result).toMatchObject({
      ok: true,
      document: {
        title: "莫斯科国立大学代表团访问我校",
        publisher: "news.example.edu.cn",
        published: { precision: "day", value: "2024-10-18" },
        language: "zh",
        text: paragraphs.join("\n\n"),
      },
    });
  });

  test("reads the date from JSON-LD, a time element or the url", async () => {
    const jsonLd = `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","headline":"H","datePublished":"2021-05-03T10:00:00Z","publisher":{"@type":"Organization","name":"TASS"}}]}</script></head><body><article><p>Text of the story that is long enough.</p></article></body></html>`;
    expect(await readHtml(jsonLd)).toMatchObject({
      ok: true,
      document: { published: { precision: "day", value: "2021-05-03" }, publisher: "TASS", title: "H" },
    });
    const time = `<html><body><article><h1>Visit</h1><time datetime="2020-09-14">14 September</time><p>A delegation visited.</p></article></body></html>`;
    expect(await readHtml(time)).toMatchObject({
      ok: true,
      document: { title: "Visit", published: { value: "2020-09-14" } },
    });
    const url = `<html><body><p>Story without a date in it.</p></body></html>`;
    expect(await readHtml(url, "https://example.ru/news/2019/11/02/story.html")).toMatchObject({
      ok: true,
      document: { published: { value: "2019-11-02" }, publisher: "example.ru", url: null },
    });
  });

  test("prefers the h1 to a <title> that only names the site", async () => {
    const html = `<html><head><title>HIT News</title><meta name="application-name" content="HIT News"><meta name="PubDate" content="2022-03-01 08:00"></head><body><h1>Summer school opens</h1><p>Forty students came.</p></body></html>`;
    expect(await readHtml(html)).toMatchObject({
      ok: true,
      document: { title: "Summer school opens", publisher: "HIT News", published: { value: "2022-03-01" } },
    });
  });

  test("takes the language from <html lang>", async () => {
    const html = `<html lang="ru-RU"><body><p>MSU and Tsinghua: a new joint institute.</p></body></html>`;
    expect(await readHtml(html)).toMatchObject({ ok: true, document: { language: "ru" } });
  });

  test("decodes entities and keeps <br> as a line break", async () => {
    const html = `<html><body><div class="content"><p>Fudan &amp; SPbU &laquo;together&raquo; &#8212; &#x4e2d;&#x4fc4;<br/>second line</p></div></body></html>`;
    const result = await readHtml(html);
    expect(result.ok && result.document.text).toBe("Fudan & SPbU «together» — 中俄\nsecond line");
  });

  test("survives 100,000 nested elements", async () => {
    const deep = `<html><body>${"<div>".repeat(100_000)}<p>deep text</p>${"</div>".repeat(100_000)}</body></html>`;
    expect(await readHtml(deep, "deep.html")).toMatchObject({ ok: true, document: { text: "deep text" } });
  });

  test("survives a 10 MB line", { timeout: 60_000 }, async () => {
    const long = `<html><body><p>${"word ".repeat(2_000_000)}</p></body></html>`;
    const result = await readHtml(long);
    expect(result.ok && result.document.text.length).toBe(10_000_000 - 1);
  });

  test("refuses a page with no text and random bytes named .html", async () => {
    expect(await readHtml("<html><head><title>Empty</title></head><body><nav>Home</nav></body></html>")).toEqual({
      ok: false,
      reason: "no text found in the page",
    });
    const random = new Uint8Array(4096);
    let seed = 7;
    for (let i = 0; i < random.length; i++) {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      random[i] = seed >> 16;
    }
    expect(await readDocument({ origin: "x.html", name: "x.html", bytes: random })).toEqual({
      ok: false,
      reason: "binary data, not a document",
    });
  });
});
