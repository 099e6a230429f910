# typing: the names asyncio code annotates with; subscripted forms, their reprs and
# equality; TypeVar, Generic, Protocol, cast, TYPE_CHECKING, NamedTuple (functional form).
import asyncio
from typing import (Any, Awaitable, Callable, Dict, List, Optional, Set, Tuple, Union,
                    TypeVar, Generic, Protocol, cast, TYPE_CHECKING, Iterable, AsyncIterator,
                    Coroutine, ClassVar, Literal, NamedTuple, Final, Deque, NoReturn)
import typing

if TYPE_CHECKING:
    import not_a_real_module

print(List[int], Optional[str], Dict[str, Any], Union[int, str], Union[int, None])
print(Callable[[int], Awaitable[None]], Callable[..., int], Tuple[int, ...], Tuple[()] if False else "")
print(List, Any, ClassVar[int], Literal["a", 1], Final[int], Set[Tuple[int, str]])
print(Optional[int] == Union[int, None], Union[int, Union[str, int]], Union[int], List[int] == List[int])
print(List[int].__origin__, List[int].__args__, Optional[Dict[str, int]])
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), typing.get_origin(int))

T = TypeVar("T")
K = TypeVar("K", covariant=True)
print(T, K, T.__name__)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s: Stack[int] = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack.push.__annotations__, type(Stack[int]()).__name__)

class Greeter(Protocol):
    def greet(self, name: str) -> str: ...

class English:
    def greet(self, name: str) -> str:
        return f"hello {name}"

def welcome(g: Greeter, who: str) -> str:
    return g.greet(who)
print(welcome(English(), "ann"))

print(cast(int, "not really"), cast("List[int]", [1]))
print(Deque[int]([1, 2]), Deque())
for alias in (List[int], Dict, Tuple[int]):
    try:
        alias()
    except TypeError as e:
        print("TypeError:", e)

Pair = NamedTuple("Pair", [("left", int), ("right", str)])
pr = Pair(1, "r")
print(pr, pr.left, Pair.__annotations__)

Handler = Callable[[str], Awaitable[Optional[int]]]
async def handle(msg: str) -> Optional[int]:
    await asyncio.sleep(0.1)
    return len(msg) if msg else None

async def run_all(handler: Handler, msgs: Iterable[str]) -> List[Optional[int]]:
    return list(await asyncio.gather(*(handler(m) for m in msgs)))

async def agen(n: int) -> AsyncIterator[int]:
    for i in range(n):
        yield i

async def main() -> None:
    print(await run_all(handle, ["ab", "", "xyz"]))
    print([i async for i in agen(3)])
    print(run_all.__annotations__)
asyncio.run(main())
