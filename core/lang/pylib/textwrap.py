# textwrap for Loopscope programs: dedent and indent as in CPython 3.11's textwrap.py
# (which uses regular expressions; here the same rules are applied line by line).
# wrap, fill and shorten are left out.


def _leading_blanks(line):
    # The spaces and tabs a line starts with.
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]


def dedent(text):
    # Lines of only spaces and tabs become empty; the margin common to the other
    # lines (spaces and tabs, compared exactly) is removed from each of them.
    lines = text.split('\n')
    lines = ['' if line and line.strip(' \t') == '' else line for line in lines]
    margin = None
    for line in lines:
        if not line:
            continue
        indent = _leading_blanks(line)
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            for i, (x, y) in enumerate(zip(margin, indent)):
                if x != y:
                    margin = margin[:i]
                    break
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
