"""Prices of API models: USD per million tokens from runners/prices.json or --price-in/--price-out,
and the cost of one request (split from runners/_api.py)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from eval.errors import UsageError

PRICES_FILE = Path(__file__).with_name("prices.json")


@dataclass(frozen=True)
class Pricing:
    """USD per million tokens, and where the figures came from."""

    usd_in_per_mtok: float
    usd_out_per_mtok: float
    source: str  # "prices.json:<entry> (as of <date>)", "--price-in/--price-out", "unknown"

    def to_dict(self) -> dict:
        return {"usd_in_per_mtok": self.usd_in_per_mtok, "usd_out_per_mtok": self.usd_out_per_mtok,
                "source": self.source}


def load_prices(path: Path = PRICES_FILE) -> dict:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def lookup_price(model: str, table: dict) -> Optional[tuple[str, float, float]]:
    """``(entry, in, out)`` for ``model``, or None when the table does not know it.

    An exact entry wins; else the longest entry that is a prefix of the name ending at a ``-``
    (``gpt-4o-2024-08-06`` -> ``gpt-4o``; ``gpt-4o-mini`` is its own entry, and ``gpt-4.1`` never
    falls back to ``gpt-4``).  A provider prefix (``openai/gpt-4o``) is ignored.
    """
    models = table.get("models", {})
    name = model.strip().lower().rsplit("/", 1)[-1]
    best = None
    for entry in models:
        e = entry.lower()
        if name == e or (name.startswith(e) and name[len(e)] == "-"):
            if best is None or len(e) > len(best):
                best = entry
    if best is None:
        return None
    return best, float(models[best]["input"]), float(models[best]["output"])


def resolve_pricing(model: str, price_in: Optional[float], price_out: Optional[float],
                    table: Optional[dict] = None) -> Pricing:
    """Prices for ``model``: --price-in/--price-out override the table, each on its own."""
    for flag, value in (("--price-in", price_in), ("--price-out", price_out)):
        if value is not None and not (value >= 0 and value != float("inf")):
            raise UsageError(f"{flag} must be a finite number >= 0 (USD per million tokens), got {value}")
    table = load_prices() if table is None else table
    found = lookup_price(model, table)
    if found is not None:
        entry, p_in, p_out = found
        source = f"prices.json:{entry} (as of {table.get('as_of', '?')})"
    else:
        p_in = p_out = 0.0
        source = "unknown"
    if price_in is not None or price_out is not None:
        p_in = price_in if price_in is not None else p_in
        p_out = price_out if price_out is not None else p_out
        source = "--price-in/--price-out" + ("" if found is None else f" over {source}")
    return Pricing(p_in, p_out, source)


def cost_cents(pricing: Pricing, tokens_in: int, tokens_out: int) -> float:
    """US cents for one request."""
    return (tokens_in * pricing.usd_in_per_mtok + tokens_out * pricing.usd_out_per_mtok) / 1e6 * 100
