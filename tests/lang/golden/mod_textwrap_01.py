# textwrap.dedent and textwrap.indent.
import textwrap

def show(s):
    print(repr(s))

show(textwrap.dedent("""\
    def main():
        await run()
    """))
show(textwrap.dedent("  a\n    b\n  c"))
show(textwrap.dedent("  a\n\n  \n    b\n \t \n"))
show(textwrap.dedent("\ta\n\tb"))
show(textwrap.dedent("  \ta\n  b"))
show(textwrap.dedent(" \ta\n\t b"))
show(textwrap.dedent("no indent\n  some"))
show(textwrap.dedent(""))
show(textwrap.dedent("   "))
show(textwrap.dedent("  x\r\n  y"))
show(textwrap.indent("a\nb\n\nc\n", "> "))
show(textwrap.indent("a\n  \nb", "+", lambda line: True))
show(textwrap.indent("one\r\ntwo", "  "))
code = textwrap.dedent("""
    async def worker(q):
        while True:
            item = await q.get()
""")
print(textwrap.indent(code, "    | "))
