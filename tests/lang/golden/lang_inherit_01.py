# Inheritance: overriding, super(), MRO, isinstance, class attributes.
class Animal:
    sound = "..."
    legs = 4

    def __init__(self, name):
        self.name = name
        print(f"Animal.__init__({name!r})")

    def speak(self):
        return f"{self.name} says {self.sound}"

    def describe(self):
        return f"{type(self).__name__} {self.name} with {self.legs} legs: {self.speak()}"


class Dog(Animal):
    sound = "woof"

    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
        print(f"Dog.__init__ breed={breed}")

    def speak(self):
        return super().speak() + "!"


class Bird(Animal):
    sound = "tweet"
    legs = 2


class Puppy(Dog):
    def speak(self):
        base = super().speak()
        return base.upper()


animals = [Animal("generic"), Dog("rex", "lab"), Bird("tweety"), Puppy("bit", "pug")]
for a in animals:
    print(a.describe())

print([c.__name__ for c in Puppy.__mro__])
print(isinstance(animals[3], Dog), isinstance(animals[3], Animal), isinstance(animals[2], Dog))
print(issubclass(Puppy, Animal), issubclass(Animal, Puppy), issubclass(Bird, object))
print(Puppy.__bases__[0].__name__, Animal.__bases__[0].__name__)
Animal.legs = 6
print(animals[1].legs, animals[2].legs)
animals[1].legs = 3
print(animals[1].legs, Dog.legs, "legs" in vars(animals[1]))
del animals[1].legs
print(animals[1].legs)


class Base:
    def template(self):
        return f"[{self.step1()}|{self.step2()}]"

    def step1(self):
        return "base1"

    def step2(self):
        return "base2"


class Derived(Base):
    def step2(self):
        return "derived2"


print(Base().template(), Derived().template())
print(Derived.template is Base.template, Derived.step2 is Base.step2)
print(type(Derived()).__name__, type(Derived()).__mro__[1].__name__)
