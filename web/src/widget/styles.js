// The widget's style sheet. It is adopted by the document (a constructed
// CSSStyleSheet, which a strict Content-Security-Policy allows where a <style>
// element would need 'unsafe-inline'); every rule is scoped to the element.
const css = `
loopscope-playground { display: block; margin: 1em 0; border: 1px solid var(--lsp-border); border-radius: 6px;
  overflow: hidden; background: var(--lsp-bg); color: var(--lsp-fg); font: 14px/1.4 system-ui, sans-serif;
  --lsp-border: #d0d4da; --lsp-bg: #fff; --lsp-fg: #1d232b; --lsp-muted: #5b6470; --lsp-bar: #f3f5f8;
  --lsp-err: #b00020; --lsp-link: #0b5cad; --lsp-out-h: 220px; }
loopscope-playground.lsp-dark { --lsp-border: #3a404a; --lsp-bg: #1e2228; --lsp-fg: #dfe3e8; --lsp-muted: #9aa3ad;
  --lsp-bar: #272c33; --lsp-err: #ff7b86; --lsp-link: #7db4ff; }
loopscope-playground:not(:defined) { min-height: 120px; }
loopscope-playground > script { display: none; }
loopscope-playground .lsp-root { display: flex; flex-direction: column; height: 100%; min-height: 0;
  container-type: inline-size; }
loopscope-playground .lsp-bar { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; padding: 4px 8px;
  background: var(--lsp-bar); border-bottom: 1px solid var(--lsp-border); }
loopscope-playground .lsp-bar button, loopscope-playground .lsp-bar select { font: inherit; font-size: 13px;
  padding: 2px 10px; color: inherit; background: var(--lsp-bg); border: 1px solid var(--lsp-border); border-radius: 4px; }
loopscope-playground .lsp-bar button:disabled { opacity: 0.5; }
loopscope-playground .lsp-bar .lsp-run { font-weight: 600; }
loopscope-playground .lsp-status { color: var(--lsp-muted); font-size: 12.5px; margin-left: auto; }
loopscope-playground .lsp-editor { min-height: 0; overflow: hidden; border-bottom: 1px solid var(--lsp-border); }
loopscope-playground.lsp-sized .lsp-editor { flex: 1; }
loopscope-playground .lsp-out { display: grid; grid-template-columns: 3fr 2fr; height: var(--lsp-out-h); min-height: 0; }
loopscope-playground .lsp-out.lsp-single { grid-template-columns: 1fr; }
@container (max-width: 560px) {
  loopscope-playground .lsp-out:not(.lsp-single) { grid-template-columns: 1fr;
    grid-template-rows: var(--lsp-out-h) calc(var(--lsp-out-h) * 0.75); height: auto; }
}
loopscope-playground .lsp-timeline { display: block; width: 100%; height: 100%; min-height: 0; outline: none; }
loopscope-playground .lsp-timeline:focus-visible { box-shadow: inset 0 0 0 2px var(--lsp-link); }
loopscope-playground .lsp-console { margin: 0; padding: 4px 8px; overflow: auto; min-height: 0;
  border-left: 1px solid var(--lsp-border); font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
@container (max-width: 560px) {
  loopscope-playground .lsp-console { border-left: 0; border-top: 1px solid var(--lsp-border); }
}
loopscope-playground .lsp-single .lsp-console { border: 0; }
loopscope-playground .lsp-console .line { white-space: pre-wrap; word-break: break-word; }
loopscope-playground .lsp-console .stamp { color: var(--lsp-muted); opacity: 0.7; user-select: none; }
loopscope-playground .lsp-console .stderr .text { color: var(--lsp-err); }
loopscope-playground .lsp-console .meta { color: var(--lsp-muted); }
loopscope-playground .lsp-console .link { color: var(--lsp-link); cursor: pointer; text-decoration: underline; }
loopscope-playground .lsp-hint { color: var(--lsp-muted); padding: 8px; }
`;

let adopted = false;

export function adoptStyles() {
  if (adopted) return;
  adopted = true;
  if (document.adoptedStyleSheets && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } else {
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
  }
}

// Inside the editor's shadow root: the editor fits its program up to ~26 lines, or
// fills a widget given a height.
let editorStyles = null;
export function editorSheet() {
  if (!editorStyles) {
    editorStyles = new CSSStyleSheet();
    editorStyles.replaceSync(`
      .mount { height: 100%; }
      .mount > .cm-editor { max-height: 26em; }
      .mount.sized > .cm-editor { max-height: none; height: 100%; }
      .placeholder { margin: 0; padding: 4px 6px 4px 36px; max-height: 26em; overflow: auto; box-sizing: border-box;
        font: 13px/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; white-space: pre; }
      .sized > .placeholder { max-height: none; height: 100%; }`);
  }
  return editorStyles;
}
