// Writes the tutorial page: ../shared/seed/asyncio-tutorial.md (beside the project
// root) rendered with markdown-it, every ```python block a live <loopscope-playground>
// and every other block (the ASCII diagrams) plain preformatted text.
// Run at build time by wasm/CMakeLists.txt: node web/tutorial/build_tutorial.mjs ROOT OUT.html
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';

const [root, out] = process.argv.slice(2);
const source = join(root, '../shared/seed/asyncio-tutorial.md');
const markdown = readFileSync(source, 'utf8');

// html: false: raw HTML in the markdown is shown as text, never passed through.
const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
const escape = md.utils.escapeHtml;

// A Python example becomes a widget whose <pre> child holds the program: readers
// without JavaScript (or before it loads) still see the code, and the widget reads
// the program from that text.
let examples = 0;
const fence = md.renderer.rules.fence;
md.renderer.rules.fence = (tokens, idx, options, env, self) => {
  const token = tokens[idx];
  if (token.info.trim().split(/\s+/)[0] !== 'python') return fence(tokens, idx, options, env, self);
  examples++;
  return `<loopscope-playground class="example" id="example-${examples}">` +
    `<pre class="source"><code>${escape(token.content)}</code></pre></loopscope-playground>\n`;
};

// Headings get ids, for links into the page and the table of contents.
const headings = [];
md.core.ruler.push('heading_ids', (state) => {
  const used = new Set();
  state.tokens.forEach((token, i) => {
    if (token.type !== 'heading_open') return;
    const text = state.tokens[i + 1].content;
    let id = text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'section';
    while (used.has(id)) id += '-';
    used.add(id);
    token.attrSet('id', id);
    if (token.tag === 'h2') headings.push({ id, text });
  });
});

// The title goes above the page's introduction; the rest is the body.
const title = /^# (.*)$/m.exec(markdown)?.[1] ?? 'asyncio tutorial';
const body = md.render(markdown.replace(/^# .*\n/m, ''));
const toc = headings.map((h) => `<li><a href="#${h.id}">${escape(h.text)}</a></li>`).join('\n');
const template = readFileSync(join(root, 'web/tutorial/template.html'), 'utf8');
const page = template
  .replaceAll('{{title}}', () => escape(title))
  .replace('{{toc}}', () => toc)
  .replace('{{examples}}', () => String(examples))
  .replace('{{body}}', () => body);
writeFileSync(out, page);
console.log(`tutorial: ${examples} live examples`);
