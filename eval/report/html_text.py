"""Text into HTML for the report pages: every text taken from a run goes through :func:`esc`."""
from __future__ import annotations

import html
import json
from typing import Any


def esc(value: Any) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def cls_attr(*classes: str) -> str:
    """`` class="a b"`` for the non-empty names, "" when there is none."""
    names = " ".join(c for c in classes if c)
    return f' class="{esc(names)}"' if names else ""


def json_attr(data: Any) -> str:
    """``data`` as JSON, escaped for a double-quoted attribute (the page's script reads it with
    getAttribute and JSON.parse: no run text is ever parsed as HTML or script)."""
    return esc(json.dumps(data, ensure_ascii=False, separators=(",", ":")))
