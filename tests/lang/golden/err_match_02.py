# A compile-time error of a pattern: the alternatives of an or-pattern bind different names.
print("never printed: the program does not compile")

def parse(command):
    match command.split():
        case ["go", direction] | ["walk", way]:
            return direction
        case _:
            return None
