/** One run of text on a PDF page, as pdf.js reports it. */
export interface PdfTextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
  eol: boolean;
}

/** What the PDF worker sends back. */
export type PdfWorkerReply =
  | { ok: true; title: string | null; creationDate: string | null; pages: PdfTextItem[][] }
  | { ok: false; name: string; message: string };

/**
 * The worker thread's program (CommonJS, run with `eval`): it loads pdf.js from `workerData.moduleUrl`,
 * reads the text layer and metadata of `workerData.bytes` and posts one `PdfWorkerReply`. It runs in its
 * own thread so that a PDF that makes pdf.js spin can be stopped by terminating the thread.
 */
export const PDF_WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
for (const level of ["log", "info", "warn", "error", "debug", "trace"]) console[level] = () => {};
(async () => {
  let task = null;
  try {
    const pdfjs = await import(workerData.moduleUrl);
    task = pdfjs.getDocument({
      data: workerData.bytes,
      cMapUrl: workerData.cMapUrl,
      cMapPacked: true,
      standardFontDataUrl: workerData.standardFontDataUrl,
      wasmUrl: workerData.wasmUrl,
      useSystemFonts: false,
      disableFontFace: true,
      isEvalSupported: false,
      stopAtErrors: false,
      verbosity: 0,
    });
    const doc = await task.promise;
    let title = null;
    let creationDate = null;
    try {
      const meta = await doc.getMetadata();
      const info = meta && meta.info ? meta.info : {};
      title = typeof info.Title === "string" ? info.Title : null;
      creationDate = typeof info.CreationDate === "string" ? info.CreationDate : null;
    } catch {}
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = [];
      for (const item of content.items) {
        if (typeof item.str !== "string") continue;
        const t = item.transform || [1, 0, 0, 1, 0, 0];
        items.push({ str: item.str, x: t[4], y: t[5], width: item.width || 0, height: item.height || Math.abs(t[3]) || 0, eol: !!item.hasEOL });
      }
      pages.push(items);
      page.cleanup();
    }
    parentPort.postMessage({ ok: true, title, creationDate, pages });
  } catch (error) {
    const name = error && error.name ? String(error.name) : "Error";
    const message = error && error.message ? String(error.message) : String(error);
    parentPort.postMessage({ ok: false, name, message });
  } finally {
    if (task) await task.destroy().catch(() => {});
  }
})();
`;
