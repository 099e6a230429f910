# create_task(context=ctx) runs the task in ctx itself (what it sets is seen in ctx
# afterwards; without context= the task works on a copy), Task(coro, name=, context=),
# and keywords a builtin does not take are a TypeError, not silently dropped.
import asyncio
import contextvars

var = contextvars.ContextVar("var", default="unset")


async def setter(value):
    var.set(value)
    return var.get()


async def main():
    ctx = contextvars.copy_context()
    print(await asyncio.create_task(setter("in ctx"), context=ctx), ctx.get(var), var.get())
    print(await asyncio.create_task(setter("copied")), var.get())
    loop = asyncio.get_running_loop()
    other = contextvars.Context()
    t = loop.create_task(setter("loop task"), name="named", context=other)
    print(t.get_name(), await t, other[var])
    t = asyncio.Task(setter("Task()"), name="direct", context=other)
    print(t.get_name(), await t, other[var], var.get())
    for call in (lambda: asyncio.create_task(setter(1), nme="x"),
                 lambda: len([], x=1),
                 lambda: "ab".encode(encodng="ascii"),
                 lambda: sorted([2, 1], keys=None),
                 lambda: abs(-1, base=2)):
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)
    print(sorted([2, 1], key=None, reverse=True), "ab".encode(encoding="ascii"), b"ab".decode(errors="strict"))


asyncio.run(main(), debug=False)
try:
    asyncio.run(main(), bogus=1)
except TypeError as e:
    print("TypeError:", e)
