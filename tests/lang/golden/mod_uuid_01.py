# uuid (UUID from hex, bytes, bytes_le, fields, int; str/repr/hex/int/bytes/fields/version/
# variant/urn, comparisons, immutability; uuid4's shape) and int.to_bytes/int.from_bytes.
import uuid
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.bytes, u.fields, u.urn, u.time_low, u.bytes_le, u.clock_seq, u.node)
print(uuid.UUID(int=1), uuid.UUID(bytes=bytes(range(16))), uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u, u < uuid.UUID(int=2**127))
v = uuid.uuid4(); print(v.version, v.variant, len(str(v)), str(v)[14], type(v).__name__, v == uuid.UUID(str(v)), len({v, uuid.UUID(v.hex)}))
print(uuid.NAMESPACE_DNS, uuid.RESERVED_FUTURE, uuid.UUID(fields=u.fields) == u, uuid.UUID(bytes_le=u.bytes_le) == u, int(u) == u.int)
for bad in ["xyz", "1234"]:
    try: uuid.UUID(bad)
    except ValueError as e: print(e)
try: u.int = 5
except TypeError as e: print(e)
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, byteorder="little"), (-1).to_bytes(2, "big", signed=True), (255).to_bytes(), (0).to_bytes(3, "big"))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b""))
print((2**70).to_bytes(9, "big"), int.from_bytes((2**70).to_bytes(9, "big"), "big") == 2**70, (-128).to_bytes(1, "big", signed=True))
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (128).to_bytes(1, "big", signed=True), lambda: (1).to_bytes(1, "middle")]:
    try: bad()
    except (OverflowError, ValueError) as e: print(type(e).__name__, e)
