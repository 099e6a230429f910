# CPU: dict- and str-heavy word count over generated text.
words = ["asyncio", "loop", "task", "future", "await", "queue", "lock", "event", "sleep", "gather"]
text = []
for i in range(200_000):
    text.append(words[(i * 7 + i // 3) % len(words)] + ("" if i % 5 else "s"))
line = " ".join(text)
counts = {}
for w in line.split():
    w = w.strip().lower()
    counts[w] = counts.get(w, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
print(len(counts), top)
