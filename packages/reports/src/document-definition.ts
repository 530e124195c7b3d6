import type { BriefData } from "./brief-types.ts";
import type { Coverage } from "./fonts.ts";
import { FONT_FAMILY } from "./fonts.ts";
import { formatCount } from "./labels.ts";
import { printableRuns } from "./markdown-to-pdfmake.ts";
import type { DocumentDefinition, PdfContent } from "./pdf-content.ts";
import { toPrintable } from "./sanitize-text.ts";

const ACCENT = "#1f4e79";

/** The page skeleton of every brief: cover, contents, header and footer, styles; the body goes after. */
export function documentDefinition(
  data: BriefData,
  body: readonly PdfContent[],
  options: { sourceDateEpoch: number; covered: Coverage },
): DocumentDefinition {
  const p = (s: string) => toPrintable(s, options.covered);
  const date = new Date(options.sourceDateEpoch * 1000);
  const title = printableRuns(data.title, options.covered);
  const running = p(data.title.length > 90 ? `${data.title.slice(0, 89)}…` : data.title);
  return {
    pageSize: "A4",
    pageMargins: [56, 64, 56, 60],
    info: {
      title: running,
      subject: p(data.subtitle),
      creator: "accord",
      producer: "accord",
      creationDate: date,
      modDate: date,
    },
    defaultStyle: { font: FONT_FAMILY, fontSize: 10, lineHeight: 1.25, color: "#222222" },
    header: (page: number) =>
      page === 1
        ? null
        : {
            columns: [
              { text: printableRuns(running, options.covered), style: "running", width: "*" },
              { text: p(data.subtitle), style: "running", alignment: "right", width: "auto" },
            ],
            style: "running",
            margin: [56, 28, 56, 0],
          },
    // A heading never ends a page: when nothing of its section follows it there, it starts the next one.
    // (The running header and footer are among the nodes pdfmake lists for a page; they do not count.)
    pageBreakBefore: (node: { headlineLevel?: number }, nodes: { getFollowingNodesOnPage(): { style?: unknown }[] }) =>
      node.headlineLevel !== undefined && nodes.getFollowingNodesOnPage().every((n) => n.style === "running"),
    footer: (page: number, pages: number) => ({
      text: `page ${page} of ${pages}`,
      style: "running",
      alignment: "center",
      margin: [56, 20, 56, 0],
    }),
    content: [
      { text: p(data.subtitle).toUpperCase(), style: "kicker", margin: [0, 160, 0, 8] },
      { text: title, style: "title" },
      { text: p(`Period: ${data.period}`), style: "coverLine" },
      {
        text: p(
          `${formatCount(data.partnershipCount)} partnerships, ${formatCount(data.eventCount)} events, ${formatCount(data.references.length)} sources`,
        ),
        style: "coverLine",
      },
      {
        text: "Every factual line cites its sources by number; the numbers refer to the list of sources at the end. A story that several outlets carried is counted once.",
        style: "coverNote",
      },
      { toc: { title: { text: "Contents", style: "h1" } }, pageBreak: "before" },
      { text: "", pageBreak: "after" },
      ...body,
    ],
    styles: {
      kicker: { fontSize: 10, bold: true, color: ACCENT, characterSpacing: 1 },
      title: { fontSize: 24, bold: true, color: ACCENT, lineHeight: 1.15, margin: [0, 0, 0, 16] },
      coverLine: { fontSize: 11, margin: [0, 0, 0, 4] },
      coverNote: { fontSize: 9, color: "#555555", margin: [0, 24, 0, 0] },
      running: { fontSize: 8, color: "#777777" },
      h1: { fontSize: 16, bold: true, color: ACCENT, margin: [0, 14, 0, 6] },
      h2: { fontSize: 12.5, bold: true, color: ACCENT, margin: [0, 10, 0, 4] },
      h3: { fontSize: 11, bold: true, margin: [0, 8, 0, 3] },
      p: { margin: [0, 0, 0, 6] },
      list: { margin: [0, 0, 0, 6] },
      table: { fontSize: 8.5, margin: [0, 2, 0, 8] },
      th: { bold: true, color: ACCENT },
      td: {},
      cite: { fontSize: 7, color: ACCENT },
      chart: { margin: [0, 4, 0, 8] },
      reference: { fontSize: 8.5, margin: [0, 0, 0, 6] },
      refNumber: { bold: true, color: ACCENT },
      origin: { color: "#555555" },
      quote: { italics: true, color: "#333333", margin: [0, 1, 0, 0] },
    },
  };
}
