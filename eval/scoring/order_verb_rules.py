"""order_intent's rules on ordering verbs: sort, order by, order/rank/arrange as imperatives,
sorted/ranked/arranged participles, and list ... by <key> (eval/scoring/order_intent.py states
them).
"""
from __future__ import annotations

from eval.scoring.order_lexicon import (
    _AGENTS, _AGGREGATE, _CHANNEL, _DESCRIPTIVE_AUX, _DETS, _FACILITY, _IDENTITY_KEYS, _KEY_NOUNS,
    _NUMBER_WORDS, _PRONOUN_OBJ, _RESULT_NOUNS, _SORTED_PLACE, _SORT_NOUN_HEADS, _VERB_OBJECT_DETS, _WH,
    _superlative,
)
from eval.scoring.order_text import _Result, _Text, _cue, _scale_at


def _rule_sort(tx: _Text, res: _Result, i: int) -> None:
    w = tx.w(i)
    if w not in ("sort", "sorts", "sorted", "sorting", "resort", "re-sort"):
        return
    nxt = tx.w(i + 1)
    if nxt == "of" or nxt in ("code", "codes") or (w != "sorted" and nxt in _FACILITY):
        return
    if w == "sorted" and nxt in _SORTED_PLACE:
        return
    if w in ("sort", "sorts") and nxt in _SORT_NOUN_HEADS and not tx.clause_start(i):
        return  # "the highest sort rank", "the sort order value": a stored attribute
    if tx.w(i - 1) in _DESCRIPTIVE_AUX:
        return
    if w in ("sort", "sorts") and tx.w(i - 1) in ("what", "which", "the", "a", "this", "that", "any", "some", "every",
                                                  "each", "kind", "same", "one", "no"):
        return
    j = i + 1
    if tx.w(j) in _PRONOUN_OBJ:
        j += 1
    if tx.w(j) == "by" and tx.by_is_agent(j + 1) and tx.w(j + 1) not in _KEY_NOUNS:
        # "sorted by hand", "sorted by the volunteers"
        k = j + 1
        while tx.w(k) in _DETS:
            k += 1
        if tx.w(k) in _CHANNEL or tx.w(k) in _AGENTS or tx.capitalised(k):
            return
    _cue(tx, res, i, "sort")


def _rule_order_by(tx: _Text, res: _Result, i: int) -> None:
    w = tx.w(i)
    if w not in ("order", "ordered", "ordering", "reorder", "re-order", "reordered"):
        return
    sql = tx.t[i].orig == "ORDER" and i + 1 < tx.n and tx.t[i + 1].orig == "BY" and not tx.shouting
    j = i + 1
    if w != "order" and tx.w(j) in _PRONOUN_OBJ:
        j += 1
    if tx.w(j) != "by":
        return
    if sql:
        _cue(tx, res, i, "ORDER BY")
        return
    if w in ("order", "reorder", "re-order"):
        if not (tx.clause_start(i) or tx.w(i - 1) in ("use", "using", "apply", "with", "to", "should", "must",
                                                       "and")):
            return
    elif tx.w(i - 1) in _DESCRIPTIVE_AUX:
        return  # "which items were ordered by …" is a purchase
    if tx.by_is_agent(j + 1):
        return
    _cue(tx, res, i, "order by")


def _rule_verb_imperative(tx: _Text, res: _Result, i: int) -> None:
    """Clause-initial order/rank/arrange(/reorder) used as a verb."""
    w = tx.w(i)
    if w not in ("order", "rank", "arrange", "reorder", "re-order", "re-rank", "rerank"):
        return
    if not tx.clause_start(i):
        return
    nxt = tx.w(i + 1)
    if tx.punct(i + 1) or nxt in ("of", "and", "or", "is", "was", "'s", "number", "id", "total", "date", "for", "with",
                                  "in", "to", "has", "had"):
        return
    rest = tx.seg_rest(i)
    determiner_object = (w in ("rank", "arrange", "re-rank", "rerank") and nxt in _VERB_OBJECT_DETS) or \
        (nxt == "the" and tx.w(i + 2) in _RESULT_NOUNS)
    if determiner_object and not any(tx.t[k].w == "by" and tx.by_is_agent(k + 1) for k in rest):
        # "Rank the players." / "Order the results." — a determiner after it makes it a verb
        _cue(tx, res, i, w + " the …")
        return
    if nxt in _PRONOUN_OBJ:
        # "order them by phone" stays a purchase
        if tx.w(i + 2) == "by" and tx.by_is_agent(i + 3):
            return
        _cue(tx, res, i, w + " them")
        return
    for k in rest:
        wk = tx.t[k].w
        if wk in ("by", "from", "according", "so", "alphabetically", "chronologically", "ascending", "descending",
                  "highest", "lowest"):
            if wk == "by" and tx.by_is_agent(k + 1):
                return
            _cue(tx, res, i, w + " …")
            return


def _rule_participle(tx: _Text, res: _Result, i: int) -> None:
    """ranked/ranking/arranged/arranging/ordered + by/from/according/…; "ordered/ranked list"."""
    w = tx.w(i)
    if w not in ("ranked", "ranking", "arranged", "arranging", "ordered", "ordering", "sorted"):
        return
    nxt = tx.w(i + 1)
    if nxt in ("list", "lists", "sequence"):
        _cue(tx, res, i, w + " list")
        return
    if w == "sorted":
        return
    if tx.w(i - 1) in _DESCRIPTIVE_AUX:
        return
    j = i + 1
    if tx.w(j) in _PRONOUN_OBJ:
        j += 1
    nw = tx.w(j)
    if nw == "by" and w in ("ranked", "ranking", "arranged", "arranging"):
        if w == "ranking" and tx.w(i - 1) in ("the", "a", "its", "their", "world", "each"):
            return
        if not tx.by_is_agent(j + 1):
            _cue(tx, res, i, w + " by")
        return
    if nw in ("according", "so", "alphabetically", "chronologically", "numerically", "lexicographically",
              "ascending", "descending", "starting", "beginning"):
        _cue(tx, res, i, w + " " + nw)
        return
    if nw == "from":
        k = j + 1
        while tx.w(k) in ("the",):
            k += 1
        sc = _scale_at(tx, k)
        if sc is not None and sc[3] not in ("a",) and not tx.is_numberish(k):
            _cue(tx, res, i, w + " from <superlative>")


def _rule_list_by(tx: _Text, res: _Result, i: int) -> None:
    if tx.w(i) not in ("list", "listed", "listing", "lists"):
        return
    if tx.w(i) == "list" and tx.w(i - 1) in ("the", "a", "an", "this", "that", "alphabetical", "ordered", "sorted",
                                            "ranked", "price", "waiting", "short", "guest", "mailing"):
        return
    rest = tx.seg_rest(i)
    for n_obj, k in enumerate(rest):
        wk = tx.t[k].w
        if wk == "by":
            if n_obj == 0:
                if tx.w(i) in ("listed", "listing") and not tx.by_is_agent(k + 1):
                    j = k + 1
                    while tx.w(j) in _DETS:
                        j += 1
                    if (tx.w(j) in _KEY_NOUNS and tx.w(j) not in _IDENTITY_KEYS) or \
                            (tx.w(j + 1) in _KEY_NOUNS and not tx.punct(j + 1)):
                        _cue(tx, res, i, "listed by <key>")
                return
            obj = [tx.t[x].w for x in rest[:n_obj]]
            if any(x in _AGGREGATE for x in obj):
                return
            if any(x in ("top", "bottom") or _superlative(x) or tx.is_numberish(rest[m]) or x in _NUMBER_WORDS
                   for m, x in enumerate(obj)):
                return  # "the top 5 products by revenue": "by" belongs to the LIMIT
            if tx.by_is_agent(k + 1):
                return
            if obj[0] in _PRONOUN_OBJ and len(obj) == 1:
                _cue(tx, res, i, "list them by")
                return
            j = k + 1
            while tx.w(j) in _DETS:
                j += 1
            key = tx.w(j) if tx.w(j) not in _IDENTITY_KEYS else ""
            if key in _KEY_NOUNS or (tx.w(j + 1) in _KEY_NOUNS and not tx.punct(j + 1)):
                _cue(tx, res, i, "list … by <key>")
            return
        if n_obj >= 6 or wk in _WH or wk in ("with", "and", "for", "of", "in", "at", "on", "from", "per"):
            return
