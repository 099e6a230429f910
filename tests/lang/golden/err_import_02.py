# Importing a submodule that does not exist from a package that does.
import asyncio
print("asyncio imported")
import asyncio.no_such_submodule
