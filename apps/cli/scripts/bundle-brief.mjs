// Builds dist/brief.cjs: `accord brief` and everything it loads (the domain, the reports package,
// pdfmake, pdfkit, fontkit, Handlebars, zod) as one CommonJS file, which main.js runs through
// node:vm with a V8 code cache (dist/brief.cjs.cache) written here after a warm-up brief. A cold
// brief then resolves, reads and compiles one file instead of some 250 modules. The manifest
// (dist/brief.json) lists every bundled file with its size and modification time; main.js runs the
// bundle only while they all still match, and otherwise loads the modules as before.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import vm from "node:vm";
import { warmUpKnowledgeBase } from "./warm-up-knowledge-base.mjs";

const CLI = dirname(dirname(fileURLToPath(import.meta.url)));
const DIST = join(CLI, "dist");
const OUT = join(DIST, "brief.cjs");
const CACHE = `${OUT}.cache`;
const MANIFEST = join(DIST, "brief.json");
const require = createRequire(import.meta.url);

// Paths inside the bundle are relative to dist, so that a moved checkout keeps working.
const fromDist = (file) => relative(DIST, file).split(sep).join("/");

/** esbuild: the CLI's own devDependency when it has one, else the one vite brings. */
function loadEsbuild() {
  for (const from of [import.meta.url, pathToFileURL(require.resolve("vite/package.json"))]) {
    try {
      return createRequire(from)("esbuild");
    } catch {}
  }
  return undefined;
}

/**
 * The modules the reports package loads through `createRequire` (so that its own build can load
 * them lazily), resolved as it resolves them: the bundle serves these from inside itself.
 */
function lazyRequires() {
  const reports = createRequire(require.resolve("@accord/reports"));
  const pdfmake = reports.resolve("pdfmake");
  const pdfkit = createRequire(pdfmake).resolve("pdfkit");
  return [
    pdfmake,
    createRequire(pdfmake).resolve("./StyleContextStack.js"),
    createRequire(pdfkit).resolve("fontkit"),
    reports.resolve("handlebars/dist/handlebars.min.js"),
  ];
}

// `createRequire` for the bundled reports modules: a module the bundle holds comes from the bundle
// (the same instance pdfmake itself uses), anything else from node_modules as before.
function bundledRequireModule(files) {
  const entries = files.map((f) => `  ${JSON.stringify(fromDist(f))}: () => require(${JSON.stringify(f)}),`);
  return `import { createRequire as nodeCreateRequire } from "node:module";
import { join, relative, sep } from "node:path";
const BUNDLED = {
${entries.join("\n")}
};
export function createRequire(from) {
  const real = nodeCreateRequire(from);
  const bundled = (id) => {
    const load = BUNDLED[relative(__dirname, real.resolve(id)).split(sep).join("/")];
    return load ? load() : real(id);
  };
  bundled.resolve = real.resolve;
  return bundled;
}
`;
}

/**
 * pdfkit's file ID hashes the document definition with the source text of its functions (the page
 * header and footer), so those must read as tsc wrote them: the module is evaluated from its own
 * text, its imports passed in, instead of being reprinted by esbuild.
 */
function keepSourceText(source, file) {
  const imports = [...source.matchAll(/^import \{ ([\w, ]+) \} from "(\.[^"]+)";$/gm)];
  const names = imports.flatMap((m) => m[1].split(",").map((n) => n.trim()));
  const body = source
    .replace(/^import \{ [\w, ]+ \} from "\.[^"]+";$/gm, "")
    .replace(/^export function /gm, "function ");
  const exported = [...source.matchAll(/^export function (\w+)/gm)].map((m) => m[1]);
  if (/^(import|export)\b/m.test(body) || exported.length === 0)
    throw new Error(`${file}: expected only named imports and exported functions`);
  return `${imports.map((m) => m[0]).join("\n")}
const __module = new Function(${names.map((n) => JSON.stringify(n)).join(", ")}, ${JSON.stringify(`${body}\nreturn { ${exported.join(", ")} };`)})(${names.join(", ")});
${exported.map((n) => `export const ${n} = __module.${n};`).join("\n")}
`;
}

// tiny-inflate unpacks the Unicode tables that linebreak, unicode-properties and fontkit build when
// they load, some 40 ms of pure JavaScript on a cold start; zlib gives the same bytes natively.
const INFLATE = `const { inflateRawSync } = require("node:zlib");
module.exports = function inflate(source, dest) {
  const out = inflateRawSync(source);
  dest.set(out.length > dest.length ? out.subarray(0, dest.length) : out);
  return out.length < dest.length ? dest.slice(0, out.length) : dest;
};
`;

// Modules loaded at start-up that a brief never calls (pdfkit's encryption, fontkit's WOFF2
// decompression) are loaded when first touched instead.
const LAZY = [
  { file: /[\\/]pdfkit[\\/]js[\\/]pdfkit\.js$/, require: "@noble/ciphers/aes" },
  { file: /[\\/]fontkit[\\/]dist[\\/]main\.cjs$/, require: "brotli/decompress.js" },
];
const LAZY_HELPER = `function __accordLazy(load) {
  let module;
  const get = () => (module ??= load());
  return new Proxy(function () {}, {
    get: (_, key) => get()[key],
    apply: (_, self, args) => Reflect.apply(get(), self, args),
  });
}`;

function makeLazy(source, file) {
  for (const lazy of LAZY.filter((l) => l.file.test(file))) {
    const pattern = new RegExp(`require\\((["'])${lazy.require.replace(/[./]/g, "\\$&")}\\1\\)`);
    if (!pattern.test(source)) throw new Error(`${file}: no require of ${lazy.require} to make lazy`);
    source = source.replace(pattern, (call) => `__accordLazy(() => ${call})`);
  }
  return source;
}

const KEEP_SOURCE_TEXT = /[\\/]packages[\\/]reports[\\/]dist[\\/]document-definition\.js$/;
const COMMANDS_INDEX = /[\\/]apps[\\/]cli[\\/]dist[\\/]commands[\\/]index\.js$/;

function plugin(lazy) {
  return {
    name: "accord-brief",
    setup(build) {
      // Only the brief command is bundled; main.js sends every other command to the modules.
      build.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) =>
        COMMANDS_INDEX.test(args.importer) && args.path !== "./brief.js"
          ? { path: args.path, namespace: "accord-not-bundled" }
          : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: "accord-not-bundled" }, (args) => ({
        contents: `throw new Error("the brief bundle has no ${args.path}");`,
        loader: "js",
      }));
      build.onResolve({ filter: /^node:module$/ }, (args) =>
        /[\\/]packages[\\/]reports[\\/]dist[\\/]/.test(args.importer)
          ? { path: "bundled-require", namespace: "accord-bundled-require" }
          : undefined,
      );
      build.onLoad({ filter: /.*/, namespace: "accord-bundled-require" }, () => ({
        contents: bundledRequireModule(lazy),
        loader: "js",
        resolveDir: DIST,
      }));
      build.onResolve({ filter: /^tiny-inflate$/ }, () => ({ path: "tiny-inflate", namespace: "accord-inflate" }));
      build.onLoad({ filter: /.*/, namespace: "accord-inflate" }, () => ({ contents: INFLATE, loader: "js" }));
      // import.meta.url and __dirname keep pointing at each module's own file.
      build.onLoad({ filter: /\.(js|cjs|mjs)$/ }, (args) => {
        let source = readFileSync(args.path, "utf8");
        const url = `__accordUrl(${JSON.stringify(fromDist(args.path))})`;
        if (KEEP_SOURCE_TEXT.test(args.path)) source = keepSourceText(source, args.path);
        source = makeLazy(source.replaceAll("import.meta.url", url), args.path);
        if (/\b__(dirname|filename)\b/.test(source) && !/\.mjs$/.test(args.path))
          source = `var __dirname = __accordPath(${JSON.stringify(fromDist(dirname(args.path)))}), __filename = __accordPath(${JSON.stringify(fromDist(args.path))});\n${source}`;
        return { contents: source, loader: "js" };
      });
    },
  };
}

// The file is one function expression, as Node wraps a CommonJS module: vm.Script returns it.
const BANNER = `(function (exports, require, module, __filename, __dirname, __accordImport) {
"use strict";
const __accordPath = (file) => require("node:path").join(__dirname, file);
const __accordUrl = (file) => require("node:url").pathToFileURL(__accordPath(file)).href;
${LAZY_HELPER}`;

/**
 * How main.js tells that a bundled file is unchanged: an installed package's file by its size and
 * modification time, a file of this workspace by its content (turbo restores cached builds with new
 * modification times).
 */
function identity(file) {
  const { size, mtimeMs } = statSync(file);
  if (
    relative(join(CLI, "..", ".."), file)
      .split(sep)
      .includes("node_modules")
  )
    return [fromDist(file), size, "mtime", mtimeMs];
  return [fromDist(file), size, "sha256", createHash("sha256").update(readFileSync(file)).digest("hex")];
}

async function bundle(esbuild) {
  const result = await esbuild.build({
    stdin: { contents: `export { run } from "./run.js";`, resolveDir: DIST, sourcefile: "brief-entry.js" },
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile: OUT,
    external: ["@accord/store"],
    banner: { js: BANNER },
    minifyWhitespace: true,
    footer: { js: "})" },
    plugins: [plugin(lazyRequires())],
    metafile: true,
    absWorkingDir: CLI,
    logLevel: "warning",
  });
  // vm.Script has no module loader for import(): the store (an ES module) is imported by main.js.
  const source = readFileSync(OUT, "utf8");
  const storeImports = source.split('import("@accord/store")').length - 1;
  if (storeImports !== 1) throw new Error(`expected one import of @accord/store in the bundle, found ${storeImports}`);
  if (/\bimport\(/.test(source.replace('import("@accord/store")', "")))
    throw new Error("the bundle imports a module that main.js does not import for it");
  writeFileSync(OUT, source.replace('import("@accord/store")', '__accordImport("@accord/store")'));
  const root = CLI;
  const inputs = Object.keys(result.metafile.inputs)
    .filter((p) => !p.includes(":") && join(root, p) !== join(DIST, "brief-entry.js"))
    .map((p) => identity(join(root, p)));
  return inputs;
}

const WARM_UP = [
  ["countries", "CN", "RU"],
  ["pair", "HIT", "BMSTU"],
  ["org", "Tomsk Polytechnic University"],
];

function quietIo(cwd) {
  return {
    stdout: () => undefined,
    stderr: (text) => process.stderr.write(text),
    readStdin: async () => new Uint8Array(),
    cwd,
    env: {},
    isTTY: false,
    now: () => performance.now(),
  };
}

/**
 * Compiles the bundle and renders the warm-up briefs with it and with the modules, which must give
 * the same bytes; returns V8's code for all that the bundle ran, so that a cold brief compiles nothing.
 */
async function warmUp() {
  // Words kept by earlier runs would spare the warm-up fontkit's shaping, and the cache its code.
  rmSync(join(CLI, "node_modules", ".cache", "accord"), { recursive: true, force: true });
  const script = new vm.Script(readFileSync(OUT, "utf8"), { filename: OUT });
  const module = { exports: {} };
  const importModule = (specifier) => import(pathToFileURL(createRequire(OUT).resolve(specifier)).href);
  script.runInThisContext()(module.exports, createRequire(OUT), module, OUT, DIST, importModule);
  const { run } = await import(pathToFileURL(join(DIST, "run.js")).href);
  const work = mkdtempSync(join(tmpdir(), "accord-brief-bundle-"));
  try {
    writeFileSync(join(work, "kb.json"), JSON.stringify(warmUpKnowledgeBase()));
    for (const args of WARM_UP) {
      const argv = (out) => ["brief", ...args, "--snapshot", "kb.json", "--out", out];
      const bundled = await module.exports.run(argv("bundled.pdf"), quietIo(work));
      const modules = await run(argv("modules.pdf"), quietIo(work));
      if (bundled !== 0 || modules !== 0) throw new Error(`the warm-up brief '${args.join(" ")}' failed`);
      if (!readFileSync(join(work, "bundled.pdf")).equals(readFileSync(join(work, "modules.pdf"))))
        throw new Error(`the bundle renders '${args.join(" ")}' differently from the modules`);
    }
    return script.createCachedData();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const esbuild = loadEsbuild();
for (const f of [OUT, CACHE, MANIFEST]) rmSync(f, { force: true });
if (!esbuild) {
  process.stderr.write("bundle-brief: esbuild not found; accord brief runs from its modules\n");
} else {
  const inputs = await bundle(esbuild);
  writeFileSync(CACHE, await warmUp());
  // Written last: without it main.js does not use the bundle.
  writeFileSync(MANIFEST, `${JSON.stringify({ inputs })}\n`);
}
