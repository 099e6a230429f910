# bytes in network code: % formatting (%s/%b take bytes, %c a byte, %r is ascii(),
# numbers as str's, its errors), `in` (a byte value or a subsequence), bytes() from
# ints in range(256), indexing's IndexError; join's 'can only join an iterable'; float() of bytes.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show('%d', lambda: b'part%d' % 3)
show('%s pair', lambda: b'%s=%s\r\n' % (b'key', b'value'))
show('%s str', lambda: b'%s' % 'x')
show('%s int', lambda: b'%s' % 5)
show('%b widths', lambda: b'%b|%5b|%-5b|%.1s|' % (b'a', b'bc', b'de', b'fg'))
show('%s high bytes', lambda: b'[%4s]' % b'\xff\xfe')
show('numbers', lambda: b'%04x %X %o %5.2f %e %+d %%' % (255, 255, 8, 3.14159, 12345.678, 7))
show('%c', lambda: b'%c%c' % (65, b'B'))
show('%c 256', lambda: b'%c' % 256)
show('%c str', lambda: b'%c' % 'a')
show('%r %a', lambda: b'%r %a' % ('\xe9', b'x'))
show('mapping', lambda: b'%(a)s-%(b)d' % {b'a': b'A', b'b': 2})
show('str key', lambda: b'%(a)s' % {'a': b'A'})
show('too few', lambda: b'%s %s' % (b'a',))
show('too many', lambda: b'%s' % (b'a', b'b'))
show('%d bytes', lambda: b'%d' % b'5')
show('%y', lambda: b'%y' % 1)
show('str %b', lambda: '%b' % 1)
show('in int', lambda: (98 in b'abc', 100 in b'abc'))
show('in bytes', lambda: (b'bc' in b'abc', b'' in b'abc', b'ca' in b'abc'))
show('in 256', lambda: 256 in b'abc')
show('in str', lambda: 'a' in b'abc')
show('not in', lambda: b'\r\n' not in b'line\n')
show('bytes list', lambda: bytes([104, 105, 0, 255]))
show('bytes 256', lambda: bytes([256]))
show('bytes -1', lambda: bytes([-1]))
show('bytes(-1)', lambda: bytes(-1))
show('bytes(3)', lambda: bytes(3))
show('index', lambda: (b'abc'[1], b'abc'[-1]))
show('index 5', lambda: b'abc'[5])
show('index -4', lambda: b'abc'[-4])
key = 'x'
show('index str', lambda: b'abc'[key])

def failing_items():
    yield b'a'
    raise TypeError('raised while iterating')

show('join None', lambda: b','.join(None))
show('join int', lambda: b','.join(5))
show('str join None', lambda: ','.join(None))
show('join generator', lambda: b','.join(x for x in [b'a', b'b']))
show('join failing', lambda: b','.join(failing_items()))
show('str join failing', lambda: ''.join(str(x) for x in failing_items()))
show('float bytes', lambda: (float(b'4.5'), float(b' -1e3\r\n'), float(b'inf'), float(b'1_0')))
show('float bad bytes', lambda: float(b'4.5x'))
show('int bytes', lambda: int(b' 42\n'))
