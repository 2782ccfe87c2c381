"""A question's text as order_intent's rules see it: the tokeniser (NFKC, folded quotes and dashes,
contractions, sentence and comma-segment numbers), ``_Text`` (position queries: clause starts,
segments, "by" complements, superlative phrases), ``_scale_at`` and the cue recording every
rule shares (``_Result``, ``_cue``: negated, yes/no and tie-scoped cues).

The rules are eval/scoring/order_verb_rules.py and order_phrase_rules.py; the module docstring of
eval/scoring/order_intent.py states them.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Optional
from eval.scoring.order_lexicon import (
    _AGENTS, _ATTRS, _CHANNEL, _CLAUSE_LEAD, _COMPARATIVES, _DETS, _ED_OK, _FIRST_FOLLOW, _GEO,
    _KEY_ACRONYMS, _KEY_NOUNS, _NEGATORS, _NEG_FILLER, _ORDINALS, _PAST_VERBS, _QUANT, _SCALES,
    _TIE_WORDS, _YES_NO_AUX, _superlative,
)


# --------------------------------------------------------------------------- tokenising

_CHAR_MAP = {
    "\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u2032": "'", "`": "'",
    "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": " - ", "\u2015": " - ", "\u2212": "-",
    "\u2192": " to ", "\u21d2": " to ", "\u27f6": " to ", "\u2026": " . ",
    "\u00a0": " ",
}
_TOKEN_RE = re.compile(r"[^\W_]+(?:['\-][^\W_]+)*'?|\S")
_SENT_PUNCT = frozenset(".;:!?()[]{}")
_QUOTES = frozenset("\"'")
_SEG_PUNCT = _SENT_PUNCT | frozenset(",-/")


@dataclass
class _Tok:
    w: str        # lower-cased word
    orig: str     # as written
    punct: bool
    sent: int     # sentence number
    seg: int      # comma-segment number


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    return "".join(_CHAR_MAP.get(ch, ch) for ch in text)


_CONTRACTIONS = {"won't": ("will", "not"), "can't": ("can", "not"), "cannot": ("can", "not"),
                 "shan't": ("shall", "not")}


def _tokenise(text: str) -> list[_Tok]:
    raw: list[tuple[str, str]] = []
    for m in _TOKEN_RE.finditer(_normalise(text)):
        t = m.group(0)
        low = t.casefold()
        if low in _CONTRACTIONS:
            a, b = _CONTRACTIONS[low]
            raw += [(a, t[:len(a)]), (b, "not")]
        elif low.endswith("n't") and len(low) > 3:
            raw += [(low[:-3], t[:-3]), ("not", "not")]
        elif low.endswith("'s") and len(low) > 2:
            raw += [(low[:-2], t[:-2]), ("'s", "'s")]
        elif low.endswith("s'") and len(low) > 2:
            raw += [(low[:-1], t[:-1]), ("'s", "'")]  # "customers'"
        elif low.endswith("'") and len(low) > 1:
            raw += [(low[:-1], t[:-1]), ("'", "'")]
        else:
            raw.append((low, t))
    toks: list[_Tok] = []
    sent = seg = 0
    for low, orig in raw:
        is_p = len(low) == 1 and not low.isalnum()
        toks.append(_Tok(low, orig, is_p, sent, seg))
        if is_p and low in _SENT_PUNCT:
            sent += 1
            seg += 1
        elif is_p and low in _SEG_PUNCT:
            seg += 1
    return toks


# --------------------------------------------------------------------------- analysis

class _Text:
    def __init__(self, toks: list[_Tok]):
        self.t = toks
        self.n = len(toks)
        letters = [t.orig for t in toks if not t.punct and len(t.orig) > 1 and any(c.isalpha() for c in t.orig)]
        upper = sum(1 for o in letters if o.isupper())
        # in text written in capitals, capitals say nothing about names
        self.shouting = bool(letters) and upper >= 0.6 * len(letters)
        self._sentences: dict[int, list[int]] = {}
        for k, tok in enumerate(toks):
            self._sentences.setdefault(tok.sent, []).append(k)

    def w(self, i: int) -> str:
        return self.t[i].w if 0 <= i < self.n else ""

    def punct(self, i: int) -> bool:
        return i < 0 or i >= self.n or self.t[i].punct

    def clause_start(self, i: int) -> bool:
        """Token i begins a clause: text start, after punctuation, or after and/then/please/…"""
        j = i - 1
        while j >= 0:
            if self.t[j].w in _CLAUSE_LEAD:
                j -= 1
            elif self.t[j].w == "you" and self.w(j - 1) in ("can", "could", "would", "will"):
                j -= 2  # "Can you rank …"
            elif self.t[j].w == "to" and self.w(j - 1) == "you" and self.w(j - 2) in ("want", "like", "need"):
                return True  # "I'd like you to sort …"
            else:
                break
        return j < 0 or self.t[j].punct

    def same_seg(self, i: int, j: int) -> bool:
        return 0 <= i < self.n and 0 <= j < self.n and self.t[i].seg == self.t[j].seg

    def sentence(self, i: int) -> list[int]:
        """Indices of the tokens in i's sentence."""
        return self._sentences[self.t[i].sent]

    def seg_end(self, i: int) -> int:
        """Index after the last token of i's segment."""
        s = self.t[i].seg
        j = i
        while j < self.n and self.t[j].seg == s and not (self.t[j].punct and j > i):
            j += 1
        return j

    def seg_rest(self, i: int) -> list[int]:
        """Word indices after i in the same segment."""
        return [k for k in range(i + 1, self.seg_end(i)) if not self.t[k].punct]

    def capitalised(self, i: int) -> bool:
        o = self.t[i].orig
        return bool(o) and o[0].isupper() and not self.shouting

    def is_numberish(self, i: int) -> bool:
        if not (0 <= i < self.n):
            return False
        w = self.t[i].w
        return any(ch.isdigit() for ch in w) or w == "#"

    def adverbial(self, i: int) -> bool:
        """'first'/'last' at i is an adverb (end of segment or before a function word), not an adjective."""
        nxt = i + 1
        if self.w(i - 1) in _DETS or self.w(i - 1) in ("and", "or"):
            return False  # "the first", "first and last reading"
        after = self.w(nxt + 1)
        if self.w(nxt) in ("and", "or") and (after in _ORDINALS or after in _DETS or _superlative(after) or
                                             after in ("most", "least")):
            return False  # "the first and most recent order dates"
        return self.punct(nxt) or self.w(nxt) in _FIRST_FOLLOW

    # ------------------------------------------------------------------ "by" complements
    def by_is_agent(self, j: int) -> bool:
        """The phrase starting at token j (just after "by"/"of") names a buyer, agent or channel."""
        n = self.n
        had_det = False
        while j < n and self.t[j].w in _QUOTES:
            j += 1
        while j < n and self.t[j].w in _DETS:
            had_det = True
            j += 1
        if j >= n or self.t[j].punct:
            return False
        w = self.t[j].w
        if w in _QUANT or self.is_numberish(j):
            return True
        if w in _CHANNEL:
            nxt = self.w(j + 1)
            return not (nxt in _KEY_NOUNS or nxt in _ATTRS)
        if self.capitalised(j) and w not in _KEY_NOUNS and w not in _KEY_ACRONYMS:
            nxt = j + 1
            if nxt < n and not self.t[nxt].punct and self.t[nxt].w in _KEY_NOUNS and not self.capitalised(nxt):
                return False  # "by ELO rating"
            return True
        for k in range(j, min(j + 3, n)):
            if self.t[k].punct:
                break
            wk = self.t[k].w
            if wk in _AGENTS:
                nxt = k + 1
                nw = self.w(nxt)
                if nw == "'s" or nw in _ATTRS:
                    return False
                if self.is_numberish(nxt) or (nxt < n and not self.t[nxt].punct and self.capitalised(nxt)):
                    return True
                plural = wk.endswith("s") and wk not in ("press", "business", "us")
                if plural or had_det or wk in ("them", "him", "her", "me", "us", "you", "they", "someone",
                                               "anyone", "somebody", "anybody", "everyone", "people", "staff"):
                    return True
                return False
            if wk in _KEY_NOUNS or wk in _ATTRS:
                return False
        return False

    # ------------------------------------------------------------------ superlative phrases
    def sup_before(self, i: int, window: int = 4) -> Optional[int]:
        """Index of a superlative/comparative within `window` words before i, same segment, no barrier."""
        k = i - 1
        steps = 0
        while k >= 0 and steps <= window and not self.t[k].punct and self.same_seg(k, i):
            w = self.t[k].w
            if _superlative(w) or w in _COMPARATIVES or w == "top":
                return k
            if w in ("to", "that", "who", "which", "was", "were", "did", "does", "has", "have", "had"):
                return None
            k -= 1
            steps += 1
        return None

    def verb_before_sup(self, k: int) -> bool:
        """'placed the largest order first': a verb before "the <superlative>" makes 'first' a time adverb."""
        j = k - 1
        if self.w(j) in ("most", "least"):
            j -= 1
        if self.w(j) != "the":
            return False
        v = self.w(j - 1)
        if v in _PAST_VERBS:
            return True
        return v.endswith("ed") and v not in _ED_OK


def _scale_at(tx: _Text, i: int) -> Optional[tuple[int, Optional[str], int, str]]:
    """Parse an ordering word at i -> (end index, scale, polarity, key word)."""
    w = tx.w(i)
    if not w or tx.punct(i):
        return None
    if w in ("most", "least", "fewest") and not tx.punct(i + 1):
        nxt = tx.w(i + 1)
        pol = 1 if w == "most" else -1
        if nxt in _SCALES and nxt not in ("most", "least"):
            sc = _SCALES[nxt][0]
            # "most expensive" keeps the magnitude scale; "most recent" is time
            return i + 2, sc if sc != "mag" else "mag", pol if sc == "mag" else _SCALES[nxt][1], w + " " + nxt
        if nxt.endswith(("ly", "ed", "ive", "ous", "ful", "ent", "ant", "ar", "al", "ic", "ble")):
            return i + 2, "mag", pol, w + " " + nxt
        return i + 1, "mag", pol, w
    if w in ("a", "z"):
        return i + 1, "alpha", -1 if w == "a" else 1, w
    if w in _GEO:
        return i + 1, _GEO[w][0], _GEO[w][1], w
    head = w.split("-", 1)[0]
    if head in _SCALES:
        sc, pol = _SCALES[head]
        return i + 1, sc, pol, head
    if _superlative(w):
        return i + 1, None, 0, head
    return None


# --------------------------------------------------------------------------- rules

class _Result:
    def __init__(self) -> None:
        self.pos: list[str] = []
        self.neg: list[tuple[int, str]] = []   # (token index, rule)
        self.neutral: set[int] = set()          # token indices whose cue is neutralised


def _negated(tx: _Text, i: int) -> bool:
    """A negator shortly before token i in the same segment ("no need to sort", "do not use ORDER BY")."""
    k = i - 1
    while k >= 0 and tx.same_seg(k, i) and not tx.t[k].punct:
        w = tx.t[k].w
        if w in _NEGATORS:
            return True
        if w not in _NEG_FILLER:
            return False
        k -= 1
    return False


def _tie_sentence(tx: _Text, i: int) -> bool:
    return any(tx.t[k].w in _TIE_WORDS for k in tx.sentence(i))


def _tie_segment(tx: _Text, i: int) -> bool:
    s = tx.t[i].seg
    return any(t.w in ("tie", "ties", "tied", "tying", "tiebreak", "tie-break", "tiebreaker", "tie-breaker")
               for t in tx.t if t.seg == s)


def _yes_no_question(tx: _Text, i: int) -> bool:
    """i's sentence is a yes/no question about the data ("Is the list in alphabetical order?")."""
    sent = tx.sentence(i)
    words = [tx.t[k].w for k in sent if not tx.t[k].punct]
    if not words or words[0] not in _YES_NO_AUX:
        return False
    if words[1:3] == ["it", "possible"] or words[1:2] == ["you"]:
        return False  # "Is it possible to …", "Do you have …" are requests
    return tx.t[sent[-1]].w == "?" or sent[-1] == tx.n - 1


def _cue(tx: _Text, res: _Result, i: int, rule: str, *, tie_neutral: bool = False) -> None:
    """Record a positive cue at token i, unless negated (then it is an explicit 'no order')."""
    if _yes_no_question(tx, i):
        return
    if _negated(tx, i):
        res.neg.append((i, "negated " + rule))
        return
    if tie_neutral and _tie_segment(tx, i):
        return
    res.pos.append(rule)
