# Errors in annotations: evaluated in module and class bodies and in def signatures,
# never for variables inside a function body.
def body_only():
    x: undefined_name = 1
    return x
print(body_only())

try:
    class E:
        ok: int = 1
        broken: missing_type
except NameError as e:
    print("NameError:", e)

try:
    def g(a: also_missing):
        pass
except NameError as e:
    print("NameError:", e)

# The value is stored before the annotation is evaluated.
try:
    stored: undefined_annotation = 42
except NameError as e:
    print("NameError:", e, stored)
print(__annotations__)

class Attr:
    pass
obj = Attr()
obj.field: int = 7
print(obj.field, __annotations__)
def h() -> nope:
    pass
