# NameError for an undefined name inside a function called at top level.
def greet(name):
    print("hello", name)
    print("goodbye", nmae_typo_free_undefined)

greet("ann")
