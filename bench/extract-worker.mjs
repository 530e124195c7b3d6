// Times one extractor over the generated corpus in a fresh process and prints one JSON line.
// Usage: node --expose-gc extract-worker.mjs <accord|wink|compromise|split> <corpusMB> <subsetMB> <runs>
import { generateCorpus } from "./generate-corpus.mjs";

const [tool, corpusArg, subsetArg, runsArg] = process.argv.slice(2);
const MB = 1024 * 1024;
const corpus = generateCorpus(Number(corpusArg) * MB, 20240427);
const runs = Number(runsArg);
const gc = globalThis.gc ?? (() => {});

function firstBytes(items, bytes) {
  const out = [];
  let total = 0;
  for (const it of items) {
    if (total >= bytes) break;
    out.push(it);
    total += it.bytes;
  }
  return { items: out, bytes: total };
}

async function makeProcessor() {
  if (tool === "accord") {
    const { documentId, extractDocument, readGazetteer } = await import("@accord/ingest");
    const g = readGazetteer();
    const toDoc = (it, i) => ({
      id: documentId(it.text),
      origin: `bench/item-${i}.txt`,
      alsoAt: [],
      title: it.title,
      publisher: null,
      published: { precision: "day", value: it.published },
      language: it.language,
      text: it.text,
      storyId: null,
    });
    // The documents are built before timing: the SourceDocument (with its id hash) is input, not extraction.
    return {
      prepare: (items) => items.map(toDoc),
      run: (doc) => {
        const f = extractDocument(g, { document: doc });
        return f.organizations.length + f.people.length;
      },
    };
  }
  if (tool === "wink") {
    const winkNLP = (await import("wink-nlp")).default;
    const model = (await import("wink-eng-lite-web-model")).default;
    const nlp = winkNLP(model);
    return {
      prepare: (items) => items.map((it) => it.text),
      run: (text) => {
        const doc = nlp.readDoc(text);
        return doc.entities().out().length + doc.sentences().out().length;
      },
    };
  }
  if (tool === "compromise") {
    const nlp = (await import("compromise")).default;
    return {
      prepare: (items) => items.map((it) => it.text),
      run: (text) => {
        const doc = nlp(text);
        return doc.organizations().out("array").length + doc.people().out("array").length;
      },
    };
  }
  if (tool === "split") {
    return { prepare: (items) => items.map((it) => it.text), run: (text) => text.split(/\W+/).length };
  }
  throw new Error(`unknown tool ${tool}`);
}

const p = await makeProcessor();
// Warm-up on items of another seed, so that no timed text was seen before.
for (const it of generateCorpus(0.2 * MB, 7).items.slice(0, 60)) p.run(p.prepare([it])[0]);
gc();
const baseRss = process.memoryUsage().rss;
let peakRss = baseRss;
const sample = () => {
  const r = process.memoryUsage().rss;
  if (r > peakRss) peakRss = r;
  return r;
};

function timeOnce(inputs) {
  let sink = 0;
  const t0 = performance.now();
  for (let i = 0; i < inputs.length; i++) {
    sink += p.run(inputs[i]);
    if ((i & 63) === 0) sample();
  }
  const seconds = (performance.now() - t0) / 1000;
  sample();
  return { seconds, sink };
}

const result = { tool, corpusBytes: corpus.bytes, corpusDocs: corpus.items.length, runs: [], baseRss };
if (tool === "accord") {
  // One pass over the whole corpus in `runs` consecutive slices; each slice is one run.
  // RSS is read (after a gc) at the end of each slice: the first is "after 10 MB" for 50 MB in 5 slices.
  const sliceBytes = corpus.bytes / runs;
  let start = 0;
  result.rssAfter = [];
  for (let r = 0; r < runs; r++) {
    const slice = [];
    let bytes = 0;
    while (start < corpus.items.length && (bytes < sliceBytes || r === runs - 1)) {
      slice.push(corpus.items[start]);
      bytes += corpus.items[start].bytes;
      start++;
    }
    const inputs = p.prepare(slice);
    const { seconds } = timeOnce(inputs);
    result.runs.push({ bytes, docs: slice.length, seconds });
    gc();
    result.rssAfter.push({ processedBytes: result.runs.reduce((s, x) => s + x.bytes, 0), rss: sample() });
  }
} else {
  const sub = subsetArg === "all" ? corpus : firstBytes(corpus.items, Number(subsetArg) * MB);
  const inputs = p.prepare(sub.items);
  for (let r = 0; r < runs; r++) {
    const { seconds } = timeOnce(inputs);
    result.runs.push({ bytes: sub.bytes, docs: sub.items.length, seconds });
  }
}
result.peakRss = peakRss;
process.stdout.write(`${JSON.stringify(result)}\n`);
