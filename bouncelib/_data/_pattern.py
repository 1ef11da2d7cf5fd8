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

`skipping` (the classifier's model compiled three of these lists with it first; round r80speed moved it here, where
`bouncelib._data.notices` can import it) then spells each alternative's start out in the engine's order and groups the
alternatives by their first characters, working on the parse tree: the compiled pattern keeps no source string.
"""

from __future__ import annotations

import re
import re._compiler as _sre_compile  # type: ignore[import-not-found]  # (no stub) the stdlib's compiler, which takes a parsed pattern too
import re._parser as _sre_parse  # and its parser
from collections.abc import Iterator
from typing import Any, Final

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


# ------------------------------------------------------------------ alternations the engine can skip through

# The parser's node types, by name (the stdlib's own parse tree of a pattern, `re._parser`).
_LITERAL, _BRANCH, _IN = _sre_parse.LITERAL, _sre_parse.BRANCH, _sre_parse.IN
_OPTIONAL: Final = {_sre_parse.MAX_REPEAT: False, _sre_parse.MIN_REPEAT: True}  # (lazy: without it first)
_MAX_ALTERNATIVES: Final = 1000


def _first_literal(items: list[Any]) -> list[list[Any]] | None:
    """`items` (a parsed sequence) as alternatives, in the order the engine tries them, each starting with a
    literal character: a group of alternatives, an optional part or a set of characters at its start is
    spelt out (``(?:was|has) not`` is ``was not|has not``, ``(?:i've )?given up`` is ``i've given up|given
    up``, ``[o']`` is ``o|'``). None when the start is anything else (a class, a repeat, an anchor)."""
    if not items:
        return None
    op, av = items[0]
    rest = items[1:]
    if op is _LITERAL:
        return [items]
    if op is _BRANCH:
        parts = [list(branch) + rest for branch in av[1]]
    elif op in _OPTIONAL and av[0] == 0 and av[1] == 1:
        parts = [list(av[2]) + rest, rest]
        if _OPTIONAL[op]:
            parts.reverse()
    elif op is _IN and all(o is _LITERAL for o, _ in av):
        parts = [[member, *rest] for member in dict.fromkeys(av)]  # one character: at most one member matches
    else:
        return None
    out: list[list[Any]] = []
    for part in parts:
        spelt = _first_literal(part)
        if spelt is None or len(out) + len(spelt) > _MAX_ALTERNATIVES:
            return None
        out += spelt
    return out


def skipping(pattern: re.Pattern[str], *, head: bool = False) -> re.Pattern[str]:
    """`pattern` compiled so that the engine skips to the characters a match can start with, when it can be.

    The engine skips ahead only for an alternation whose every alternative starts with a literal character
    (it then tests the set of those characters at each place, in C); one alternative starting with a group,
    an optional word or a character set (``(?:i've |have )?given up``), and it tries the whole alternation
    at every character of the text: a notice's failure wordings cost 40 us on a 300-character text. Spelling
    those starts out as alternatives of their own, in the order the engine tries them, gives the same
    matches (tests/test_classify_speed.py); a pattern that cannot be spelt so is returned as it is.

    With `head`, a pattern that opens with an alternation and goes on after it (``(?:sent by|sender is) <domain>``,
    the sender's domain of `bouncelib._classify._codes`) has that alternation spelt and grouped so, what follows
    it kept as it is: the engine tries the alternatives in the same order before the same rest (round r82speed).
    """
    if not isinstance(pattern.pattern, str):
        return pattern  # compiled from a parse tree already (its source is None)
    parsed = _sre_parse.parse(pattern.pattern, pattern.flags)
    if not parsed.data or parsed.data[0][0] is not _BRANCH or (len(parsed.data) != 1 and not head):
        return pattern
    alternatives: list[list[Any]] = []
    for branch in parsed.data[0][1][1]:
        spelt = _first_literal(list(branch))
        if spelt is None or len(alternatives) + len(spelt) > _MAX_ALTERNATIVES:
            return pattern
        alternatives += spelt
    state = parsed.state
    branches = _by_first_character(state, alternatives) if not pattern.flags & re.IGNORECASE else [
        _sre_parse.SubPattern(state, a) for a in alternatives]
    tree = _sre_parse.SubPattern(state, [(_BRANCH, (None, branches)), *parsed.data[1:]])
    compiled: re.Pattern[str] = _sre_compile.compile(tree, pattern.flags)
    return compiled


def _by_first_character(state: Any, alternatives: list[list[Any]]) -> list[Any]:
    """`alternatives` (each starting with a literal character, in the engine's order) grouped by that character:
    ``could|can|was`` is ``c(?:ould|an)|was``. The engine tries a branch's alternatives one after another at each
    place where the set of their first characters matches; grouped, it tests each first character once and enters
    only its group (a notice's failure wordings have hundreds of alternatives, most of them starting with a
    handful of letters). The same matches: two alternatives with different first characters never both match
    at one place, so only the order within a group counts, and it is kept. A group whose alternatives all go on
    with a literal character is grouped again by it; one that does not is left in its order."""
    groups: dict[int, list[list[Any]]] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0][1], []).append(alternative[1:])
    out = []
    for character, rests in groups.items():
        if len(rests) == 1:
            out.append(_sre_parse.SubPattern(state, [(_LITERAL, character), *rests[0]]))
            continue
        if all(rest and rest[0][0] is _LITERAL for rest in rests):
            inner = _by_first_character(state, rests)
        else:
            inner = [_sre_parse.SubPattern(state, rest) for rest in rests]
        out.append(_sre_parse.SubPattern(state, [(_LITERAL, character), (_BRANCH, (None, inner))]))
    return out
