# types: SimpleNamespace and the types of functions, methods, generators, coroutines,
# modules and builtins; str subclasses: __str__/__format__ overrides, attributes.
import types
print(types.FunctionType, types.MethodType, types.GeneratorType, types.CoroutineType, types.ModuleType, types.BuiltinFunctionType)
ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b="x", c=[1]), vars(ns))
class S(types.SimpleNamespace): pass
print(S(a=1), types.SimpleNamespace())
print(isinstance(lambda: 0, types.FunctionType), isinstance(len, types.BuiltinFunctionType))
class S(str):
    def __str__(self): return "X"
    def __format__(self, spec): return "F"
print(str(S("a")), f"{S('a')}", S("a"), "%s" % S("a"), format(S("a")))
s = S("b")
s.tag = "t"
print(s.tag, s.upper(), len(s), vars(s))
