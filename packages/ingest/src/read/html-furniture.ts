import { attr, type HtmlElement } from "./html-dom.ts";

const FURNITURE_TAGS = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "nav",
  "footer",
  "aside",
  "form",
  "iframe",
  "svg",
  "canvas",
  "button",
  "select",
  "textarea",
  "input",
  "menu",
  "dialog",
  "object",
  "embed",
  "head",
]);

const FURNITURE_ROLES = new Set([
  "navigation",
  "banner",
  "contentinfo",
  "complementary",
  "search",
  "menu",
  "menubar",
  "dialog",
]);

// Whole elements that hold the article and must never be dropped for a class name such as "has-sidebar".
const PROTECTED_TAGS = new Set(["html", "body", "main", "article"]);

// Class or id words that name furniture; a word matches when it starts with one of these.
const FURNITURE_PREFIXES = [
  "nav",
  "menu",
  "footer",
  "foot",
  "share",
  "social",
  "breadcrumb",
  "crumb",
  "sidebar",
  "comment",
  "related",
  "advert",
  "cookie",
  "consent",
  "banner",
  "popup",
  "modal",
  "subscribe",
  "newsletter",
  "pagination",
  "pager",
  "toolbar",
  "skip",
  "copyright",
  "sitemap",
  "login",
  "search",
  "widget",
  "print",
];
// Words that name furniture wherever they appear inside a class or id, such as "bdsharebuttonbox".
const FURNITURE_PARTS = ["share", "breadcrumb", "sidebar", "cookie", "advert", "navbar", "social", "footer"];
const FURNITURE_WORDS = new Set(["ad", "ads", "adv", "gg", "tags", "hidden", "hide", "top", "bottom"]);

/** Whether an element is page furniture (navigation, footers, share buttons, banners) rather than content. */
export function isFurniture(element: HtmlElement, insideArticle: boolean): boolean {
  const name = element.name;
  if (FURNITURE_TAGS.has(name)) return true;
  if (name === "header" && !insideArticle) return true;
  const role = attr(element, "role")?.toLowerCase();
  if (role && FURNITURE_ROLES.has(role)) return true;
  if (attr(element, "hidden") !== null || attr(element, "aria-hidden") === "true") return true;
  const style = attr(element, "style")?.toLowerCase().replace(/\s+/g, "") ?? "";
  if (style.includes("display:none") || style.includes("visibility:hidden")) return true;
  if (PROTECTED_TAGS.has(name) || attr(element, "itemprop") === "articleBody") return false;
  return namesFurniture(`${attr(element, "class") ?? ""} ${attr(element, "id") ?? ""}`);
}

function namesFurniture(names: string): boolean {
  const words = names
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== "");
  return words.some(
    (word) =>
      FURNITURE_WORDS.has(word) ||
      FURNITURE_PREFIXES.some((prefix) => word.startsWith(prefix)) ||
      FURNITURE_PARTS.some((part) => word.includes(part)),
  );
}

// Lines that are controls of the page, not text: "Print", "关闭窗口", "【字体：大 中 小】", "Поделиться".
const FURNITURE_LINE =
  /^(?:[【[(（]?\s*(?:打印(?:本页|此页)?|关闭(?:窗口|本页)?|字体[:：].*|分享到.*|收藏|返回顶部|上一篇.*|下一篇.*|上一条.*|下一条.*)\s*[】\])）]?|share(?: this)?:?|print(?: this page)?|back to top|read more|версия для печати|поделиться:?|распечатать)$/iu;

/** Whether a rendered line is a page control such as "Print" or "返回顶部". */
export function isFurnitureLine(line: string): boolean {
  return line.length <= 60 && FURNITURE_LINE.test(line.trim());
}
