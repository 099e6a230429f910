# input() reads the console: the prompt on stdout, a line without its newline, and
# EOFError at the end of the input; inside a coroutine it blocks the loop.
import asyncio


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0)


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    answer = input("async> ")  # blocks the loop: no tick until it returns
    print("got", repr(answer))
    await t


name = input("Name? ")
print("hello", repr(name), len(name))
print(repr(input()))
asyncio.run(main())
try:
    input("more? ")
except EOFError as e:
    print("EOFError:", e)
