// The two forms of embed code for a program: the script + custom element form, and
// the iframe form (embed.html#code=...), for sites that allow only iframes. Used by
// the playground's "Embed" dialog; the embedding guide documents both.
import { encodeProgram } from './share.js';

const escapeText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeHtml = (s) => escapeText(s).replace(/"/g, '&quot;');

// `base`: the URL of the directory holding loopscope.js and embed.html.
export function scriptEmbed(code, { base, mode = 'deterministic' }) {
  const attrs = mode === 'real' ? ' mode="real"' : '';
  // Inside <script> only "</script" and "<!--" could end or confuse the element:
  // such programs go into a <pre> child, escaped, which the widget reads as text.
  const body = /<\/script|<!--/i.test(code)
    ? `<pre>${escapeText(code)}</pre>`
    : `<script type="text/python">\n${code.replace(/\n*$/, '\n')}</script>`;
  return `<script type="module" src="${new URL('loopscope.js', base)}"></script>\n` +
    `<loopscope-playground${attrs}>\n${body}\n</loopscope-playground>\n`;
}

export async function iframeEmbed(code, { base, mode = 'deterministic', height = 420 }) {
  const params = new URLSearchParams({ code: await encodeProgram(code) });
  if (mode === 'real') params.set('mode', 'real');
  const src = `${new URL('embed.html', base)}#${params}`;
  return `<iframe src="${escapeHtml(src)}" title="Loopscope: a live asyncio program" ` +
    `width="100%" height="${height}" loading="lazy" style="border: 1px solid #d0d4da; border-radius: 6px"></iframe>\n`;
}
