"""The program's docstring: its __doc__ (runpy's module globals, as vtime.py runs it)."""
import asyncio

print(__doc__)
print(__file__.endswith("lang_module_globals_01.py"), repr(__package__), __spec__, __cached__, __name__)
print(sorted(k for k in globals() if k.startswith("__") and k != "__loader__"))
ns = {}
exec('"""exec doc"""\nx = 1', ns)
print(ns["__doc__"], ns["x"])
ns = {}
exec("y = 2", ns)
print("__doc__" in ns)


async def main():
    await asyncio.sleep(0.5)
    return "done"


# Before any asyncio.run, get_event_loop() makes a loop (the pre-3.7 style).
loop = asyncio.get_event_loop()
print(loop.run_until_complete(main()))
loop.close()
print(asyncio.run(main()))
# asyncio.run unset its loop: get_event_loop() now raises.
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
asyncio.set_event_loop(asyncio.new_event_loop())
loop = asyncio.get_event_loop()
print(loop.is_running(), loop.run_until_complete(main()))
loop.close()
