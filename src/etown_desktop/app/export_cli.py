"""``etown-desktop export …`` and ``etown-desktop list …`` (implemented with the exports issue)."""

from __future__ import annotations

import argparse
import sys


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Register the export subcommands. Filled in by the exports work."""


def run(args: argparse.Namespace) -> int:
    print(f"Unknown command {args.command!r}", file=sys.stderr)
    return 2
