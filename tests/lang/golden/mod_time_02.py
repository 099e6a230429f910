# time: localtime, gmtime, struct_time, mktime, asctime, ctime, strftime with a tuple.
import time
t = time.localtime(1700000000)
print(repr(t), t.tm_zone, t.tm_gmtoff, len(t), t[0], t.tm_yday, time.asctime(t), time.ctime(1700000000), time.mktime(t), time.strftime('%a %d %b %Y %H:%M', t))
print(time.struct_time((2020, 1, 2, 3, 4, 5, 6, 7, 0)))
print(time.gmtime(0), time.gmtime(86400 * 365.5).tm_yday, time.asctime(time.gmtime(0)))
y, mon, *rest = time.gmtime(1e9)
print(y, mon, rest, isinstance(time.gmtime(), tuple))
print(time.strftime("%Y-%m-%d", time.gmtime(1234567890)), time.ctime(5))
