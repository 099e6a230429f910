# Decorators on methods, properties, classmethods and async functions; evaluation order.
import asyncio

def log_order(name):
    print(f"evaluate decorator expression {name}")
    def deco(fn):
        print(f"apply {name} to {fn.__name__}")
        return fn
    return deco

@log_order("first")
@log_order("second")
@log_order("third")
def target():
    return "target"

print(target())

def method_logger(fn):
    def wrapper(self, *args):
        print(f"  {type(self).__name__}.{fn.__name__} called with {args}")
        return fn(self, *args)
    return wrapper

class Account:
    def __init__(self, balance):
        self.balance = balance

    @method_logger
    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @property
    @method_logger
    def doubled(self):
        return self.balance * 2

    @classmethod
    @method_logger
    def bank(cls):
        return "bank of " + cls.__name__

acc = Account(100)
print(acc.deposit(50))
print(acc.doubled)
try:
    print(Account.bank())
except AttributeError as e:
    print("AttributeError:", e)

def timed(fn):
    async def wrapper(*args):
        loop = asyncio.get_running_loop()
        start = loop.time()
        result = await fn(*args)
        print(f"  {fn.__name__} took {loop.time() - start:.2f}s")
        return result
    return wrapper

def retry(times):
    def deco(fn):
        async def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args)
                except ConnectionError as e:
                    print(f"  attempt {attempt} failed: {e}")
                    await asyncio.sleep(0.5)
            raise ConnectionError("gave up")
        return wrapper
    return deco

attempts = {"n": 0}

@timed
@retry(3)
async def flaky(fail_times):
    attempts["n"] += 1
    await asyncio.sleep(1)
    if attempts["n"] <= fail_times:
        raise ConnectionError(f"failure #{attempts['n']}")
    return "success"

async def main():
    print(await flaky(2))
    attempts["n"] = 0
    try:
        await flaky(5)
    except ConnectionError as e:
        print("final:", e)

asyncio.run(main())
