# The pattern error is raised where the pattern is: the traceback names the case line.
class Node:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value

def depth(tree):
    match tree:
        case Node(None):
            return 0
        case Node(value, children):
            return 1 + max(depth(c) for c in children)
    return -1

print(depth(Node(None)))
print(depth(Node(5)))
