# os for Loopscope programs: what asyncio programs reach for (urandom, getenv and
# environ, getpid, cpu_count, getcwd, the path module and the separators), from _os
# (modules/os_natives.cpp). Files, processes and directories are not there: a program
# runs in a playground (or natively under the CLI) without them.
import posixpath as path
from _os import urandom, getpid, cpu_count, getcwd, environ

name = "posix"
sep = path.sep
altsep = None
extsep = "."
pathsep = ":"
linesep = "\n"
curdir = "."
pardir = ".."
devnull = "/dev/null"


def getenv(key, default=None):
    return environ.get(key, default)
