// The playground's "Embed" dialog: the current program as embed code in either form
// (script + element, or iframe), shown in a text box with a Copy button.
import { scriptEmbed, iframeEmbed } from './embed_code.js';

export function createEmbedDialog({ getCode, getMode }) {
  const dialog = document.createElement('dialog');
  dialog.className = 'embed-dialog';
  dialog.innerHTML = `
    <form method="dialog">
      <h2>Embed this program</h2>
      <p>
        <label><input type="radio" name="form" value="script" checked> Script and element (several per page)</label><br>
        <label><input type="radio" name="form" value="iframe"> Iframe (for sites that allow only iframes)</label>
      </p>
      <textarea readonly rows="10" spellcheck="false" aria-label="Embed code"></textarea>
      <p class="embed-actions">
        <a href="embedding.html" target="_blank">Embedding guide</a>
        <span class="embed-status" role="status"></span>
        <button type="button" value="copy" class="embed-copy">Copy</button>
        <button value="close">Close</button>
      </p>
    </form>`;
  document.body.append(dialog);
  const text = dialog.querySelector('textarea');
  const status = dialog.querySelector('.embed-status');
  const base = new URL('./', location.href);

  async function refresh() {
    const form = dialog.querySelector('input[name=form]:checked').value;
    const mode = getMode() === 'real' ? 'real' : 'deterministic';
    text.value = form === 'iframe' ? await iframeEmbed(getCode(), { base, mode }) : scriptEmbed(getCode(), { base, mode });
    status.textContent = '';
  }

  dialog.addEventListener('change', refresh);
  dialog.querySelector('.embed-copy').addEventListener('click', async () => {
    text.select();
    try {
      await navigator.clipboard.writeText(text.value);
      status.textContent = 'copied';
    } catch {
      status.textContent = 'selected: press Ctrl+C';
    }
  });

  return {
    dialog,
    async open() {
      await refresh();
      dialog.showModal();
    },
    code: () => text.value,
  };
}
