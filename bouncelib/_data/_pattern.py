"""A long alternation rewritten so that Python's regex engine tries it cheaply at each position.

`re` searches an unanchored alternation by trying every alternative at every position of the text. An
alternative that opens with a literal character is turned down at once when that character is not there; one
that opens with a group (``(?:this|the|your) message ...``) or an assertion (``\\bfailed ...``) costs a
backtracking frame at every position before it fails. The notices' word lists (`bouncelib._data.notices`) are
searched on every paragraph of every bounce the general reader looks at, and are written for their readers,
with shared openings grouped. `literal_first` gives the engine the same language with each such opening
distributed over its alternatives, so that every alternative it can rewrite opens with a literal: under
callgrind, the notices' other-failure words cost 27 % fewer instructions without their six leading ``\\b``.

The rewrite keeps what matches and where (the alternatives keep their order, so the leftmost-first choice is
unchanged) and touches only what it understands: a non-capturing group with no quantifier after it, and ``\\b``
before a literal word character (``\\bf`` becomes ``f(?<!\\wf)``: an ``f`` with no word character before it).
Anything else is left as it was written.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Final

# Characters after which a group's closing parenthesis is quantified: such a group is not distributed.
_QUANTIFIERS: Final = frozenset("?*+{")


def _end_of_class(s: str, i: int) -> int:
    """The index just past the character class that opens at ``s[i] == "["``."""
    j = i + 1
    if j < len(s) and s[j] == "^":
        j += 1
    if j < len(s) and s[j] == "]":  # a "]" first in the class is a member, not its end
        j += 1
    while j < len(s) and s[j] != "]":
        j += 2 if s[j] == "\\" else 1
    return j + 1


def _syntax(s: str, i: int = 0) -> Iterator[tuple[int, str, int]]:
    """(index, character, group depth after it) of each character of `s` from `i` that is syntax: an escape is
    given as its backslash, a character class as its opening bracket, and what they hold is passed over."""
    depth = 0
    j = i
    while j < len(s):
        c = s[j]
        depth += (c == "(") - (c == ")")
        yield j, c, depth
        j = j + 2 if c == "\\" else _end_of_class(s, j) if c == "[" else j + 1


def _end_of_group(s: str, i: int) -> int:
    """The index just past the group that opens at ``s[i] == "("``."""
    for j, c, depth in _syntax(s, i):
        if c == ")" and depth == 0:
            return j + 1
    raise ValueError(f"unbalanced group at {i}: {s[i:i + 40]!r}")


def alternatives(s: str) -> list[str]:
    """The top-level alternatives of a pattern (split at each ``|`` outside groups and classes)."""
    bars = [j for j, c, depth in _syntax(s) if c == "|" and depth == 0]
    return [s[a + 1 : b] for a, b in zip([-1, *bars], [*bars, len(s)], strict=True)]


def _captures(s: str) -> bool:
    """Whether `s` holds a capturing group (copied into two alternatives, it would be numbered twice)."""
    return any(c == "(" and (s[j + 1 : j + 2] != "?" or s[j + 2 : j + 4] == "P<") for j, c, _ in _syntax(s))


def _opened(alt: str) -> list[str]:
    """`alt` as one or more alternatives, in order, each opening with a literal where it can be rewritten so."""
    if alt.startswith("(?:") and not _captures(alt):
        end = _end_of_group(alt, 0)
        if end < len(alt) and alt[end] in _QUANTIFIERS:
            return [alt]
        inner = alternatives(alt[3 : end - 1])
        if any(not a for a in inner):  # an empty alternative: the group is optional in effect
            return [alt]
        return [x for a in inner for x in _opened(a + alt[end:])]
    if alt.startswith(r"\b"):
        rest = alt[2:]
        if rest.startswith("(?:"):
            opened = _opened(rest)
            return [alt] if opened == [rest] else [x for a in opened for x in _opened(r"\b" + a)]
        first, after = rest[:1], rest[1:2]
        if first and (first.isalnum() or first == "_") and after not in _QUANTIFIERS:
            return [f"{first}(?<!\\w{first}){rest[1:]}"]
    return [alt]


def literal_first(pattern: str) -> str:
    """`pattern` with its top-level alternatives opened by literals where it can be (see the module's doc)."""
    return "|".join(x for alt in alternatives(pattern) for x in _opened(alt))
