"""Headless Chromium for the report's browser checks (tests/test_report_html_browser.py and
bench/html_screenshot.py): find the binary, load a page with a URL fragment, return the DOM after
its script ran.  No DevTools client, no new dependency: ``--dump-dom`` serialises the document once
the page's load (and, with ``--virtual-time-budget``, its pending timers) are done.
"""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path
from typing import Optional

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
                  "--disable-dev-shm-usage"]
NAMES = ("chromium", "chromium-browser", "google-chrome", "chrome")


def find_chromium(explicit: Optional[str] = None) -> Optional[str]:
    if explicit:
        return explicit
    for name in NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


def chromium(binary: str, args: list[str], profile: Path, timeout: int = 120) -> subprocess.CompletedProcess:
    """Run headless Chromium once with its own profile folder (parallel runs never share one)."""
    return subprocess.run([binary, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=timeout)


def dump_dom(binary: str, url: str, profile: Path) -> str:
    """The serialised DOM of ``url`` after its script ran; raises RuntimeError when Chromium fails."""
    res = chromium(binary, ["--virtual-time-budget=5000", "--dump-dom", url], profile)
    if res.returncode != 0 or "<html" not in res.stdout:
        raise RuntimeError(f"chromium --dump-dom {url}: rc={res.returncode}: {res.stderr.strip()[-400:]}")
    return res.stdout
