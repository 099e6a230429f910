# A module's __getattr__ (PEP 562, asyncio's stream names load on first use) and
# classes renamed through __module__ / __qualname__ / __name__.
import asyncio
from asyncio import StreamReader, open_connection

print(StreamReader.__name__, open_connection.__name__, hasattr(asyncio, 'StreamWriter'))
print(hasattr(asyncio, 'no_such_name'), getattr(asyncio, 'no_such_name', 'default'))
print(asyncio.Protocol, issubclass(asyncio.Protocol, asyncio.BaseProtocol))
try:
    from asyncio import no_such_name
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])

class Local:
    pass

Local.__module__ = 'shop.models'
Local.__qualname__ = 'Store.Local'
print(Local, Local.__module__, Local.__qualname__, Local.__name__)
Local.__name__ = 'Renamed'
print(Local.__name__, repr(Local))
for target, name, value in [(int, '__module__', 'x'), (Local, '__name__', 5), (Local, '__qualname__', None)]:
    try:
        setattr(target, name, value)
    except TypeError as e:
        print(e)

class AppError(Exception):
    pass

AppError.__module__ = 'app.errors'
try:
    asyncio.no_such_name
except AttributeError as e:
    print(e)
raise AppError('shown with its module')
