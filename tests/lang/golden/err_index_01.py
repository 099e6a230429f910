# IndexError on list access at top level after a loop.
items = ["a", "b", "c"]
for i in range(3):
    print(i, items[i])
print(items[3])
