# textwrap.wrap, fill, shorten and TextWrapper: a paragraph with the usual options, then
# 400 random texts (hyphens, em-dashes, tabs, punctuation) wrapped with random options,
# compared line for line with CPython's.
import random
import textwrap

text = ("Asyncio runs many tasks on one thread: while one task waits for the network, "
        "the event loop runs another. A well-known pitfall--blocking calls--stalls every task.")
print(textwrap.fill(text, 40))
print(textwrap.fill(text, 30, initial_indent="- ", subsequent_indent="  "))
print(textwrap.wrap(text, 25, max_lines=3))
print(textwrap.shorten(text, 50))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11))
wrapper = textwrap.TextWrapper(width=20, break_long_words=False, break_on_hyphens=False)
print(wrapper.wrap("supercalifragilisticexpialidocious and a double-barrelled name"))
for t in ["Sentence one. Sentence two!  Three?", 'He said "hi." Then left.', 'x."" y', "Café. Next", "é. x"]:
    print(textwrap.wrap(t, 60, fix_sentence_endings=True))
for bad in ({"width": 0}, {"width": 5, "max_lines": 1, "placeholder": " [more text]"}):
    try:
        textwrap.wrap("some text", **bad)
    except ValueError as e:
        print("ValueError:", e)

random.seed(7)
alphabet = "aaaabbbcde--- ..,!?'\"12_Z\tx\n"
for case in range(400):
    text = "".join(random.choice(alphabet) for _ in range(random.randint(0, 60)))
    width = random.randint(1, 20)
    options = {}
    if random.random() < 0.3: options["break_long_words"] = False
    if random.random() < 0.3: options["break_on_hyphens"] = False
    if random.random() < 0.2: options["drop_whitespace"] = False
    # An indent as wide as the line makes CPython's wrap loop forever: not tried.
    if random.random() < 0.2 and width > 3: options["initial_indent"] = "* "
    if random.random() < 0.2 and width > 3: options["subsequent_indent"] = "  "
    if random.random() < 0.2: options["max_lines"] = random.randint(1, 3)
    if random.random() < 0.1: options["fix_sentence_endings"] = True
    if random.random() < 0.1: options["replace_whitespace"] = False
    try:
        lines = textwrap.wrap(text, width, **options)
    except ValueError as e:
        lines = f"ValueError: {e}"
    print(case, lines, textwrap.shorten(text, width + 5))
