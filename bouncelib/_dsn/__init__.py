"""Bounce emails: the message loader, the per-format detectors and the report builder."""

from __future__ import annotations

from bouncelib._dsn.mailbox import read_mailbox
from bouncelib._dsn.parse import parse_message
from bouncelib._dsn.report import BounceKind, BounceReport, DsnEvent

__all__ = ["BounceKind", "BounceReport", "DsnEvent", "parse_message", "read_mailbox"]
