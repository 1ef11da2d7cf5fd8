"""The ``bouncelib`` command line: one sub-command per front end.

Each sub-command lives beside the front end it drives and exposes
``register(subparsers)``; this module only wires them together, so that the
log, mail and report work can grow without touching each other.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Final

from bouncelib._classify import cli as reply_cli
from bouncelib._cliutil import OneLineParser, error
from bouncelib._dsn import cli as mail_cli
from bouncelib._log import cli as log_cli
from bouncelib._report import cli as report_cli
from bouncelib._version import __version__

__all__ = ["main"]

# In the order `--help` lists them. Each module's register() adds its parser and sets
# ``func``; ``func(args) -> int`` is the exit status.
_COMMANDS: Final = (reply_cli, log_cli, mail_cli, report_cli)


def build_parser() -> OneLineParser:
    """The argument parser with every sub-command."""
    parser = OneLineParser(
        prog="bouncelib",
        description="Turn bounce emails and Postfix logs into typed bounce events.",
    )
    parser.add_argument("--version", action="version", version=f"bouncelib {__version__}")
    sub = parser.add_subparsers(dest="subcommand", metavar="COMMAND", parser_class=OneLineParser)
    for module in _COMMANDS:
        module.register(sub)
    return parser


def _os_message(exc: OSError) -> str:
    """The words every sub-command uses for a file it cannot open (as `bouncelib._cliutil.check_files`)."""
    words = {
        FileNotFoundError: "no such file", IsADirectoryError: "is a directory", PermissionError: "permission denied",
    }  # fmt: skip
    what = next((w for cls, w in words.items() if isinstance(exc, cls)), None) or str(exc.strerror or exc).lower()
    return f"{what}: {exc.filename}" if exc.filename else what


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit status (errors are one line on stderr, never a traceback)."""
    parser = build_parser()
    try:
        args, extra = parser.parse_known_args(argv)
    except SystemExit as exc:  # a bad option (one line already on stderr), --help or --version
        return exc.code if isinstance(exc.code, int) else 2
    if extra:
        print(error(getattr(args, "subcommand", None) or "", f"unrecognized arguments: {' '.join(extra)}"),
              file=sys.stderr)  # fmt: skip
        return 2
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(func(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `bouncelib log ... | head` closes our stdout early: not an error.
        sys.stderr.close()
        return 0
    except OSError as exc:
        command = getattr(args, "subcommand", None) or ""
        print(error(command, _os_message(exc)), file=sys.stderr)
        return 1
