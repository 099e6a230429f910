# re in an asyncio program: a simulated crawler fetches pages concurrently and parses
# them with compiled patterns (titles, links, prices); a log is parsed with named groups.
import asyncio
import re
from collections import Counter

PAGES = {
    "/": '<html><title>Home</title><a href="/shop">Shop</a> <a href="/blog">Blog</a></html>',
    "/shop": '<title>Shop</title><p>Tea: $4.50</p><p>Cake: $12.00</p><a href="/">Home</a>',
    "/blog": '<TITLE>Blog &amp; News</TITLE><a href="/blog/1">First post</a><a href="/shop">Shop</a>',
    "/blog/1": '<title>First post</title><p>Posted 2024-03-15 by ann</p>',
}

TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE)
LINK = re.compile(r'<a href="(?P<href>[^"]+)">(?P<text>[^<]*)</a>')
PRICE = re.compile(r"\$(\d+)\.(\d{2})")
DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


async def fetch(path):
    await asyncio.sleep(0.1 * len(path))
    return PAGES[path]


async def crawl(start):
    seen = {start}
    queue = [start]
    found = {}
    while queue:
        batch, queue = queue, []
        pages = await asyncio.gather(*(fetch(p) for p in batch))
        for path, html in zip(batch, pages):
            title = TITLE.search(html)
            found[path] = title.group(1) if title else None
            for m in LINK.finditer(html):
                href = m["href"]
                if href not in seen:
                    seen.add(href)
                    queue.append(href)
            cents = sum(int(d) * 100 + int(c) for d, c in PRICE.findall(html))
            if cents:
                print(f"{path}: prices total {cents / 100:.2f}")
            dated = DATE.sub(r"\3/\2/\1", html) if DATE.search(html) else "-"
            print(f"{path}: dates {dated}"[:60])
    return found


LOG = """\
2024-03-15 10:00:01 INFO  user=ann action=login
2024-03-15 10:00:05 WARN  user=bob action=retry count=3
2024-03-15 10:01:00 ERROR user=ann action=upload size=12MB
2024-03-15 10:02:30 INFO  user=cid action=logout
"""
ENTRY = re.compile(r"^(?P<date>\S+) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+(?P<rest>.*)$", re.MULTILINE)


async def main():
    found = await crawl("/")
    for path in sorted(found):
        print(path, "->", found[path])
    levels = Counter(m["level"] for m in ENTRY.finditer(LOG))
    print(levels.most_common())
    for m in ENTRY.finditer(LOG):
        fields = dict(re.findall(r"(\w+)=(\S+)", m["rest"]))
        print(m.group("time", "level"), fields)
    print(re.split(r"\s*[,;]\s*", "tea, cake ;scones,  jam"))
    print(re.sub(r"(?i)\bblog\b", "journal", "Blog posts: see the blog, not BLOGS"))


asyncio.run(main())
