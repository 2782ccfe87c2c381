"""order_intent's rules on ordering phrases: in ... order / in ... sequence, direction words,
"X first/last", "starting with", "X to Y" scales, and the explicit negations ("in any order",
"unsorted") -- eval/scoring/order_intent.py states them.
"""
from __future__ import annotations

from eval.scoring.order_lexicon import (
    _ANATOMY, _CHANGE_WORDS, _COLUMN_FOLLOW, _DETS, _DIRECTION_FOLLOW, _DIRECTION_PREV, _ED_OK,
    _FIRST_FOLLOW, _IRRELEVANT, _LIST_NOUNS, _LIST_VERBS, _NEGATORS, _NULLISH, _ORDER_FOLLOW,
    _ORDER_HEADS, _ORDER_MODS, _ORDINALS, _ORDINAL_RE, _PAST_VERBS, _PLACE_VERBS, _PURCHASE_MODS, _QUANT,
    _RELEVANT, _THE_ORDER_FOLLOW, _WH, _superlative,
)
from eval.scoring.order_text import _Result, _Text, _cue, _scale_at


def _rule_in_order(tx: _Text, res: _Result, i: int) -> None:
    """in … order / in … sequence."""
    if tx.w(i) not in _ORDER_HEADS:
        return
    # find "in" within 5 words before, same segment
    k = i - 1
    mods: list[int] = []
    while k >= 0 and not tx.t[k].punct and i - k <= 6 and tx.t[k].w != "in":
        mods.insert(0, k)
        k -= 1
    if k < 0 or tx.t[k].w != "in" or tx.t[k].punct:
        if tx.w(i - 1) == "what" and tx.w(i) == "order":
            # "What order did the runners finish in?"
            end = tx.seg_end(i)
            last_words = [x for x in range(i, end) if not tx.t[x].punct]
            if last_words and tx.t[last_words[-1]].w == "in":
                _cue(tx, res, i, "what order … in")
        return
    in_at = k
    if tx.w(in_at - 1) in _ORDINALS or _ORDINAL_RE.fullmatch(tx.w(in_at - 1)):
        return  # "fifth in the batting order" is a position
    mw = [tx.t[m].w for m in mods]
    nxt_i = i + 1
    nxt = tx.w(nxt_i)
    follow_ok = tx.punct(nxt_i) or nxt in _ORDER_FOLLOW
    if nxt == "of" and tx.is_numberish(nxt_i + 1) or (nxt == "of" and tx.w(nxt_i + 1) in ("magnitude",)):
        return  # "in the order of 5 million"
    if any(x in ("any", "random", "arbitrary", "whatever", "either") for x in mw) or mw[:2] == ["no", "particular"]:
        res.neg.append((i, "in any order"))
        return
    if not mw:
        if nxt in ("of", "from"):
            if nxt == "of" and tx.by_is_agent(nxt_i + 1):
                return
            _cue(tx, res, i, "in order " + nxt)
            return
        if tx.w(i) == "order" and nxt in ("to", "for", "that"):
            return
        if follow_ok and nxt not in ("for",):
            sent_words = [tx.t[x].w for x in tx.sentence(i) if x < in_at]
            if any(x in _LIST_VERBS for x in sent_words):
                _cue(tx, res, i, "in order (bare)")
        return
    det = mw[0] if mw[0] in _DETS or mw[0] in _WH or mw[0] in _QUANT or mw[0] in ("this", "that", "these", "those") \
        else None
    inner = mw[1:] if det else mw
    if det == "what" and not inner:
        _cue(tx, res, i, "in what order")
        return
    if det in ("this", "that", "these", "those") and not inner:
        return  # "in that order": column order
    if "following" in inner:
        return  # column order
    if det in ("each", "every", "one", "some", "whose", "my", "your", "his", "her", "which", "no", "another",
               "this", "that", "these", "those"):
        return
    if det in ("a", "an") and not any(x in _ORDER_MODS for x in inner):
        return
    if det is not None and det not in _DETS and det not in ("what",):
        return
    if "same" in inner:
        if nxt == "as":
            _cue(tx, res, i, "in the same order as")
        return
    if any(x in _PURCHASE_MODS for x in inner):
        return
    if not inner:
        # "in the order they were filed" / "in the order of their arrival"
        if nxt in _COLUMN_FOLLOW:
            return
        if nxt == "of":
            if tx.by_is_agent(nxt_i + 1):
                return
            _cue(tx, res, i, "in the order of")
            return
        if nxt in _THE_ORDER_FOLLOW or (not tx.punct(nxt_i) and tx.w(nxt_i) in _DETS):
            _cue(tx, res, i, "in the order <clause>")
        return
    if not follow_ok:
        return
    if nxt == "for" and not any(x in _ORDER_MODS for x in inner):
        return
    _cue(tx, res, i, "in <mod> order", tie_neutral=True)


def _rule_direction(tx: _Text, res: _Result, i: int) -> None:
    w = tx.w(i)
    parts = w.split("-")
    if any(p.startswith(("alphabetic", "alphabetis", "alphabetiz", "lexicographic")) for p in parts) or \
            w in ("a-z", "z-a"):
        # selection: "the alphabetically first handle", "comes first alphabetically"
        near = [tx.w(k) for k in range(i - 2, i + 3) if k != i and tx.same_seg(k, i)]
        if any(x in ("first", "last", "earliest", "latest", "top", "highest", "lowest") for x in near) and \
                not any(x in ("sort", "sorted", "list", "order", "ordered", "by") for x in near):
            return
        _cue(tx, res, i, "alphabetical", tie_neutral=True)
        return
    if any(p.startswith("chronologic") for p in parts):
        if tx.w(i + 1) in ("age", "ages"):
            return
        near = [tx.w(k) for k in range(i - 2, i + 3) if k != i and tx.same_seg(k, i)]
        if any(x in ("first", "last", "earliest", "latest") for x in near):
            return
        _cue(tx, res, i, "chronological", tie_neutral=True)
        return
    if w in ("ascending", "descending", "ascendingly", "descendingly"):
        # "descending order", "…, descending.", "by descending revenue"; not "the descending aorta"
        if tx.w(i + 1) in _ANATOMY:
            return
        if tx.punct(i + 1) or tx.w(i + 1) in _DIRECTION_FOLLOW or tx.w(i - 1) in _DIRECTION_PREV:
            _cue(tx, res, i, w, tie_neutral=True)
        return
    if w in ("asc", "desc"):
        prev = tx.w(i - 1)
        if tx.punct(i + 1) or tx.w(i + 1) in ("then", "and", "by", "order", "nulls") or prev in ("sort", "sorted",
                                                                                                 "order", "ordered"):
            _cue(tx, res, i, w, tie_neutral=True)
        return
    if w in ("increasing", "decreasing", "rising", "falling", "reverse", "reversed", "reverse-chronological"):
        if tx.w(i - 1) == "by" or (tx.w(i - 1) == "in" and w.startswith("reverse") and
                                   (tx.punct(i + 1) or tx.w(i + 1) in ("and", "then"))):
            _cue(tx, res, i, "by " + w, tie_neutral=True)


def _rule_first_last(tx: _Text, res: _Result, i: int) -> None:
    """X first / X last / X at the top …"""
    w = tx.w(i)
    place_end = None
    if w in ("first", "last") and tx.adverbial(i):
        place_end = i
    elif w in ("top", "bottom", "end", "start", "beginning", "head", "front", "back") and \
            tx.w(i - 1) == "the" and tx.w(i - 2) in ("at", "on"):
        nxt = tx.w(i + 1)
        if nxt == "of":
            # "at the top of the list" places rows; "at the top of the league" is a position
            j = i + 3 if tx.w(i + 2) == "the" else i + 2
            if tx.w(j) not in _LIST_NOUNS:
                return
            place_end = i
        elif tx.punct(i + 1) or nxt in _FIRST_FOLLOW:
            place_end = i
        else:
            return
        i = i - 2  # start of "at the top"
    elif w == "top" and tx.w(i - 1) == "on" and (tx.punct(i + 1) or tx.w(i + 1) in _FIRST_FOLLOW):
        place_end = i
        i = i - 1
    if place_end is None:
        return
    # 1. a superlative / comparative shortly before
    k = tx.sup_before(i, window=4)
    if k is not None and not tx.verb_before_sup(k):
        if not (tx.w(i) == "first" and tx.w(k) == "top" and tx.w(k + 1) == "first"):
            _cue(tx, res, k, "<superlative> first")
            return
    # 2. nulls / missing values last
    for kk in range(max(0, i - 4), i):
        if tx.same_seg(kk, i) and tx.t[kk].w in _NULLISH:
            _cue(tx, res, kk, "nulls first/last")
            return
    # 3. placement verb earlier in the sentence, no wh-word between, no verb right before
    prev = tx.w(i - 1)
    if prev in _PAST_VERBS or (prev.endswith("ed") and prev not in _ED_OK):
        return
    sent = [x for x in tx.sentence(i) if x < i]
    for x in reversed(sent):
        wx = tx.t[x].w
        if wx in _WH:
            break
        if wx in _PLACE_VERBS and (tx.clause_start(x) or x == sent[0]):
            _cue(tx, res, x, "put … first")
            return
    # 4. short appositive segment after a comma: "…, five-star first."
    if tx.t[i].w in ("first", "last"):
        s = tx.t[i].seg
        seg_words = [x for x in range(tx.n) if tx.t[x].seg == s and not tx.t[x].punct]
        start = seg_words[0] if seg_words else i
        if start > 0 and tx.w(start - 1) == "," and len(seg_words) <= 4 and seg_words[-1] == i and \
                not any(tx.t[x].w in _WH or tx.t[x].w in _PAST_VERBS for x in seg_words):
            sent_words = [tx.t[x].w for x in tx.sentence(i) if x < start]
            if any(x in _LIST_VERBS for x in sent_words):
                _cue(tx, res, i, "appositive first")


def _rule_starting(tx: _Text, res: _Result, i: int) -> None:
    w = tx.w(i)
    if w not in ("start", "starts", "starting", "begin", "begins", "beginning", "commencing"):
        return
    if w in ("start", "starts", "begin", "begins") and not tx.clause_start(i):
        return  # "Which courses start with the largest intake?" is a finite verb
    prep = tx.w(i + 1)
    if prep not in ("with", "from", "at"):
        return
    k = i + 2
    while tx.w(k) == "the":
        k += 1
    sc = _scale_at(tx, k)
    if sc is None or sc[3] in ("a", "z") or tx.is_numberish(k):
        return
    if not (_superlative(tx.w(k)) or tx.w(k) in ("most", "least", "fewest", "top", "bottom", "highest")):
        return
    end = sc[0]
    if prep == "with" or tx.punct(end) or tx.w(end) in ("one", "ones", "and", "then", "down", "up", "first"):
        _cue(tx, res, i, "starting with <superlative>")


def _rule_scale_pair(tx: _Text, res: _Result, i: int) -> None:
    """from X to Y with X, Y opposite ends of a scale."""
    left = _scale_at(tx, i)
    if left is None:
        return
    l_end, l_scale, l_pol, l_word = left
    # find "to" within 4 words after the left word
    t = l_end
    steps = 0
    while t < tx.n and not tx.t[t].punct and tx.t[t].w != "to" and steps < 4:
        if tx.t[t].w in ("from", "and", "than", "of"):
            return
        t += 1
        steps += 1
    if tx.w(t) != "to" or tx.t[t].punct:
        return
    r = t + 1
    while tx.w(r) in ("the",):
        r += 1
    right = _scale_at(tx, r)
    if right is None:
        return
    r_end, r_scale, r_pol, r_word = right
    if l_word == r_word or tx.is_numberish(i) or tx.is_numberish(r):
        return
    if l_word in ("first", "last", "top", "bottom") and tx.w(l_end) != "to":
        return  # "from the first depot to the last": positions of particular rows, not a scale
    if (l_scale == "alpha") != (r_scale == "alpha"):
        return
    if l_scale == "alpha" and (l_end != t or r_end != r + 1):
        return  # only "a to z" itself
    b = i - 1
    while tx.w(b) == "the":
        b -= 1
    has_from = tx.w(b) == "from"
    if has_from:
        if l_scale and r_scale and (l_scale != r_scale or l_pol == r_pol):
            if not (l_scale in ("mag", "time") and r_scale in ("mag", "time") and l_pol != r_pol and
                    {l_word, r_word} & {"first", "last", "top", "bottom"}):
                return
    else:
        if not (l_scale and r_scale and l_scale == r_scale and l_pol != r_pol):
            return
        # without "from", positive-degree pairs need a clause edge ("…, high to low")
    if tx.w(r_end) == ":":
        return  # "grades from worst to best: poor, fair, good" defines a scale
    # ranges, changes, distances
    sent = tx.sentence(i)
    context = [tx.t[x].w for x in sent if x < i]
    context += [tx.t[x].w for x in tx.seg_rest(r_end - 1)]
    if b >= 0 and b == sent[0] or (b >= 0 and tx.w(b) == "from" and tx.clause_start(b)):
        # fronted "From the highest earner to the lowest, what is the gap?"
        context += [tx.t[x].w for x in sent if x > r_end]
    sent_before = context
    if any(x in _CHANGE_WORDS for x in sent_before):
        return
    if any(x == "how" for x in sent_before):
        return
    _cue(tx, res, i, "X to Y scale")


def _rule_negations(tx: _Text, res: _Result, i: int) -> None:
    w = tx.w(i)
    if w in ("unordered", "unsorted", "unranked"):
        res.neg.append((i, w))
        return
    if w in ("order", "ordering", "sorting", "sort", "sequence", "ranking") and tx.w(i - 1) != "in":
        if w == "order" and tx.w(i - 1) in ("any", "random", "arbitrary", "whatever", "either"):
            res.neg.append((i, "any order"))
            return
        if tx.w(i - 1) == "of" and tx.w(i - 2) in ("regardless", "irrespective") or \
                tx.w(i - 2) == "of" and tx.w(i - 3) in ("regardless", "irrespective"):
            res.neg.append((i, "regardless of order"))
            return
        seen_neg = False
        for k in range(i + 1, min(i + 8, tx.n)):
            if not tx.same_seg(k, i) and tx.t[k].sent != tx.t[i].sent:
                break
            wk = tx.t[k].w
            if wk in _IRRELEVANT:
                res.neg.append((i, "order irrelevant"))
                return
            if wk in _NEGATORS:
                seen_neg = True
            elif wk in _RELEVANT and seen_neg:
                res.neg.append((i, "order does not matter"))
                return
            elif wk in ("is", "are", "does", "do", "did", "will", "should", "can", "need", "needs", "of", "the",
                        "rows", "results", "output", "records", "lines", "entries", "items", "really", "at", "all",
                        "here", "much", "particularly", "strictly", "s", "'s", "be", "been", "wo", "would", "any",
                        "otherwise", "remaining", "other", "within", "among"):
                continue
            elif seen_neg:
                break
            else:
                # allow one content word: "the order of the results"
                continue
