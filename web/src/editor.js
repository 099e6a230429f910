// The program editor: CodeMirror 6 with Python highlighting, Ctrl+Enter to run, an
// error marked at its line and column (a syntax error, or the line of a traceback),
// and a highlighted line (the task selected in the timeline, a clicked traceback).
import { pythonLanguage } from '@codemirror/lang-python';
import { EditorState, Prec, StateEffect, StateField } from '@codemirror/state';
import {
  Decoration, EditorView, drawSelection, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers,
} from '@codemirror/view';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import {
  LanguageSupport, bracketMatching, defaultHighlightStyle, indentOnInput, indentUnit, syntaxHighlighting,
} from '@codemirror/language';

// What an editor for short programs needs (CodeMirror's basicSetup minus completion,
// search and folding, which cost a third of the page's script).
const essentials = [
  lineNumbers(), highlightActiveLineGutter(), highlightActiveLine(), history(), drawSelection(),
  indentOnInput(), bracketMatching(), syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
  keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
];

// Python's grammar, highlighting and indentation without lang-python's completion
// sources (python() adds them, and with them @codemirror/autocomplete; completion is
// not among the essentials).
const python = new LanguageSupport(pythonLanguage);

const setMarks = StateEffect.define();

// Decorations for the error and the highlighted line, replaced as a whole.
const marks = StateField.define({
  create: () => Decoration.none,
  update(value, tr) {
    value = value.map(tr.changes);
    for (const e of tr.effects) if (e.is(setMarks)) value = e.value;
    if (tr.docChanged) return Decoration.none;  // an edit makes old marks stale
    return value;
  },
  provide: (f) => EditorView.decorations.from(f),
});

const errorLine = Decoration.line({ class: 'cm-error-line' });
const errorSpan = Decoration.mark({ class: 'cm-error-span' });
const highlightLine = Decoration.line({ class: 'cm-highlight-line' });

// `readOnly` and `extensions` (a theme, say) serve the embeddable widget.
export function createEditor(parent, { doc, onRun, onChange, readOnly = false, extensions = [] }) {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        essentials,
        python,
        indentUnit.of('    '),
        marks,
        EditorState.tabSize.of(4),
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => { onRun(); return true; } }])),
        EditorView.updateListener.of((u) => { if (u.docChanged && onChange) onChange(); }),
        EditorState.readOnly.of(readOnly),
        extensions,
        EditorView.theme({
          '&': { height: '100%', fontSize: '13px' },
          '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' },
          '.cm-error-line': { backgroundColor: '#fde8ea' },
          '.cm-error-span': { textDecoration: 'underline wavy #b00020', textDecorationSkipInk: 'none' },
          '.cm-highlight-line': { backgroundColor: '#e6f0ff' },
        }),
      ],
    }),
  });

  function lineRange(line) {
    const n = Math.min(Math.max(1, line), view.state.doc.lines);
    return view.state.doc.line(n);
  }

  return {
    view,
    get code() { return view.state.doc.toString(); },
    set code(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    // Marks line `line` (1-based) as the error, with columns [col, endCol) underlined
    // (1-based like CPython's caret; 0: the whole line).
    markError(line, col = 0, endCol = 0) {
      const l = lineRange(line);
      const decos = [errorLine.range(l.from)];
      if (col > 0) {
        const from = Math.min(l.from + col - 1, l.to);
        const to = Math.max(from + 1, Math.min(l.from + (endCol > col ? endCol - 1 : col), l.to));
        if (to > from) decos.push(errorSpan.range(from, to));
      }
      view.dispatch({ effects: [setMarks.of(Decoration.set(decos, true)), EditorView.scrollIntoView(l.from, { y: 'center' })] });
    },
    highlight(line) {
      const l = lineRange(line);
      view.dispatch({ effects: [setMarks.of(Decoration.set([highlightLine.range(l.from)])), EditorView.scrollIntoView(l.from, { y: 'center' })] });
    },
    clearMarks() { view.dispatch({ effects: setMarks.of(Decoration.none) }); },
    // For tests: which lines carry which mark.
    markedLines() {
      return [...view.dom.querySelectorAll('.cm-error-line, .cm-highlight-line')].map((el) => el.className);
    },
  };
}
