"""Does a question ask for its result rows in a specific order?

``asks_for_order(question_text, instructions="")`` reads the English of a
question (and of its instructions field) and answers whether the *result rows*
are asked to come in a particular order.  The comparator uses it when a gold
query has a top-level ORDER BY and the question carries no explicit
``order_matters`` flag: a false positive marks a correct unordered answer as
``wrong_order``, a false negative accepts a wrongly ordered one.

Pure and stdlib-only.  The text is Unicode-normalised (NFKC, curly quotes and
dashes folded, "→" read as "to"), lower-cased for matching (the original case
is kept: a capitalised word after "ordered by" is a name), and cut into word,
number and punctuation tokens; "n't" becomes "not" and "'s" its own token.
Sentences end at . ; : ! ? and brackets; commas further cut sentences into
segments.

Positive rules (any one suffices)
---------------------------------
* **sort** in any form ("sort by", "sorted", "sorting them by") — except
  "sort(s) of", "sort code", "sorting centre/hub/…", "sorted at/into/…",
  a descriptive passive ("were sorted"), and "sorted by hand/machine/<agent>".
* **order by** when "order" is a verb: clause-initial or after
  and/then/please/…/use (or written ``ORDER BY``), and **ordered/ordering by**,
  unless the complement of "by" is a buyer: a capitalised name ("ordered by
  Nørre Møbler ApS", "Dr. Okafor"), a quantified group ("by each store", "by
  more than five customers"), a person/organisation noun not followed by an
  attribute ("by customers in Norway", "by the emergency department" — but
  "by customer name", "by the customer's last name" are sort keys), a noun
  with a number ("by table 12"), or a channel ("by phone").  "was/were ordered
  by" is always a purchase.
* **order / rank / arrange as imperative verbs**: clause-initial with a
  pronoun object ("rank them") or a later "by/from/according/so/…" in the
  clause ("Rank the hospitals by…", "Arrange the results so that…");
  "ranked/arranged by <key>", "ranked from <superlative>", "ordered/sorted/
  ranked list".
* **in … order / in … sequence** with an ordering modifier ("in alphabetical
  order", "in calendar order", "in descending order of revenue", "in seniority
  order", "in the order they were filed", "in order of", "in order from", "in
  the same order as").  A purchase reading is rejected: "in each/an/her order",
  "in the first/largest/same order", "in order 4410", "in working order", "in
  order to", "in the order of £5m".  Bare "in order"/"in sequence" counts only
  after a listing verb ("Give the steps in order"), so "Are the documents in
  order?" does not.  "in what order" counts.
* **direction words**: alphabetical(ly), chronological(ly), lexicographic,
  A-Z / Z-A, ascending/descending (asc/desc), "by increasing/decreasing X",
  "in reverse".
* **"X first/last"** with a superlative or comparative X ("cheapest first",
  "most recent first", "with the largest amount first", "longest-serving
  first"); "first" must be adverbial (end of segment or before and/then/with/
  …), so "the longest first leg" is a leg.  Also placement verbs ("Put the
  overdue accounts first"), nulls ("with null ratings last"), "with the most
  at the top", "starting with the largest", and a short appositive segment
  ("…, five-star first.").
* **"X to Y" scales**: opposite ends of one scale (highest→lowest,
  newest→oldest, first→last, top→bottom, A→Z, cheapest→dearest), with or
  without "from"; with "from" any two different superlatives count
  ("from the busiest month to the quietest").
* **list … by <key>**: "list them/these by …" or "list <things> by
  <date/name/…>" ("list the new hires by start date"); not an aggregate
  ("list the number of employees by department" groups) and not an author
  ("list the songs by Abba").

Guards and where the surprising cases go
----------------------------------------
* LIMIT-style wording is *not* an order request: "top 5", "the ten most
  recent payments", "which five sites enrolled the most" → False.  Only the
  ordering phrases above make it True ("top 5, highest first").
* Positions are not requests: "the first shipment of each customer", "ranked
  first", "finished first", "at the top of the league", "alphabetically first
  handle" (a selection), "which player reached the highest score first" (a
  verb before "the highest" makes "first" a time adverb).
* Ranges, changes and distances are not scales: "from 2019 to 2021", "went /
  rose from the lowest to the highest", "the difference … from … to …",
  "closest to the highest" (different scales, no "from").
* Anatomy and age: "descending aorta", "ascending colon", "chronological age".
* Tie-breaking is a selection rule, not an order request: "break ties by card
  number", "ties broken alphabetically" are neutral on their own (the rest of
  the question decides).
* Column order is not row order: "in that order", "in this order", "in the
  following order", "in the order listed/given" are neutral.
* Explicit negations win: "in any order", "in no particular order", "order
  does not matter", "is irrelevant", "unordered", "unsorted", "no need to
  sort", "do not use ORDER BY" → False for the whole question — unless the
  negation's sentence is about ties/equal rows ("ties may appear in any
  order"), which leaves the main request standing.
* The instructions text is read as further sentences of the question; a
  negation there overrides the question too.

Where it is: this module is the entry point and the rules' order; the tokeniser and the text
queries are eval/scoring/order_text.py, the word tables eval/scoring/order_lexicon.py, the rules
eval/scoring/order_verb_rules.py (sort, order by, rank/arrange, list … by) and
eval/scoring/order_phrase_rules.py (in … order, directions, first/last, scales, negations).
"""
from __future__ import annotations

from eval.scoring.order_phrase_rules import (
    _rule_direction, _rule_first_last, _rule_in_order, _rule_negations, _rule_scale_pair, _rule_starting,
)
from eval.scoring.order_text import _Result, _Text, _tie_sentence, _tokenise
from eval.scoring.order_verb_rules import (
    _rule_list_by, _rule_order_by, _rule_participle, _rule_sort, _rule_verb_imperative,
)

__all__ = ["asks_for_order"]


_RULES = (_rule_sort, _rule_order_by, _rule_verb_imperative, _rule_participle, _rule_in_order, _rule_direction,
          _rule_first_last, _rule_starting, _rule_scale_pair, _rule_list_by, _rule_negations)


def _analyse(text: str) -> _Result:
    tx = _Text(_tokenise(text))
    res = _Result()
    for i in range(tx.n):
        if tx.t[i].punct:
            continue
        for rule in _RULES:
            rule(tx, res, i)
    # negations about ties/equal rows are scoped: they leave the main request alone
    res.neg = [(k, r) for k, r in res.neg if not _tie_sentence(tx, k)]
    return res


def asks_for_order(question_text: str, instructions: str = "") -> bool:
    """Whether the question (plus its instructions) asks for the result rows in a specific order.

    See the module docstring for the rules.  In short: an ordering request
    (sort/order by/rank/arrange as verbs, "in … order", alphabetical(ly),
    chronological(ly), ascending/descending, "X first/last" with a superlative,
    "from highest to lowest"-style scales, "list them by …") makes it True;
    nouns ("each order", "the rank of"), purchases ("ordered by Nørre Møbler
    ApS"), positions ("the first shipment"), LIMIT wording ("top 5", "the ten
    most recent") and tie-break rules do not count; an explicit negation ("in
    any order", "order does not matter", "unsorted") not scoped to ties makes
    it False even when other cues are present.
    """
    text = _joined(question_text, instructions)
    if not text:
        return False
    res = _analyse(text)
    if res.neg:
        return False
    return bool(res.pos)


def _joined(question_text: str, instructions: str) -> str:
    """The question and the instructions as one text, the instructions as further sentences."""
    parts = [p.strip() for p in (question_text or "", instructions or "") if p and p.strip()]
    return " .\n".join(parts)


def explain(question_text: str, instructions: str = "") -> dict:
    """Debug aid: the positive and negative cues found (not part of the stable API)."""
    res = _analyse(_joined(question_text, instructions))
    return {"positive": list(res.pos), "negative": [r for _, r in res.neg],
            "asks_for_order": asks_for_order(question_text, instructions)}
