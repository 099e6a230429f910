# datetime: timedelta (normalisation, str/repr, arithmetic), date, time, datetime
# (isoformat, strftime with %f/%z/%Z, fromisoformat, fromtimestamp, timestamp,
# isocalendar), timezone (utc, fixed offsets, aware comparisons), float.as_integer_ratio.
import datetime as d
td=d.timedelta(days=1, hours=1, microseconds=5)
print(repr(td), str(td), repr(d.timedelta(seconds=-1)), str(d.timedelta(seconds=-1)), repr(d.timedelta()), str(d.timedelta(days=-2, seconds=5)), repr(d.timedelta(milliseconds=1.5)), d.timedelta(seconds=90).total_seconds())
dt=d.datetime(2023,11,14,22,13,20,500)
print(repr(dt), str(dt), dt.isoformat(), dt.isoformat(' ', 'seconds'), repr(dt.date()), repr(dt.time()), str(dt.time()))
print(repr(d.datetime(2023,1,1,tzinfo=d.timezone.utc)), d.datetime(2023,1,1,tzinfo=d.timezone.utc).isoformat(), repr(d.timezone.utc), repr(d.timezone(d.timedelta(hours=2))), str(d.timezone(d.timedelta(hours=-5,minutes=-30))))
print(dt - d.datetime(2023,11,1), dt + d.timedelta(days=20), d.date(2024,2,29).weekday(), d.date(2024,3,1) - d.date(2024,2,1), dt.strftime('%Y %j %f %a'))
print(repr(d.timedelta(days=1)/3), d.timedelta(hours=1)//d.timedelta(minutes=7), d.timedelta(hours=1)%d.timedelta(minutes=7), d.timedelta(1.5), repr(d.time(1,2)), d.date.fromisoformat('2021-03-04'), d.datetime.fromisoformat('2021-03-04T05:06:07.123'))
print(d.datetime.fromtimestamp(1700000000), d.datetime.fromtimestamp(1700000000, d.timezone.utc), d.datetime(2023,11,14,22,13,20).timestamp(), d.MINYEAR, d.MAXYEAR, d.datetime.min, d.date.max)
print(d.date(2024, 12, 30).isocalendar(), d.date(2021, 1, 1).isocalendar(), d.date(2020,1,1).toordinal(), d.date.fromordinal(737425), d.date(2023,5,6) < d.date(2023,5,7))
print(f"{dt:%H:%M} {d.date(2020,1,2):%d/%m/%Y}", dt.replace(year=2020), dt.weekday(), dt.isoweekday(), sorted([d.timedelta(3), d.timedelta(-1), d.timedelta(0)]))
print(d.timedelta(hours=25) * 2, d.timedelta(minutes=1) * 1.5, -d.timedelta(hours=1), abs(d.timedelta(hours=-1)), d.timedelta(0) == d.timedelta(seconds=0), bool(d.timedelta(0)), d.timedelta(weeks=1))
for bad in [lambda: d.date(2023, 2, 29), lambda: d.datetime(2023, 13, 1), lambda: d.time(24), lambda: d.date.fromisoformat("2023/01/01")]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
a = d.datetime(2023,1,1,12,tzinfo=d.timezone.utc); b = d.datetime(2023,1,1,14,tzinfo=d.timezone(d.timedelta(hours=2)))
print(a == b, a - b, b.utcoffset(), b.tzname(), a.strftime("%z %Z"), b.astimezone(d.timezone.utc))
try:
    d.datetime(2023,1,1) < a
except TypeError as e:
    print("TypeError:", e)
print(d.datetime.combine(d.date(2020,1,1), d.time(5,6)), d.datetime(2020,2,28) + d.timedelta(days=1), d.datetime(2020,12,31,23,59,59) + d.timedelta(seconds=1))
print(d.datetime.now().year >= 2023, type(d.datetime.now()).__name__)
for x in [0.5, 1.0, -2.75, 1e300, 1e-300, 0.1, 0.0, -0.0, 3.0]:
    print(x.as_integer_ratio())

# A date and a datetime: equal never, ordered neither way.
import operator
for a, b in [(d.date(2024, 1, 1), d.datetime(2024, 1, 1)), (d.datetime(2024, 1, 1), d.date(2024, 1, 1))]:
    print(a == b, a != b)
    for op in (operator.lt, operator.le, operator.gt, operator.ge):
        try:
            print(op(a, b))
        except TypeError as e:
            print(op.__name__, e)
