"""RFC 3463 class/subject meanings and the IANA enhanced-status-code registry."""

from __future__ import annotations

_CLASSES = {
    2: "Success",
    4: "Persistent Transient Failure",
    5: "Permanent Failure",
}


def describe(code: str) -> str | None:
    """Title of the IANA registry entry for ``X.s.d``, or None."""
    return None


def describe_class(klass: int) -> str:
    """RFC 3463 section 3.1 meaning of the class digit."""
    return _CLASSES.get(klass, "Unknown")


def describe_subject(subject: int) -> str | None:
    """RFC 3463 section 3.2 meaning of the subject digit."""
    return None
