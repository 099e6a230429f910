# collections: deque, defaultdict, Counter, namedtuple, OrderedDict.
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
q = deque([1, 2, 3], maxlen=4)
q.append(4); q.append(5); q.appendleft(0)
print(q, q.popleft(), q.pop(), len(q), list(q), q[0], q[-1], 2 in q, 9 in q, bool(q), bool(deque()))
d = deque()
d.extend('abc'); d.extendleft('xy'); print(d, d.maxlen, q.maxlen)
d.rotate(2); print(d); d.rotate(-3); print(d); d.rotate(0); d.rotate(11); print(d)
print(d.count('a'), d.index('a'), d.copy(), d == deque(d), d == list(d), d != deque(), deque([1, 2]) < deque([1, 3]))
d.insert(1, 'Z'); d.remove('Z'); d.reverse(); print(d)
d[0] = 'first'; del d[1]; print(d, repr(deque()), deque(maxlen=0), deque(range(10), maxlen=3))
d.clear(); print(d, len(d))
q2 = deque(range(5)); q2 += [5, 6]; print(q2, q2 + deque([7]), list(reversed(q2)), sorted(q2, reverse=True), sum(q2))
for bad in [lambda: deque().pop(), lambda: deque().popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(2), lambda: deque([1]).index(3),
            lambda: deque([1], maxlen=-1), lambda: deque([1], maxlen=1).insert(0, 2), lambda: deque([1])[0:1]]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
it_q = deque([1, 2, 3])
try:
    for x in it_q:
        it_q.append(x)
except RuntimeError as e:
    print('RuntimeError', e)
dd = defaultdict(list)
for w in "apple avocado banana blueberry cherry".split():
    dd[w[0]].append(w)
print(dd, dd['z'], len(dd), dict(dd), isinstance(dd, dict), dd.default_factory)
di = defaultdict(int); di['x'] += 3; print(di, repr(defaultdict()), defaultdict(None, {1: 2}))
try:
    defaultdict()['missing']
except KeyError as e:
    print('KeyError', e)
c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], c['a'], sorted(c.elements()), c.total())
c.update('aaz'); c.subtract({'b': 5}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3) | Counter(a=1, b=2), Counter(a=3, b=1) & Counter(a=1, b=2))
print(Counter(), Counter({'x': 2, 'y': 5}), Counter(a=0) == Counter(), Counter('ab') == Counter('ba'), Counter('ab') == {'a': 1, 'b': 1}, -Counter(a=-2, b=3), +Counter(a=-2, b=3))
c2 = Counter(a=1); c2 += Counter(a=2, b=-1); print(c2); del c2['zz']; del c2['a']; print(c2)
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p == (1, 2), Point._fields, p._asdict(), p._replace(x=10), Point._make([5, 6]), len(p), tuple(p))
x, y = p; print(x + y, hash(p) == hash((1, 2)), sorted([Point(2, 1), Point(1, 5)]), max(Point(2, 1), Point(1, 5)))
P3 = namedtuple('P3', 'a, b c', defaults=[0]); print(P3(1, 2), P3(1, 2, 3), P3._field_defaults, type(p).__name__, Point)
class Vec(namedtuple('Vec', 'x y')):
    def norm(self): return (self.x ** 2 + self.y ** 2) ** 0.5
print(Vec(3, 4).norm(), Vec(3, 4), isinstance(Vec(1, 2), tuple))
for bad in [lambda: Point(1), lambda: Point(1, 2, 3), lambda: Point(1, 2, z=3), lambda: Point(1, x=2), lambda: namedtuple('X', 'a a'),
            lambda: namedtuple('X', '_a'), lambda: namedtuple('X', 'class'), lambda: Point._make([1]), lambda: p._replace(z=1), lambda: P3(),
            lambda: P3(1, 2, 3, 4), lambda: namedtuple('1X', 'a')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(namedtuple('R', 'a b', rename=True)(1, 2), namedtuple('R', ['ok', 'def', '_x', 'ok'], rename=True)._fields)
od = OrderedDict(); od['b'] = 1; od['a'] = 2; od['c'] = 3
od.move_to_end('b'); print(od); od.move_to_end('c', last=False); print(od, list(od))
print(od.popitem(), od.popitem(last=False), od, OrderedDict(), OrderedDict.fromkeys('xy', 0))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1), dict(b=2, a=1) == OrderedDict(a=1, b=2))
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
graph = {'a': ['b', 'c'], 'b': ['d'], 'c': ['d', 'e'], 'd': ['f'], 'e': ['f'], 'f': []}
seen, order, queue = {'a'}, [], deque(['a'])
while queue:
    node = queue.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            queue.append(nxt)
print(order)
window = deque(maxlen=3)
print([(window.append(x), sum(window))[1] for x in range(6)])
words = "the quick brown fox jumps over the lazy dog the end".split()
print(Counter(words).most_common(3), Counter(len(w) for w in words))
index = defaultdict(set)
for i, w in enumerate(words):
    index[w[0]].add(i)
print(sorted((k, sorted(v)) for k, v in index.items()))
Employee = namedtuple('Employee', 'name dept salary')
staff = [Employee('ann', 'eng', 120), Employee('bob', 'ops', 90), Employee('cy', 'eng', 100)]
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e.name)
print(dict(by_dept), max(staff, key=lambda e: e.salary), sorted(staff, key=lambda e: e.salary)[0]._asdict())
od2 = OrderedDict(z=1, a=2)
print(od2.copy(), type(od2.copy()).__name__, Counter("aab").copy(), defaultdict(list, {1: [2]}).copy(), type(dict(od2)).__name__)
