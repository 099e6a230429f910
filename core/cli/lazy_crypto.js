// A --pre-js of the node-run CLI only (core/cli/CMakeLists.txt; the page never gets
// it). At start-up emscripten's file system makes /dev/random and /dev/urandom, and its
// getRandomDevice() reads node 20's global `crypto` for them: that global's first use
// loads node's Web Crypto implementation (8 more of node's internal modules; print(1)'s
// main thread took about 10 ms more CPU time to its output on the loaded 2-core
// machine). This module-level name shadows the global for the glue: the same
// getRandomValues, from node's crypto module, loaded at the first random byte a run
// asks for (random's seed in real time: std::random_device).
var crypto = { getRandomValues: (array) => require("node:crypto").randomFillSync(array) };
