# Properties: getters, setters, deleters, computed values, validation, inheritance.
class Temperature:
    def __init__(self, celsius):
        self._c = None
        self.celsius = celsius

    @property
    def celsius(self):
        print("  get celsius")
        return self._c

    @celsius.setter
    def celsius(self, value):
        print(f"  set celsius {value}")
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        self._c = value

    @celsius.deleter
    def celsius(self):
        print("  delete celsius")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9


t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
del t.celsius
print(t._c)


class ReadOnly:
    @property
    def value(self):
        return 42


r = ReadOnly()
print(r.value)
try:
    r.value = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.value
except AttributeError as e:
    print("AttributeError:", e)


class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h

    @property
    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)

    @property
    def area(self):
        return super().area * 1


print(Rect(2, 3).area, Square(4).area)
print(type(Rect.area).__name__)
p = property(lambda self: "manual")
class Manual:
    x = p
print(Manual().x)
