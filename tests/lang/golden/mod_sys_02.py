# sys.exit with an integer status ends the program with that exit code; finally blocks run.
import sys

def shutdown(code):
    try:
        print("shutting down with", code)
        sys.exit(code)
    finally:
        print("finally runs during SystemExit")

try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit, code =", e.code, repr(e))
try:
    sys.exit("message goes to stderr")
except SystemExit as e:
    print("code is the message:", e.code)
try:
    sys.exit()
except SystemExit as e:
    print("no argument:", e.code)
print("still alive")
shutdown(2)
print("not reached")
