"""The ordered-output heuristic (eval/scoring/order_intent.py), table-driven.

tests/data/order_phrasings.tsv holds labelled phrasings (``label<TAB>text``,
1 = the question asks for the result rows in a specific order).  The labels
were written from the English alone; the rules must agree with at least 97%
of them, overall and on the part held out while the rules were developed.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from eval.scoring.order_intent import asks_for_order

DATA = Path(__file__).resolve().parent / "data" / "order_phrasings.tsv"
THRESHOLD = 0.97


def _load() -> list[tuple[str, bool, str]]:
    """(split, label, text) for every data line; '# split: NAME' comment lines set the split."""
    rows, split, seen_header = [], "dev", False
    for n, line in enumerate(DATA.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        if line.startswith("#"):
            if line.startswith("# split:"):
                split = line.split(":", 1)[1].strip()
            continue
        label, sep, text = line.partition("\t")
        if not seen_header:
            assert (label, text) == ("label", "text"), f"line {n}: expected the header 'label<TAB>text'"
            seen_header = True
            continue
        assert sep and label in ("0", "1") and text.strip(), f"line {n}: bad row {line!r}"
        rows.append((split, label == "1", text))
    return rows


ROWS = _load()


def _agreement(rows):
    wrong = [(lab, text) for _, lab, text in rows if asks_for_order(text) != lab]
    return 1 - len(wrong) / len(rows), wrong


def _message(name, rate, wrong, total):
    lines = [f"{name}: agreement {rate:.1%} over {total} phrasings ({len(wrong)} disagreements):"]
    lines += [f"  expected {int(lab)}, got {int(not lab)}: {text}" for lab, text in wrong]
    return "\n".join(lines)


def test_data_file_is_big_and_balanced():
    assert len(ROWS) >= 240
    positives = sum(1 for _, lab, _ in ROWS if lab)
    assert 0.3 <= positives / len(ROWS) <= 0.7
    texts = [t for _, _, t in ROWS]
    assert len(set(texts)) == len(texts), "duplicate phrasings"
    assert {s for s, _, _ in ROWS} == {"dev", "holdout"}


def test_agreement_overall():
    rate, wrong = _agreement(ROWS)
    assert rate >= THRESHOLD, _message("overall", rate, wrong, len(ROWS))


@pytest.mark.parametrize("split", ["dev", "holdout"])
def test_agreement_per_split(split):
    rows = [r for r in ROWS if r[0] == split]
    rate, wrong = _agreement(rows)
    print(_message(split, rate, wrong, len(rows)))
    assert rate >= THRESHOLD, _message(split, rate, wrong, len(rows))


# --------------------------------------------------------------------------- targeted cases

@pytest.mark.parametrize("question, instructions, expected", [
    ("Which products did each customer buy?", "Order the rows by customer id.", True),
    ("Which products did each customer buy?", "Sort descending by total.", True),
    ("List the tariffs.", "ORDER BY tariff_code", True),
    ("List the tariffs.", "The result should be sorted by name.", True),
    ("How many readings were estimated?", "Use UTC calendar years.", False),
    ("List the tariffs.", "Do not use ORDER BY.", False),
    # a negation in the instructions overrides a request in the question
    ("List the five cheapest tariffs, cheapest first.", "Row order does not matter.", False),
    ("List the five cheapest tariffs, cheapest first.", "", True),
    # …but one about ties leaves it standing
    ("List the tariffs, cheapest first.", "Tied rows may come in any order.", True),
])
def test_instructions_field(question, instructions, expected):
    assert asks_for_order(question, instructions) is expected


@pytest.mark.parametrize("text, expected", [
    ("Which products were ordered by Nørre Møbler ApS?", False),
    ("How many pallets were ordered by Ærø Skibsværft in 2024?", False),
    ("Which tests were ordered by Dr. Müller-Lüdenscheidt?", False),
    ("Which pallets did Ærø Skibsværft order, sorted by weight?", True),
    ("List Siobhán O'Brien's pairings in chronological order.", True),
    ("Ｓｏｒｔ ｂｙ ｎａｍｅ", True),                      # full-width letters (NFKC)
    ("List the books by title, A–Z.", True),            # en dash
    ("Show the rows highest→lowest.", True),            # arrow
    ("LIST THE CUSTOMERS ORDERED BY CUSTOMER NAME", True),  # capitals say nothing about names
])
def test_unicode_and_case(text, expected):
    assert asks_for_order(text) is expected


@pytest.mark.parametrize("text", [
    "Show the depots — largest first.",
    "Show the depots (largest first).",
    "Show the depots; largest first!",
    "Show the depots…largest first",
    'List the items "in alphabetical order".',
    "List the items “in alphabetical order”.",
    "Show the depots,largest first.",
])
def test_punctuation(text):
    assert asks_for_order(text) is True


@pytest.mark.parametrize("text", ["", "   ", "?!", "\n\t", "…"])
def test_empty_and_punctuation_only(text):
    assert asks_for_order(text) is False
    assert asks_for_order(text, text) is False


def test_none_like_inputs():
    assert asks_for_order("", "Sort by name.") is True
    assert asks_for_order("Sort by name.", "") is True
    assert asks_for_order(None or "", None or "") is False


@pytest.mark.parametrize("text, expected", [
    # the reviewer's false positives
    ("Show each rank and the number of officers holding it.", False),
    ("What was the longest first leg of the tour?", False),
    ("What is the order total of order 17?", False),
    ("How many orders were placed in June?", False),
    # the reviewer's misses
    ("Show the customers ordered by customer name.", True),
    ("Show the payments, largest amount first.", True),
    ("Show the salaries highest to lowest.", True),
    ("Show the posts newest to oldest.", True),
    ("Show the accounts, starting with the largest.", True),
    ("Show the monthly rainfall in calendar order.", True),
    ("Show the teams with the most at the top.", True),
    ("Give the list of depots, sorted.", True),
    ("Show the players ranked from best to worst.", True),
    ("Show the floors top to bottom.", True),
    ("Show the regions in descending order of revenue.", True),
    ("List the guests alphabetically.", True),
    ("List the events chronologically.", True),
    ("Show the appointments, earliest first.", True),
    ("Show the messages, most recent first.", True),
    ("List the trains in order of departure.", True),
    ("Arrange the tickets by priority.", True),
    ("Find the open invoices and list them by date.", True),
    # LIMIT wording alone is not an order request
    ("Show the top 5 products by revenue.", False),
    ("Show the top 5 products by revenue, highest first.", True),
])
def test_reviewer_cases(text, expected):
    assert asks_for_order(text) is expected
