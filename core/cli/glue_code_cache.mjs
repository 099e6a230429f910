// node glue_code_cache.mjs path/to/loopscope.js
// A post-link step of the node-run CLI (core/cli/CMakeLists.txt), after the
// compilation hints: writes loopscope_glue.cache, V8's code cache of the glue, which
// the entry file (node_entry.js) compiles the glue with. A run of startup_program.py
// with LOOPSCOPE_WRITE_GLUE_CACHE set writes it at its exit, so it holds the glue's
// top-level code and every glue function that run compiled.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const entry = path.resolve(process.argv[2]);
const cache = path.join(path.dirname(entry), "loopscope_glue.cache");
const program = path.join(path.dirname(fileURLToPath(import.meta.url)), "startup_program.py");
fs.rmSync(cache, { force: true });
execFileSync(process.execPath, ["--no-experimental-fetch", entry, "run", "--virtual-time", program],
  { env: { ...process.env, LOOPSCOPE_WRITE_GLUE_CACHE: "1" }, stdio: ["ignore", "ignore", "inherit"] });
if (!fs.existsSync(cache)) throw new Error(`${cache} was not written`);
console.log(`Code cache of the wasm CLI's glue: ${fs.statSync(cache).size} bytes`);
