// pdf.js, jszip (inside mammoth) and xmldom word their errors for developers and often quote the input
// ("unexpected signature (\x00\x00\xAE\x01 …)", "invalid number: S (charCode 83)"). A reason is shown to
// users and counted, so it is picked from a short fixed list instead, by what the message is about.

const PDF_REASONS: [RegExp, string][] = [
  [/encrypt|password/i, "PDF is encrypted"],
  [/invalid pdf structure|^InvalidPDFException\b/i, "corrupt PDF: invalid structure"],
  [/xref|trailer/i, "corrupt PDF: broken cross-reference table"],
  [/\broot\b|catalog|\bpages?\b|\bkids?\b/i, "corrupt PDF: broken page tree"],
  [/stream|flate|fcheck|decode|filter|predictor|lzw|jbig|jpx|jpeg|image/i, "corrupt PDF: broken stream"],
  [/font|cmap|glyph|cff|truetype/i, "corrupt PDF: broken font"],
  [
    /number|character|command|dictionary|end of file|\beof\b|token|object|\bref\b|operator|array|string|name/i,
    "corrupt PDF: broken object syntax",
  ],
];

const DOCX_REASONS: [RegExp, string][] = [
  [/body element/i, "corrupt DOCX: no document body"],
  [/xmldom|\bxml\b|tag ?name|element|attribute|entity|unclosed|closing/i, "corrupt DOCX: broken XML"],
  [
    /zip|signature|central dir|compress|inflate|deflate|crc|end of data|size mismatch/i,
    "corrupt DOCX: broken zip archive",
  ],
  [/not implemented|cannot read properties|undefined|null/i, "corrupt DOCX: unexpected document structure"],
];

/** The one-line reason for a PDF pdf.js could not read, from the error's name and message. */
export function pdfFailureReason(name: string, message: string): string {
  return pick(PDF_REASONS, `${name}: ${message}`) ?? "corrupt PDF: unreadable";
}

/** The one-line reason for a DOCX mammoth could not read, from its error message. */
export function docxFailureReason(message: string): string {
  return pick(DOCX_REASONS, message) ?? "corrupt DOCX: unreadable";
}

function pick(reasons: readonly [RegExp, string][], text: string): string | undefined {
  return reasons.find(([pattern]) => pattern.test(text))?.[1];
}
