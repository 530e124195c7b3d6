import { expect, test } from "vitest";
import { docxFailureReason, pdfFailureReason } from "../../src/read/failure-reason.ts";

test("pdf.js errors become a reason from a short list that quotes nothing of the input", () => {
  const cases: [string, string, string][] = [
    ["InvalidPDFException", "Invalid PDF structure.", "corrupt PDF: invalid structure"],
    ["FormatError", "bad (uncompressed) XRef entry: 4R", "corrupt PDF: broken cross-reference table"],
    ["FormatError", "inconsistent generation in XRef: 4R1", "corrupt PDF: broken cross-reference table"],
    ["FormatError", "Invalid Root reference.", "corrupt PDF: broken page tree"],
    ["FormatError", "Page dictionary kid reference points to wrong type of object.", "corrupt PDF: broken page tree"],
    ["FormatError", "Missing endstream command.", "corrupt PDF: broken stream"],
    ["FormatError", "Invalid number: S (charCode 83)", "corrupt PDF: broken object syntax"],
    ["FormatError", "Illegal character: 41", "corrupt PDF: broken object syntax"],
    ["FormatError", "End of file inside dictionary.", "corrupt PDF: broken object syntax"],
    ["PasswordException", "No password given", "PDF is encrypted"],
    ["Error", "\u0000\u00ff something else entirely", "corrupt PDF: unreadable"],
  ];
  for (const [name, message, reason] of cases) expect(pdfFailureReason(name, message)).toBe(reason);
});

test("mammoth and jszip errors become a reason from a short list that quotes nothing of the input", () => {
  const cases: [string, string][] = [
    [
      "Corrupted zip or bug: unexpected signature (\\x00\\x00\\xAE\\x01, expected \\x50\\x4B\\x03\\x04)",
      "corrupt DOCX: broken zip archive",
    ],
    ["Corrupted zip or bug: expected 3 records in central dir, got 0", "corrupt DOCX: broken zip archive"],
    ["Bug : uncompressed data size mismatch", "corrupt DOCX: broken zip archive"],
    [
      "error: [xmldom error]\telement parse error: Error: invalid tagName:\n@#[line:undefined]",
      "corrupt DOCX: broken XML",
    ],
    ["Could not find the body element: are you sure this is a docx file?", "corrupt DOCX: no document body"],
    ["Not implemented", "corrupt DOCX: unexpected document structure"],
    ["\u0001\u0002", "corrupt DOCX: unreadable"],
  ];
  for (const [message, reason] of cases) expect(docxFailureReason(message)).toBe(reason);
});
