"""Test helper: walk the taxonomy's parent links independently of the code under test."""


def ancestors(kb, key: str) -> set[str]:
    """Every industry above ``key`` in the taxonomy (none for an unknown id)."""
    out: set[str] = set()
    while True:
        try:
            key = kb.industry(key).parent
        except KeyError:
            return out
        if not key or key in out:
            return out
        out.add(key)


def related(kb, a: str, b: str) -> bool:
    """The same industry, or one above the other."""
    return a == b or a in ancestors(kb, b) or b in ancestors(kb, a)
