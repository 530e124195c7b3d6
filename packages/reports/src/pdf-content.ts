/** A pdfmake content node, as much of its shape as accord uses (pdfmake checks the rest). */
export type PdfContent = string | PdfNode | PdfContent[];

/** A pdfmake node: text, stack, table, svg, toc, with its style properties. */
export type PdfNode = { [key: string]: unknown };

/** A pdfmake document definition. */
export type DocumentDefinition = { [key: string]: unknown; content: PdfContent[] };
