// Writes OUT.js, the examples menu of the playground, from examples.txt (title | path).
// Run at build time by wasm/CMakeLists.txt: node web/build_examples.mjs ROOT OUT.js
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [root, out] = process.argv.slice(2);
const examples = readFileSync(join(root, 'web/examples.txt'), 'utf8').split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => {
    const [title, path] = line.split('|').map((s) => s.trim());
    return { title, code: readFileSync(join(root, path), 'utf8') };
  });
writeFileSync(out, `// Generated from web/examples.txt by web/build_examples.mjs.\nexport default ${JSON.stringify(examples, null, 1)};\n`);
