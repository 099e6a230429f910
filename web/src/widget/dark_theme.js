// The editor's colours for theme="dark" (CodeMirror's defaults are for light pages).
import { EditorView } from '@codemirror/view';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { tags } from '@lezer/highlight';

const darkTheme = EditorView.theme({
  '&': { backgroundColor: '#1e2228', color: '#dfe3e8' },
  '.cm-gutters': { backgroundColor: '#23272e', color: '#7d8590', border: 'none' },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: '#2a3038' },
  '&.cm-focused .cm-cursor': { borderLeftColor: '#dfe3e8' },
  '.cm-selectionBackground, &.cm-focused .cm-selectionBackground': { backgroundColor: '#3b4656' },
  '.cm-error-line': { backgroundColor: '#4a2228' },
  '.cm-highlight-line': { backgroundColor: '#23364f' },
}, { dark: true });

// Syntax colours readable on the dark background (the default style's are for light).
const darkHighlight = syntaxHighlighting(HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.definitionKeyword, tags.moduleKeyword, tags.operatorKeyword], color: '#c792ea' },
  { tag: [tags.string, tags.special(tags.string)], color: '#c3e88d' },
  { tag: [tags.number, tags.bool, tags.null], color: '#f78c6c' },
  { tag: tags.comment, color: '#8a94a3', fontStyle: 'italic' },
  { tag: [tags.function(tags.definition(tags.variableName)), tags.definition(tags.className)], color: '#82aaff' },
  { tag: [tags.self, tags.atom], color: '#ffcb6b' },
]));

export const darkEditor = [darkTheme, darkHighlight];
