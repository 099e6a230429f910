# global statements, module state, shadowing.
counter = 0
names = []

def bump():
    global counter
    counter += 1
    return counter

def record(name):
    names.append(name)  # no global needed to mutate
    return len(names)

def rebind_names():
    global names
    names = ["fresh"]

print(bump(), bump(), counter)
print(record("a"), record("b"), names)
rebind_names()
print(names)

def create_global():
    global created
    created = "made inside a function"

create_global()
print(created)

value = "module"

def read_only():
    return value

def shadowing():
    value = "local"
    return value

print(read_only(), shadowing(), value)

def nested_global():
    def inner():
        global value
        value = "set by inner"
    value = "nested local"
    inner()
    return value

print(nested_global(), value)

def uses_before_assign():
    try:
        print(value)
        value = 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

uses_before_assign()

def del_global():
    global temp
    temp = 5
    print("temp is", temp)
    del temp

del_global()
print("temp" in globals(), "counter" in globals())

class C:
    global counter
    counter = 100
    attr = counter + 1

print(counter, C.attr)
for i in range(3):
    pass
print("loop var leaks at module level:", i)
print(sorted(k for k in globals() if not k.startswith("__"))[:6])
