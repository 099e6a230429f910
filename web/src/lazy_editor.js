// The playground's program editor from the first paint: a plain <textarea> holding the
// program (it shows it, takes typing and Ctrl+Enter, and Run reads it), replaced by
// CodeMirror (editor.js, a script of its own) once loadCodeMirror() is called after the
// page is ready. CodeMirror's script and set-up take ~0.3 s of the main thread, which
// the page no longer waits for. Same interface as editor.js's createEditor; marks asked
// for before CodeMirror is in are applied when it arrives.
export function createLazyEditor(parent, { doc, onRun, load }) {
  const textarea = document.createElement('textarea');
  textarea.className = 'program-text';
  textarea.spellcheck = false;
  textarea.autocomplete = 'off';
  textarea.setAttribute('aria-label', 'Program');
  textarea.value = doc;
  textarea.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onRun();
    }
  });
  let pendingMark = null;  // (editor) => void: the last mark asked for, not yet shown
  textarea.addEventListener('input', () => { pendingMark = null; });  // an edit makes it stale
  parent.append(textarea);

  let editor = null;  // CodeMirror's, once loaded
  let loading = null;

  function loadCodeMirror() {
    loading ??= load().then(({ createEditor }) => {
      const hadFocus = document.activeElement === textarea;
      const { selectionStart, selectionEnd } = textarea;
      editor = createEditor(parent, { doc: textarea.value, onRun });
      textarea.remove();
      pendingMark?.(editor);
      pendingMark = null;
      if (hadFocus) {
        editor.view.focus();
        editor.view.dispatch({ selection: { anchor: selectionStart, head: selectionEnd } });
      }
      return editor;
    });
    return loading;
  }

  function mark(apply) {
    if (editor) apply(editor);
    else pendingMark = apply;
  }

  return {
    loadCodeMirror,
    get code() { return editor ? editor.code : textarea.value; },
    set code(text) {
      if (editor) editor.code = text;
      else { textarea.value = text; pendingMark = null; }
    },
    markError(line, col = 0, endCol = 0) { mark((e) => e.markError(line, col, endCol)); },
    highlight(line) { mark((e) => e.highlight(line)); },
    clearMarks() { if (editor) editor.clearMarks(); else pendingMark = null; },
    // For tests: which lines carry which mark, once CodeMirror shows them.
    async markedLines() { return (await loadCodeMirror()).markedLines(); },
  };
}
