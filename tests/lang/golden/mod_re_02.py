# re's errors: re.error messages, positions, lineno/colno; template errors; type errors;
# '{' as a literal; escapes in sets and templates; empty matches in sub/split/finditer.
import re
tests = ['*', 'a**', '(a', 'a)', '[a', '\\q', '[z-a]', 'a{3,2}', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=zz)', '\\2(a)', '(?<=a+)b',
         'a(?i)b', '(?z)', '(?', 'x{', '\\', '[\\d-z]', '(?P<a', '\\x4', 'a\n(', '(a)\\1\\2']
for t in tests:
    try:
        re.compile(t)
        print(repr(t), 'ok')
    except re.error as e:
        print(repr(t), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno)
for repl in [r'\3', r'\g<x>', r'\q', '\\', r'\g<1', r'\g<>']:
    try:
        print(re.sub('(a)', repl, 'a'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.search('a', 5)
except TypeError as e:
    print(e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print(e)
try:
    re.match('(a)', 'a').group(2)
except IndexError as e:
    print(e)
print(re.match('x{', 'x{'), re.match('x{a}', 'x{a}'), re.match('x{,}', 'x{,}'))
print(re.findall(r'[\]a]', ']a'), re.findall(r'[]a]', ']a'), re.findall(r'\x41\u00e9\101\0', 'A\u00e9A\x00'))
print(re.sub(r'a', r'\n\t\\x', 'a'), re.sub('a', '\\0', 'a') == '\x00')
print(re.split(r'\b', 'hi there'))
print(re.sub('', '-', 'abc'), re.findall('a|', 'bab'))
print(re.match(r'\Aab\Z', 'ab'), re.search(r'\Bb', 'ab'), re.search(r'\s\S\d\D\w\W', ' x1a_!'))
print([m.span() for m in re.finditer(r'a*', 'baac')])
print(re.sub("a","b","aaa",count=-1), re.split("a","bab",maxsplit=-1), re.subn("a","b","aaa",2), re.split("(a)|(x)","babxb"))
print(re.sub("a", "é\\g<0>", "ñaña"), re.split("ñ", "aña"), re.findall(".", "né"))
