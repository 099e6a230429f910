// node glue_code_cache_used.mjs path/to/loopscope.js
// The wasm CLI's entry file compiles the glue with the code cache the build wrote
// (core/cli/glue_code_cache.mjs): a run of print(1) offers it and V8 takes it (not
// rejected: same node, same flags set before the compile, same glue), and the run's
// output is right.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "loopscope-cache-"));
const program = path.join(dir, "print1.py");
fs.writeFileSync(program, "print(1)\n");
let run;
try {
  run = spawnSync(process.execPath,
    ["--no-experimental-fetch", "-r", path.join(here, "glue_cache_probe.cjs"), process.argv[2], "run", "--virtual-time", program],
    { encoding: "utf8" });
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
const probe = run.stderr.split("\n").find((l) => l.startsWith("GLUE-CACHE")) || "no probe line";
console.log(`stdout ${JSON.stringify(run.stdout)}, exit ${run.status}, ${probe}`);
if (run.stdout !== "1\n" || run.status !== 0 || probe !== "GLUE-CACHE rejected=false") {
  console.log("FAIL: the glue's code cache is missing or rejected, or the run failed");
  process.exit(1);
}
console.log("1 passed, 0 failed");
