# contextvars with callbacks: call_soon/call_later/add_done_callback run in a copy of the scheduler's
# context (a task's values seen, nothing leaking into the main context), or in context=ctx itself.
import asyncio, contextvars
var = contextvars.ContextVar("var", default="default")
def show(tag):
    print(tag, var.get())
    var.set("set by " + tag)
async def main():
    loop = asyncio.get_running_loop()
    var.set("task value")
    loop.call_soon(show, "soon")
    await asyncio.sleep(0)
    print("after soon", var.get())
    ctx = contextvars.Context()
    loop.call_soon(show, "in ctx", context=ctx)
    loop.call_later(0.01, show, "later in ctx", context=ctx)
    await asyncio.sleep(0.02)
    print(ctx.get(var), var.get())
    f = loop.create_future()
    f.add_done_callback(lambda fu: show("done cb"))
    f.add_done_callback(lambda fu: show("done cb ctx"), context=ctx)
    f.set_result(1)
    await asyncio.sleep(0)
    print(ctx.get(var), var.get())
var.set("module value")
asyncio.run(main())
print("end", var.get())
