"""Ctrl-C that waits for a safe point: sections that fork (the fixture generators' worker
processes) must not be cut by a KeyboardInterrupt, because Python runs its at-fork hooks there
(logging's lock among them) and an exception raised inside one is printed and swallowed -- the
run then goes on, or hangs on a lock that was never released.

The CLI's SIGINT handler asks :func:`defer` first: inside :func:`deferred` it only records the
interrupt, and the section raises KeyboardInterrupt when it ends.  Imports nothing of the harness."""
from __future__ import annotations

import contextlib
import threading

_lock = threading.Lock()
_depth = 0
_pending = False


def defer() -> bool:
    """Called by the SIGINT handler: True (and the interrupt is kept for later) inside a deferred
    section, False when the handler should raise now."""
    global _pending
    with _lock:
        if _depth:
            _pending = True
            return True
        return False


@contextlib.contextmanager
def deferred():
    """Run the body with Ctrl-C postponed to its end (then KeyboardInterrupt, as if it came then)."""
    global _depth, _pending
    with _lock:
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            fire = _depth == 0 and _pending
            if fire:
                _pending = False
        if fire:
            raise KeyboardInterrupt
