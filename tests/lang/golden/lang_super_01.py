# Cooperative multiple inheritance: diamond MRO and super() chains.
class Root:
    def __init__(self, **kw):
        print("Root init, leftover", sorted(kw))
        super().__init__()

    def hello(self):
        return ["Root"]


class A(Root):
    def __init__(self, a=None, **kw):
        print("A init a =", a)
        self.a = a
        super().__init__(**kw)

    def hello(self):
        return ["A"] + super().hello()


class B(Root):
    def __init__(self, b=None, **kw):
        print("B init b =", b)
        self.b = b
        super().__init__(**kw)

    def hello(self):
        return ["B"] + super().hello()


class C(A, B):
    def __init__(self, c=None, **kw):
        print("C init c =", c)
        self.c = c
        super().__init__(**kw)

    def hello(self):
        return ["C"] + super().hello()


print([k.__name__ for k in C.__mro__])
obj = C(a=1, b=2, c=3, extra=4)
print(obj.a, obj.b, obj.c)
print(obj.hello())
print(B.hello(obj), A.hello(obj))


class D(B, A):
    pass


print([k.__name__ for k in D.__mro__])
print(D().hello())


class Explicit(A):
    def hello(self):
        return ["Explicit"] + super(A, self).hello()


print(Explicit().hello())


class Meta:
    @classmethod
    def make(cls):
        return f"made {cls.__name__}"


class Sub(Meta):
    @classmethod
    def make(cls):
        return super().make() + " via Sub"


print(Sub.make(), Meta.make())
try:
    class Bad(A, Root, B):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(Root, A):
        pass
except TypeError as e:
    print("TypeError:", e)
