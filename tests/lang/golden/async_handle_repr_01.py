# Handle and TimerHandle reprs as CPython's: the callback with reprlib-cut arguments and
# where it was defined, when=, cancelled (the callback dropped).
import asyncio
def f(*a): pass
async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(f, 'x' * 50, list(range(10)), 12345678901234567890123456789012345678901234567890)
    print(h)
    t = loop.call_later(1.5, f)
    print(t)
    t.cancel()
    print(t)
    h.cancel(); print(h)
asyncio.run(main())
