// The console: program output as text (never HTML), stderr in its own colour, each
// line stamped with the run's clock, traceback lines clickable (they select the line
// in the editor). A flood keeps the page responsive: output is batched per frame and
// only the last kMaxLines lines are kept, with a note of how many were dropped.
const kMaxLines = 2000;

export function createConsole(element, { onLineClick }) {
  let dropped = 0;
  let pending = [];     // [text, className, seconds] not yet drawn
  let pendingLines = 0; // newlines in pending
  let partial = null;   // the last line element while it has no newline yet
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

  function draw() {
    scheduled = false;
    const fragment = document.createDocumentFragment();
    for (const [chunk, className, seconds] of pending) {
      const parts = chunk.split('\n');
      parts.forEach((part, i) => {
        const last = i === parts.length - 1;
        if (last && part === '') return;
        let line = partial && partial.dataset.kind === className ? partial : null;
        if (!line) {
          line = lineElement(className, seconds);
          line.dataset.kind = className;
          fragment.append(line);
        }
        line.querySelector('.text').textContent += part;
        if (last) partial = line;
        else {
          partial = null;
          if (className === 'stderr') linkTraceback(line);
        }
      });
    }
    pending = [];
    pendingLines = 0;
    element.append(fragment);
    let lines = element.querySelectorAll('.line');
    if (lines.length > kMaxLines) {
      const excess = lines.length - kMaxLines;
      for (let i = 0; i < excess; i++) lines[i].remove();
      dropped += excess;
    }
    if (dropped > 0) {
      droppedNote.textContent = `… ${dropped.toLocaleString('en')} earlier lines dropped (the console keeps the last ${kMaxLines.toLocaleString('en')})`;
      element.prepend(droppedNote);
    }
    element.scrollTop = element.scrollHeight;
  }

  return {
    // stream 1: stdout, 2: stderr; `meta` lines come from the page itself.
    write(text, kind, seconds = null) {
      pending.push([text, kind, seconds]);
      pendingLines += text.split('\n').length - 1;
      // A flood between two frames: drop what the console would drop anyway, so
      // that a frame never builds (then removes) more than kMaxLines lines.
      if (pendingLines > 2 * kMaxLines) {
        let cut = 0;
        while (pendingLines > kMaxLines && cut < pending.length - 1) {
          const n = pending[cut++][0].split('\n').length - 1;
          pendingLines -= n;
          dropped += n;
        }
        pending.splice(0, cut);
        partial = null;
      }
      if (!scheduled) {
        scheduled = true;
        requestAnimationFrame(draw);
      }
    },
    flush() { if (pending.length) draw(); },
    clear() {
      element.textContent = '';
      pending = [];
      pendingLines = 0;
      partial = null;
      dropped = 0;
    },
    // The text of the stdout lines (without stamps), for tests and the share link.
    text(kind = 'stdout') {
      this.flush();
      return [...element.querySelectorAll(`.line.${kind} .text`)].map((t) => t.textContent + '\n').join('');
    },
  };
}
