// Builds one CommonJS file per group of commands, with a V8 code cache for it written after a warm-up run:
// - dist/brief.cjs: `accord brief` and everything it loads (the domain, the reports package, pdfmake, pdfkit,
//   fontkit, Handlebars, zod); the store stays outside, imported by main.js when a brief reads one;
// - dist/brief-db.cjs: the same with the store and Kysely inside, for a brief that reads a database rather than
//   a snapshot file;
// - dist/query.cjs: `accord show` and `accord list` with the store and Kysely inside (better-sqlite3 and pg, which
//   hold native code or load lazily, are required from the store's own folder).
// main.js runs a file through node:vm with its cache, so that a cold command resolves, reads and compiles one file
// instead of some 250 modules. Each file's manifest (dist/NAME.json) lists every bundled file with its size and
// modification time or content hash; main.js runs the bundle only while they all still match, and otherwise loads
// the modules as before.
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
    createRequire(pdfmake).resolve("./DocMeasure.js"),
    pdfkit,
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

// The store's modules that load a database driver, whose `require` must resolve from the store's folder.
const NATIVE = /^(better-sqlite3|pg)$/;

function plugin(spec, lazy) {
  const commands = new Set(spec.commands.map((c) => `./${c}.js`));
  return {
    name: `accord-${spec.name}`,
    setup(build) {
      // Only the group's commands are bundled; main.js sends every other command to the modules.
      build.onResolve({ filter: /^\.\/[\w-]+\.js$/ }, (args) =>
        COMMANDS_INDEX.test(args.importer) && !commands.has(args.path)
          ? { path: args.path, namespace: "accord-not-bundled" }
          : undefined,
      );
      // A database driver is required where the store would require it, when the store first opens a database.
      build.onResolve({ filter: NATIVE }, (args) => ({
        path: args.path,
        namespace: "accord-driver",
        pluginData: { from: fromDist(args.importer) },
      }));
      build.onLoad({ filter: /.*/, namespace: "accord-driver" }, (args) => ({
        contents: `module.exports = require("node:module").createRequire(__accordPath(${JSON.stringify(args.pluginData.from)}))(${JSON.stringify(args.path)});`,
        loader: "js",
      }));
      build.onLoad({ filter: /.*/, namespace: "accord-not-bundled" }, (args) => ({
        contents: `throw new Error("the ${spec.name} bundle has no ${args.path}");`,
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

async function bundle(esbuild, spec) {
  const out = join(DIST, `${spec.name}.cjs`);
  const result = await esbuild.build({
    stdin: { contents: `export { run } from "./run.js";`, resolveDir: DIST, sourcefile: `${spec.name}-entry.js` },
    bundle: true,
    platform: "node",
    format: "cjs",
    target: "node20",
    outfile: out,
    external: spec.storeInside ? [] : ["@accord/store"],
    banner: { js: BANNER },
    minifyWhitespace: true,
    footer: { js: "})" },
    plugins: [plugin(spec, lazyRequires())],
    metafile: true,
    absWorkingDir: CLI,
    logLevel: "warning",
  });
  // vm.Script has no module loader for import(): the store (an ES module), when outside, is imported by main.js.
  let source = readFileSync(out, "utf8");
  const storeImports = source.split('import("@accord/store")').length - 1;
  if (storeImports !== (spec.storeInside ? 0 : 1))
    throw new Error(`${spec.name}: found ${storeImports} imports of @accord/store in the bundle`);
  source = source.replace('import("@accord/store")', '__accordImport("@accord/store")');
  if (/\bimport\(/.test(source))
    throw new Error(`${spec.name}: the bundle imports a module main.js does not import for it`);
  writeFileSync(out, source);
  const inputs = Object.keys(result.metafile.inputs)
    .filter((p) => !p.includes(":") && join(CLI, p) !== join(DIST, `${spec.name}-entry.js`))
    .map((p) => identity(join(CLI, p)));
  return inputs;
}

const BRIEFS = [
  ["countries", "CN", "RU"],
  ["pair", "HIT", "BMSTU"],
  ["org", "Tomsk Polytechnic University"],
];

const QUERIES = [
  ["show", "HIT"],
  ["show", "Tomsk Polytechnic University", "--json"],
  ["list", "partnerships", "--country", "CN"],
  ["list", "events", "--json"],
  ["list", "organizations"],
  ["list", "people", "--country", "RU"],
];

function capturingIo(cwd) {
  const out = [];
  const err = [];
  return {
    out,
    err,
    io: {
      stdout: (text) => out.push(text),
      stderr: (text) => err.push(text),
      readStdin: async () => new Uint8Array(),
      cwd,
      env: {},
      isTTY: false,
      now: () => performance.now(),
    },
  };
}

/** Each warm-up run: the same command through the bundle and through the modules, which must give the same bytes. */
async function sameThroughBoth(bundled, modules, argv, work, outputOf) {
  const a = capturingIo(work);
  const b = capturingIo(work);
  const codes = [await bundled(argv("bundled"), a.io), await modules(argv("modules"), b.io)];
  if (codes[0] !== 0 || codes[1] !== 0)
    throw new Error(`the warm-up run '${argv("bundled").join(" ")}' failed: ${[...a.err, ...b.err].join("")}`);
  if (!outputOf(a, "bundled").equals(outputOf(b, "modules")) || a.err.join("") !== b.err.join(""))
    throw new Error(`the bundle runs '${argv("bundled").join(" ")}' differently from the modules`);
}

// Each brief through the bundle and the modules, from `source` (`--snapshot FILE` or `--db FILE`).
async function warmUpBriefs(bundled, modules, work, source) {
  // Words kept by earlier runs would spare the warm-up fontkit's shaping, and the cache its code.
  rmSync(join(CLI, "node_modules", ".cache", "accord"), { recursive: true, force: true });
  for (const args of BRIEFS)
    await sameThroughBoth(
      bundled,
      modules,
      (who) => ["brief", ...args, ...source, "--out", `${who}.pdf`],
      work,
      (_, who) => readFileSync(join(work, `${who}.pdf`)),
    );
}

// The knowledge base of the warm-up as a store, for the commands that read one.
async function warmUpStore(modules, work) {
  const imported = await modules(["import", "kb.json", "--db", "kb.db"], capturingIo(work).io);
  if (imported !== 0) throw new Error("the warm-up store could not be written");
}

const SPECS = [
  {
    name: "brief",
    commands: ["brief"],
    storeInside: false,
    warmUp: (bundled, modules, work) => warmUpBriefs(bundled, modules, work, ["--snapshot", "kb.json"]),
  },
  {
    name: "brief-db",
    commands: ["brief"],
    storeInside: true,
    async warmUp(bundled, modules, work) {
      await warmUpStore(modules, work);
      await warmUpBriefs(bundled, modules, work, ["--db", "kb.db"]);
    },
  },
  {
    name: "query",
    commands: ["show", "list"],
    storeInside: true,
    async warmUp(bundled, modules, work) {
      await warmUpStore(modules, work);
      for (const args of QUERIES)
        await sameThroughBoth(
          bundled,
          modules,
          () => [...args, "--db", "kb.db"],
          work,
          (io) => Buffer.from(io.out.join("")),
        );
    },
  },
];

/**
 * Compiles a bundle and runs its warm-up commands with it and with the modules, which must give the same output;
 * returns V8's code for all that the bundle ran, so that a cold command compiles nothing.
 */
async function warmUp(spec, out) {
  const script = new vm.Script(readFileSync(out, "utf8"), { filename: out });
  const module = { exports: {} };
  const importModule = (specifier) => import(pathToFileURL(createRequire(out).resolve(specifier)).href);
  script.runInThisContext()(module.exports, createRequire(out), module, out, DIST, importModule);
  const { run } = await import(pathToFileURL(join(DIST, "run.js")).href);
  const work = mkdtempSync(join(tmpdir(), `accord-${spec.name}-bundle-`));
  try {
    writeFileSync(join(work, "kb.json"), JSON.stringify(warmUpKnowledgeBase()));
    await spec.warmUp(module.exports.run, run, work);
    return script.createCachedData();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const esbuild = loadEsbuild();
for (const spec of SPECS) {
  const out = join(DIST, `${spec.name}.cjs`);
  const manifest = join(DIST, `${spec.name}.json`);
  for (const f of [out, `${out}.cache`, manifest]) rmSync(f, { force: true });
  if (!esbuild) {
    process.stderr.write(
      `bundle-commands: esbuild not found; accord ${spec.commands.join(", ")} run from the modules\n`,
    );
    continue;
  }
  const inputs = await bundle(esbuild, spec);
  writeFileSync(`${out}.cache`, await warmUp(spec, out));
  // Written last: without it main.js does not use the bundle.
  writeFileSync(manifest, `${JSON.stringify({ inputs })}\n`);
}
