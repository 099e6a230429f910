# list: mutation methods, sort stability and keys, copies, identity, errors.
lst = [5, 3, 8, 1]
lst.append(9)
lst.extend([2, 7])
lst.insert(0, 0)
lst.insert(100, 100)
lst.insert(-1, -1)
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(8)
print(lst, lst.index(1), lst.count(3))
try:
    lst.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    lst.index(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
lst.sort()
print(lst)
lst.sort(reverse=True)
print(lst)
lst.reverse()
print(lst, sorted(lst, reverse=True), lst)
records = [("bob", 3), ("amy", 1), ("cat", 3), ("dan", 1), ("eve", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
print(sorted(records, key=lambda r: (-r[1], r[0])))
words = ["banana", "Apple", "cherry", "apple"]
words.sort(key=str.lower)
print(words)
a = [1, [2, 3]]
b = a[:]
c = list(a)
b[1].append(4)
b[0] = 99
print(a, b, c, a is b, a[1] is b[1])
print([1, 2] + [3], [0] * 5, [[]] * 2, 3 * ["x"], [1, 2] * 0)
x = [1, 2]
y = x
x += [3]
print(x, y, x is y)
x = x + [4]
print(x, y, x is y)
print(len([]), bool([]), [1, 2, 3] == [1, 2, 3], [1, 2] < [1, 2, 0], [3] > [2, 9], max([[1, 2], [1, 3]]))
print(list(range(5)), list("abc"), list({"k": 1}), list((1, 2)), list(map(abs, [-1, -2])))
m = [1, 2, 3]
m.clear()
print(m, [None] * 3, [i for i in range(3)] == list(range(3)))
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError:", e)
try:
    idx = 1.0
    [1, 2, 3][idx]
except TypeError as e:
    print("TypeError:", e)
nums = [3, 1, 2]
print(sum(nums), min(nums), max(nums), sorted(nums), nums, nums.copy() == nums)
print([1, 2, 3].__len__(), [1, 2].__getitem__(1), 2 in [1, 2], [1, [2]].count([2]))
