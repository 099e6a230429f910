# time.struct_time (what time.localtime and gmtime return): a 9-tuple with named
# fields, tm_zone and tm_gmtoff, printed as CPython prints it. The time module
# (modules/time_module.cpp) makes them.
_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")


class struct_time(tuple):
    def __new__(cls, sequence, zone=None, gmtoff=None):
        values = tuple(sequence)
        if len(values) != 9:
            raise TypeError(f"time.struct_time() takes a 9-sequence ({len(values)}-sequence given)")
        self = tuple.__new__(cls, values)
        self.tm_zone = zone
        self.tm_gmtoff = gmtoff
        return self

    def __repr__(self):
        return "time.struct_time(" + ", ".join(f"{n}={v!r}" for n, v in zip(_FIELDS, self)) + ")"

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])


struct_time.__module__ = "time"
