# Importing a module that does not exist.
import asyncio
print("asyncio imported")
import no_such_module_here
