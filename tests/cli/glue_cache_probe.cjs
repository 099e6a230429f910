// Preloaded (node -r) by glue_code_cache_used.mjs: for each vm.Script offered a code
// cache (the wasm CLI's entry file compiles its glue with one), prints on stderr
// whether V8 rejected it, known as soon as the script is compiled.
const vm = require("node:vm");
const fs = require("node:fs");
vm.Script = class extends vm.Script {
  constructor(source, options) {
    super(source, options);
    if (options && options.cachedData) fs.writeSync(2, `GLUE-CACHE rejected=${this.cachedDataRejected}\n`);
  }
};
