# heapq: push/pop, heapify, nlargest/nsmallest, merge, pushpop/replace, tuples as priorities.
import heapq

h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
    print("push", v, "->", h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(data)
print("heapified", data, data[0])
print(heapq.heappushpop(data, 0), data)
print(heapq.heapreplace(data, 10), data)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, [5, 1, 8, 3, 9, 2]))
words = ["pear", "fig", "banana", "kiwi", "apple"]
print(heapq.nlargest(2, words, key=len), heapq.nsmallest(2, words, key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [0, 3, 9])), list(heapq.merge("ace", "bdf")))
tasks = []
for prio, name in [(2, "write"), (1, "read"), (3, "sleep"), (1, "eat")]:
    heapq.heappush(tasks, (prio, name))
while tasks:
    print(heapq.heappop(tasks))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
def k_smallest_pairs(a, b, k):
    out = []
    heap = [(a[0] + b[j], 0, j) for j in range(len(b))]
    heapq.heapify(heap)
    while heap and len(out) < k:
        s, i, j = heapq.heappop(heap)
        out.append((a[i], b[j]))
        if i + 1 < len(a):
            heapq.heappush(heap, (a[i + 1] + b[j], i + 1, j))
    return out
print(k_smallest_pairs([1, 7, 11], [2, 4, 6], 5))
