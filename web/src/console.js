// The console: program output as text (never HTML), stderr in its own colour, each
// line stamped with the run's clock, traceback lines clickable (they select the line
// in the editor). A flood keeps the page responsive: output is queued and each
// animation frame draws at most kLinesPerFrame lines of it (building and laying out
// thousands of lines at once froze the page for 0.2 to 1 s); only the last kMaxLines
// lines are kept, with a note of how many were dropped. Lines sit in blocks of
// kChunkLines: a block out of view skips layout and paint (content-visibility, in the
// page's CSS) and the oldest lines go a block at a time, so a frame's cost does not
// grow with the lines kept (per line, the browser tracked 2,000 visibility states).
const kMaxLines = 2000;
const kLinesPerFrame = 200;
const kChunkLines = 100;

export function createConsole(element, { onLineClick }) {
  let dropped = 0;
  // Output not yet drawn, as pieces [text, className, seconds, endsLine]: a piece is
  // one line's text (or the start of one, when endsLine is false). Writes that
  // continue the last piece's line join it (print writes each argument, separator
  // and newline apart: six writes a line), so that a line is drawn in one go.
  let pending = [];
  let pendingLines = 0; // pieces in pending that end a line
  let shownLines = 0;   // line elements in the console
  let partial = null;   // the last line element while it has no newline yet
  let tail = null;      // the block new lines go into (lineCount: its lines)
  let scheduled = false;
  const droppedNote = document.createElement('div');
  droppedNote.className = 'meta dropped';

  function stamp(seconds) {
    const el = document.createElement('span');
    el.className = 'stamp';
    el.textContent = `${seconds.toFixed(3).padStart(8)} `;
    return el;
  }

  function lineElement(className, seconds) {
    const line = document.createElement('div');
    line.className = `line ${className}`;
    if (seconds !== null) line.append(stamp(seconds));
    const text = document.createElement('span');
    text.className = 'text';
    line.append(text);
    line.textElement = text;
    return line;
  }

  // `File "main.py", line 12, in worker` becomes a link to line 12, and so does a
  // deadlock report's `Task-2 waits on lock (line 12)`.
  function linkTraceback(line) {
    const text = line.querySelector('.text');
    const m = /^ {2}File "main\.py", line (\d+)/.exec(text.textContent) ??
      /^ {2}\S.* waits on .*\(line (\d+)\)$/.exec(text.textContent);
    if (!m) return;
    text.classList.add('link');
    text.title = `show line ${m[1]} in the editor`;
    text.addEventListener('click', () => onLineClick(Number(m[1])));
  }

  // Drops the oldest pending lines while more than `keep` are pending (they would
  // only be drawn to be removed again).
  function dropPendingBeyond(keep) {
    let cut = 0;
    while (pendingLines > keep && cut < pending.length) {
      if (pending[cut++][3]) {
        pendingLines--;
        dropped++;
      }
    }
    if (cut > 0) {
      pending.splice(0, cut);
      partial = null;
    }
  }

  // The block for a new line: the last one, or a new one when it is full.
  function blockForNewLine() {
    if (!tail || tail.lineCount >= kChunkLines) {
      tail = document.createElement('div');
      tail.className = 'chunk';
      tail.lineCount = 0;
      element.append(tail);
    }
    tail.lineCount++;
    return tail;
  }

  // Draws up to `maxLines` lines of the pending output.
  function draw(maxLines) {
    // More than kMaxLines lines to come: everything shown now would be removed.
    if (pendingLines > kMaxLines) {
      dropPendingBeyond(kMaxLines);
      dropped += shownLines;
      shownLines = 0;
      partial = null;
      tail = null;
      element.textContent = '';
    }
    let taken = 0, lines = 0;
    while (taken < pending.length && lines < maxLines) {
      const [text, className, seconds, endsLine] = pending[taken++];
      let line = partial && partial.dataset.kind === className ? partial : null;
      if (!line) {
        line = lineElement(className, seconds);
        line.dataset.kind = className;
        blockForNewLine().append(line);
        shownLines++;
      }
      line.textElement.append(text);
      if (!endsLine) partial = line;
      else {
        partial = null;
        lines++;
        if (className === 'stderr') linkTraceback(line);
      }
    }
    pending.splice(0, taken);
    pendingLines -= lines;
    // The oldest blocks go while the lines after them are still at least kMaxLines.
    for (;;) {
      const first = element.firstChild === droppedNote ? droppedNote.nextSibling : element.firstChild;
      if (!first || first === tail || shownLines - first.lineCount < kMaxLines) break;
      first.remove();
      shownLines -= first.lineCount;
      dropped += first.lineCount;
    }
    if (dropped > 0) {
      droppedNote.textContent = `… ${dropped.toLocaleString('en')} earlier lines dropped (the console keeps at least the last ${kMaxLines.toLocaleString('en')})`;
      if (element.firstChild !== droppedNote) element.prepend(droppedNote);
    }
    element.scrollTop = element.scrollHeight;
  }

  function onFrame() {
    scheduled = false;
    draw(kLinesPerFrame);
    if (pending.length) schedule();
  }

  function schedule() {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(onFrame);
    }
  }

  return {
    // stream 1: stdout, 2: stderr; `meta` lines come from the page itself.
    write(text, kind, seconds = null) {
      const parts = text.split('\n');
      parts.forEach((part, i) => {
        const endsLine = i < parts.length - 1;
        const last = pending[pending.length - 1];
        if (last && !last[3] && last[1] === kind) {
          last[0] += part;  // continues the line (its stamp: its first piece's time)
          last[3] = endsLine;
        } else if (endsLine || part !== '') {
          pending.push([part, kind, seconds, endsLine]);
        }
        if (endsLine) pendingLines++;
      });
      // A flood between two frames: drop what the console would drop anyway.
      if (pendingLines > 2 * kMaxLines) dropPendingBeyond(kMaxLines);
      schedule();
    },
    // Draws everything pending now (the frames would draw it bit by bit).
    flush() { if (pending.length) draw(Infinity); },
    clear() {
      element.textContent = '';
      pending = [];
      pendingLines = 0;
      shownLines = 0;
      partial = null;
      tail = null;
      dropped = 0;
    },
    // The text of the stdout lines (without stamps), for tests and the share link.
    text(kind = 'stdout') {
      this.flush();
      return [...element.querySelectorAll(`.line.${kind} .text`)].map((t) => t.textContent + '\n').join('');
    },
  };
}
