# contextvars under asyncio: each task runs in a copy of its creator's context
# (gather, create_task), defaults, LookupError, tokens and reset, copy_context, Context.run.
import asyncio, contextvars
request_id = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user")

async def handler(i):
    request_id.set(f"req-{i}")
    await asyncio.sleep(0.1 * (3 - i))
    child = await asyncio.create_task(sub())
    return request_id.get(), child

async def sub():
    await asyncio.sleep(0)
    return "sub sees " + request_id.get()

async def main():
    print("main before:", request_id.get())
    results = await asyncio.gather(*(handler(i) for i in range(3)))
    print(results)
    print("main after:", request_id.get())
    request_id.set("main-set")
    t = asyncio.create_task(sub())
    request_id.set("changed-later")
    print(await t, request_id.get())

asyncio.run(main())
print(request_id.get(), repr(request_id).startswith("<ContextVar name='request_id' default='-'"))
try:
    user.get()
except LookupError as e:
    print("LookupError", repr(e).startswith("LookupError(<ContextVar name='user' at"))
print(user.get("fallback"))
tok = user.set("ann")
print(user.get(), tok.var is user, tok.old_value)
user.reset(tok)
print(user.get(None))
try:
    user.reset(tok)
except RuntimeError as e:
    print("RuntimeError", "has already been used once" in str(e))
ctx = contextvars.copy_context()
def work(x):
    user.set(x)
    return user.get()
print(ctx.run(work, "bob"), user.get("unset"), ctx[user], user in ctx, len(ctx) >= 1)
try:
    ctx.run(lambda: ctx.run(work, "x"))
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("cannot enter context"))
