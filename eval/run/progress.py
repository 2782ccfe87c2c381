"""Progress bars on stderr (tqdm): fixture databases built on a cold start, questions scored.

None with --no-progress or --quiet.  Split from prepare.py and pipeline.py.
"""
from __future__ import annotations

import sys


class BuildProgress:
    """The bar of a cold start: fixture databases built / total, with tqdm's rate and estimate
    (none with --no-progress or --quiet, and none when every database exists)."""

    def __init__(self, args):
        self.enabled = not (args.no_progress or args.quiet)
        self.bar = None

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled:
            return
        if self.bar is None:
            from tqdm import tqdm  # noqa: PLC0415

            self.bar = tqdm(total=total, unit="db", desc="building databases", file=sys.stderr, dynamic_ncols=True)
        self.bar.n = done
        self.bar.refresh()

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


class _NoProgress:
    def update(self, n):
        pass

    def close(self):
        pass


def question_progress(args, total: int, initial: int):
    """The bar of the scoring loop: questions done / total."""
    if args.no_progress or args.quiet:
        return _NoProgress()
    from tqdm import tqdm  # noqa: PLC0415

    return tqdm(total=total, initial=initial, unit="q", desc=f"{args.model}", file=sys.stderr, dynamic_ncols=True)
