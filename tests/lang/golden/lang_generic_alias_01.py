# Builtin generic aliases (list[int]) and X | Y unions, as modern annotations write them.
import asyncio

print(list[int], dict[str, list[int]], tuple[int, ...], set[str], frozenset[int], type[int])
print(tuple[()], list[int] == list[int], list[int] == list[str], list[int].__origin__, dict[str, int].__args__)
print(int | None, int | str | None, None | int, (int | str) | (str | float), int | int)
print(list[int | None], dict[str, int] | None, (int | None) == (None | int))
print(list[int]([1, 2]), dict[str, int](a=1), type(list[int]()).__name__)

class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item.__name__}"
print(Box[int])

class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)

def fetch(urls: list[str], timeout: float | None = None) -> dict[str, int]:
    return {u: len(u) for u in urls}
print(fetch(["a", "bb"]), fetch.__annotations__)

async def worker(queue: asyncio.Queue[int], results: list[int]) -> None:
    while not queue.empty():
        results.append(await queue.get())

async def main() -> None:
    q: asyncio.Queue[int] = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    out: list[int] = []
    await worker(q, out)
    print(out)
asyncio.run(main())
try:
    print(int | 3)
except TypeError as e:
    print("TypeError:", e)
print(None | None)
