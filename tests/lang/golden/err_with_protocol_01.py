# A with or async with on an object missing __enter__/__exit__ (or the async pair):
# which method CPython reports missing.
import asyncio
class OnlyEnter:
    def __enter__(self): return self
class OnlyExit:
    def __exit__(self, *a): pass
class Neither: pass
class AOnlyEnter:
    async def __aenter__(self): return self
class AOnlyExit:
    async def __aexit__(self, *a): pass
for cls in (OnlyEnter, OnlyExit, Neither):
    try:
        with cls():
            pass
    except TypeError as e:
        print(e)
async def main():
    for cls in (AOnlyEnter, AOnlyExit, Neither):
        try:
            async with cls():
                pass
        except TypeError as e:
            print(e)
asyncio.run(main())
