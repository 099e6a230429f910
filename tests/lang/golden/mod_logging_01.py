# logging: basicConfig with a format (asctime from the virtual clock, funcName, lineno),
# logger hierarchy, levels, propagation, {-style formatter, filters, LoggerAdapter,
# disable, LogRecord; asyncio's own DEBUG line when a loop is made.
import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(asctime)s %(levelname)-8s %(name)s [%(funcName)s:%(lineno)d] %(message)s")
log = logging.getLogger("worker")

async def work(n):
    log.debug("starting %d", n)
    await asyncio.sleep(n / 10)
    if n == 2:
        try:
            1 / 0
        except ZeroDivisionError as e:
            log.error("task %s failed: %r", n, e)
    log.info("done %s", n)
    return n

async def main():
    logging.info("main starts")
    results = await asyncio.gather(*(work(i) for i in range(3)))
    log.warning("results: %s", results)

asyncio.run(main())
child = logging.getLogger("worker.child")
child.error("from child %(x)s", {"x": 1})
print(child.parent is log, log.parent is logging.root, child.getEffectiveLevel(), logging.getLevelName(20), logging.getLevelName("ERROR"))
print(repr(log), repr(logging.root), logging.getLogger() is logging.root)
log.setLevel(logging.ERROR)
log.info("not shown")
log.error("shown")
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
other = logging.getLogger("other")
other.propagate = False
other.addHandler(h)
other.warning("brace style %s", "ok")
class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1
other.addFilter(OnlyOdd())
for i in range(4):
    other.warning("n=%d", i)
adapter = logging.LoggerAdapter(other, {"user": "ann"})
adapter.warning("adapted %d", 1)
logging.disable(logging.WARNING)
other.warning("n=%d", 5)
logging.disable(logging.NOTSET)
other.critical("n=%d", 7)
fmt = logging.Formatter("%(message)s", datefmt="%H:%M")
r = logging.LogRecord("x", logging.INFO, "/p/f.py", 3, "hi %s", ("there",), None)
print(fmt.format(r), r.getMessage(), r.filename, r.module, r.levelname)
