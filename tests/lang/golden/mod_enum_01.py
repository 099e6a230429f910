# enum: Enum (aliases, lookups by value and name, errors, members with __init__,
# properties and methods, auto), IntEnum, StrEnum, Flag, a str mixin, unique, the
# functional API, members as dict keys and in match statements.
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(repr(Color.RED), str(Color.RED), f"{Color.RED}", format(Color.RED, ">12"), Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color(2), Color["BLUE"], repr(Color), Color.RED.name, Color.RED.value)
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED), hash(Color.RED) == hash("RED"))
try: Color(7)
except ValueError as e: print("ValueError:", e)
try: Color["X"]
except KeyError as e: print("KeyError:", e)
try: Color.RED = 5
except AttributeError as e: print("AttributeError:", e)
try: Color.RED < Color.GREEN
except TypeError as e: print("TypeError:", e)
try:
    class More(Color): PINK = 4
except TypeError as e: print("TypeError:", e)
print(Color.__members__)
print(dict(Color.__members__))
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, round(Planet.EARTH.gravity, 2), Planet.MERCURY.mass)
class State(Enum):
    IDLE = auto()
    BUSY = auto()
    DONE = auto()
    def is_final(self): return self is State.DONE
print(list(State), [s.value for s in State], State.DONE.is_final(), State.IDLE == State.IDLE, State.IDLE != State.BUSY)
class Prio(IntEnum):
    LOW = 1
    HIGH = 10
print(repr(Prio.HIGH), str(Prio.HIGH), f"{Prio.HIGH}", Prio.HIGH > Prio.LOW, Prio.HIGH + 1, Prio.LOW == 1, sorted([Prio.HIGH, Prio.LOW]), isinstance(Prio.LOW, Prio))
class Mode(StrEnum):
    FAST = auto()
    SLOW = "slow-mode"
print(repr(Mode.FAST), str(Mode.FAST), f"{Mode.SLOW}", Mode.FAST == "fast", Mode.SLOW.upper())
class Perm(Flag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(repr(rw), str(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)), list(rw), rw & Perm.R, repr(~Perm.R))
class Shade(str, Enum):
    DARK = "dark"
    LIGHT = "light"
print(repr(Shade.DARK), str(Shade.DARK), f"{Shade.DARK}", Shade.DARK == "dark", Shade("light"))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print("ValueError:", e)
Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Sizes = Enum("Sizes", ["S", "M"])
print(list(Sizes))
d = {Color.RED: "r", Color.GREEN: "g"}
print(d[Color.CRIMSON], Color.RED.__class__.__name__, Color._member_names_)
match State.BUSY:
    case State.IDLE: print("idle")
    case State.BUSY: print("busy")
