"""Independent reference for src/core/dataset-fingerprint.ts (FNV-1a, 32 bits, over UTF-8 bytes).

Run: python3 test/reference/fnv1a32.py — prints the values the unit test expects.
"""


def fnv1a32(text: str) -> str:
    h = 0x811C9DC5
    for b in text.encode("utf-8"):
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return "%08x" % h


for s in ["", "a", "foobar", '{"a":1,"b":[1,null]}', "ñandú"]:
    print(repr(s), fnv1a32(s))
