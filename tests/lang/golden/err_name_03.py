# UnboundLocalError: a local read before assignment shadows a global.
counter = 10

def increment():
    print("about to increment")
    counter += 1
    return counter

print("counter is", counter)
increment()
