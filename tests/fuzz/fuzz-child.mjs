// The process that reads and extracts fuzz inputs through the built @accord/ingest, one at a time, as ingest does.
// It installs no handler for uncaught errors: one that escapes here would stop `accord ingest` too.
import { documentId, extractDocument, readDocument, readGazetteer } from "../../packages/ingest/dist/index.js";
import { generateInput } from "./generate-input.mjs";

const gazetteer = readGazetteer();
const MAX_REASON_CHARS = 500;

process.on("message", async ({ seed, index, timeoutMs }) => {
  const { kind, name, bytes } = generateInput(seed, index);
  process.send({ type: "started", index, kind, name, size: bytes.length });
  process.send({ type: "done", index, ...(await ingestOne(name, bytes, timeoutMs)) });
});
process.send({ type: "ready" });

async function ingestOne(name, bytes, timeoutMs) {
  let read;
  try {
    read = await readDocument({ origin: name, name, bytes }, { timeoutMs });
  } catch (error) {
    return { outcome: "threw", stage: "read", message: messageOf(error) };
  }
  if (!read.ok) {
    const valid = typeof read.reason === "string" && read.reason.trim() !== "" && !/[\r\n]/.test(read.reason);
    return valid && read.reason.length <= MAX_REASON_CHARS
      ? { outcome: "rejected", reason: read.reason }
      : { outcome: "bad-reason", message: JSON.stringify(read.reason)?.slice(0, 200) ?? "undefined" };
  }
  try {
    const raw = read.document;
    const document = {
      id: documentId(raw.text),
      origin: name,
      alsoAt: [],
      title: raw.title,
      publisher: raw.publisher,
      published: raw.published,
      language: raw.language,
      text: raw.text,
      storyId: null,
    };
    const facts = extractDocument(gazetteer, { document, url: raw.url });
    if (facts.document.id !== document.id) throw new Error("extraction changed the document id");
    return { outcome: "stored", chars: raw.text.length, organizations: facts.organizations.length };
  } catch (error) {
    return { outcome: "threw", stage: "extract", message: messageOf(error) };
  }
}

function messageOf(error) {
  return (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).split("\n")[0].slice(0, 200);
}
