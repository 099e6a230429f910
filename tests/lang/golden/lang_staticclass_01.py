# staticmethod and classmethod: calling through classes, instances and subclasses.
class Registry:
    items = []
    created = 0

    def __init__(self, name):
        self.name = name
        type(self).created += 1

    @classmethod
    def register(cls, item):
        cls.items.append(item)
        return f"{cls.__name__} registered {item}"

    @classmethod
    def create(cls, name):
        return cls(name)

    @staticmethod
    def normalize(s):
        return s.strip().lower()

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Special(Registry):
    items = []


print(Registry.register("a"))
print(Special.register("b"))
print(Registry().register("c") if False else Registry.create("x").register("c"))
print(Registry.items, Special.items)
print(Registry.create("r1"), Special.create("s1"))
print(Registry.created, Special.created)
print(Registry.normalize("  HeLLo "), Special.normalize(" X"), Registry.create("i").normalize(" Y "))


class Counter:
    count = 0

    @classmethod
    def increment(cls):
        cls.count += 1
        return cls.count

    @staticmethod
    def add(a, b):
        return a + b


print(Counter.increment(), Counter.increment(), Counter().increment())
print(Counter.add(2, 3), Counter().add("a", "b"))
f = Counter.increment
print(f(), Counter.count)


class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d

    @classmethod
    def parse(cls, s):
        y, m, d = (int(p) for p in s.split("-"))
        return cls(y, m, d)

    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

    def __str__(self):
        return f"{self.y:04d}/{self.m:02d}/{self.d:02d}"


print(Date.parse("2024-2-9"), [y for y in (1900, 2000, 2023, 2024) if Date.is_leap(y)])
