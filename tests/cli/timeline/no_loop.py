# For check_timeline.py: a program without an event loop.
print("no loop here")
