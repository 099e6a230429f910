# string: the character constants, capwords, Template.
import string
from string import Template

print(string.ascii_letters)
print(string.ascii_lowercase, string.ascii_uppercase, string.digits)
print(string.hexdigits, string.octdigits)
print(string.punctuation)
print(repr(string.whitespace), len(string.printable), repr(string.printable[-10:]))
print(string.capwords("hello   wide  world"), string.capwords("a-b-c", "-"), repr(string.capwords("")))
print(sum(c in string.ascii_letters + string.digits for c in "Tutorial 101!"))

t = Template("$who likes ${what}s, costs $$5")
print(t.substitute(who="tim", what="kiwi"), t.substitute({"who": "ann", "what": "fig"}))
print(t.safe_substitute(who="tim"))
print(Template("$a$b ${c}d $").safe_substitute(a=1, c=3))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError:", e)
for bad in ("cost: $5", "line1\nnext ${ bad}", "end $"):
    try:
        Template(bad).substitute(x=1)
    except ValueError as e:
        print("ValueError:", e)
print(t.template)
