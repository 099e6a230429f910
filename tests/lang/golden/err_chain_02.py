# An exception raised while handling another (implicit chaining), uncaught.
data = {}
try:
    value = data["missing"]
except KeyError:
    print("handling the KeyError")
    fallback = undefined_fallback_name
