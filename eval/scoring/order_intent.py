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
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Optional

__all__ = ["asks_for_order"]

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


# --------------------------------------------------------------------------- lexicon

def _words(s: str) -> frozenset:
    return frozenset(s.split())


# Scale lexicon: word -> (scale, polarity).  "mag" magnitudes, "time" recency, "dist", "alpha".
_SCALES: dict[str, tuple[str, int]] = {}
for _w in ("highest largest biggest greatest most max maximum top heaviest longest tallest richest busiest "
           "strongest hottest warmest fastest best priciest dearest costliest deepest widest fullest loudest "
           "brightest high large big great higher larger bigger greater more heavier longer taller better "
           "expensive costly strong hot warm fast busy rich deep wide full many severe severest").split():
    _SCALES[_w] = ("mag", 1)
for _w in ("lowest smallest least fewest min minimum bottom lightest shortest poorest quietest weakest coldest "
           "coolest slowest worst cheapest shallowest narrowest emptiest low small lower smaller less fewer "
           "lighter shorter worse cheaper cheap weak cold cool slow quiet poor shallow narrow empty few little").split():
    _SCALES[_w] = ("mag", -1)
for _w in "newest latest youngest last recent new newer later late young younger".split():
    _SCALES[_w] = ("time", 1)
for _w in "oldest earliest first old older earlier early soonest sooner".split():
    _SCALES[_w] = ("time", -1)
_GEO = {"north": ("ns", 1), "northernmost": ("ns", 1), "south": ("ns", -1), "southernmost": ("ns", -1),
        "east": ("ew", 1), "easternmost": ("ew", 1), "west": ("ew", -1), "westernmost": ("ew", -1),
        "left": ("lr", -1), "right": ("lr", 1)}
for _w in "farthest furthest far farther further".split():
    _SCALES[_w] = ("dist", 1)
for _w in "nearest closest near close nearer closer".split():
    _SCALES[_w] = ("dist", -1)

_COMPARATIVES = _words("higher lower larger smaller bigger greater more fewer less newer older earlier later "
                       "cheaper dearer longer shorter heavier lighter faster slower younger better worse "
                       "sooner nearer closer farther further")
_NOT_SUPERLATIVE = _words(
    "interest test forest request guest west rest contest harvest honest modest protest digest suggest invest "
    "manifest arrest chest nest quest pest vest crest priest conquest inquest behest midwest southwest northwest "
    "everest budapest bucharest attest detest infest unrest tempest earnest zest lest jest wrest fest pretest "
    "retest")
_POSITIVE_DEGREE = _words("high low large small big old new early late cheap expensive short long fast slow "
                          "heavy light young near far close great strong weak busy quiet rich poor")


def _superlative(w: str) -> bool:
    """A superlative (-est or lexicon) or "top"; hyphenated compounds use their first part."""
    head = w.split("-", 1)[0]
    if head in ("first", "last"):
        return False
    if head in _SCALES and _SCALES[head][0] != "alpha" and head not in _POSITIVE_DEGREE and head not in _COMPARATIVES:
        return True
    return len(head) >= 5 and head.endswith("est") and head not in _NOT_SUPERLATIVE


# --------------------------------------------------------------------------- word lists

_CLAUSE_LEAD = _words("and then please also so finally kindly just simply now next or but")
_DESCRIPTIVE_AUX = _words("was were been got gets get being")
_NEGATORS = _words("not no never without nor neither")
_NEG_FILLER = _words("to be been need needs needed necessarily required necessary have has had the any do does did "
                     "should must can could will would is are was were it them they further particularly strictly "
                     "really bother in a an specific particular way use using apply add any also them")
_TIE_WORDS = _words("tie ties tied tying tie-break tie-breaker tie-breaks tiebreak tiebreaker equal same identical "
                    "otherwise within among between duplicate duplicates")
_WH = _words("which who whom whose what when where whether how that")
_LIST_VERBS = _words("list lists listed listing show shows display give return output print present provide report put "
                     "place name enumerate arrange sort order rank keep produce fetch retrieve read")
_PLACE_VERBS = _words("put place move keep sort order rank arrange show list display present return give")
_PRONOUN_OBJ = _words("them these those it everything all ones")
_DETS = _words("the their its his her a an our your my")
_QUANT = _words("each every any no some several many more fewer less at all both one two three four five six seven "
                "eight nine ten multiple various numerous other")
_CHANNEL = _words("phone telephone mail email e-mail post fax app web website internet online catalogue catalog card "
                  "cheque check cash credit invoice subscription hand machine machines robot robots staff volunteers "
                  "courier mistake accident default")
_AGENTS = _words(
    "customer customers client clients buyer buyers purchaser purchasers member members patron patrons shopper "
    "shoppers user users consumer consumers household households guest guests patient patients doctor doctors "
    "physician physicians clinician clinicians nurse nurses surgeon surgeons consultant consultants specialist "
    "specialists gp gps department departments dept ward wards clinic clinics hospital hospitals practice practices "
    "team teams store stores shop shops branch branches outlet outlets restaurant restaurants cafe cafes café cafés "
    "company companies firm firms business businesses retailer retailers wholesaler wholesalers distributor "
    "distributors dealer dealers supplier suppliers vendor vendors school schools teacher teachers student students "
    "employee employees manager managers agent agents agency agencies office offices table tables person people "
    "someone anyone somebody anybody everyone them him her me us you they coach coaches voter voters critic critics "
    "judge judges panel panels committee committees fans analyst analysts press media journalist journalists "
    "government council authority authorities ministry army navy lab labs laboratory laboratories unit units "
    "parent parents buyer reseller resellers partner partners contractor contractors site sites")
_ATTRS = _words("name names surname surnames id ids number numbers no code codes date dates age ages city cities "
                "country countries region regions type types segment segments category categories tier tiers total "
                "totals spend count counts score scores rating ratings level levels rank ranks size email zip "
                "postcode postcodes status class group groups price prices value values cost costs budget revenue "
                "balance since signup join tenure seniority address birthday title")
_KEY_ACRONYMS = _words("id ids sku skus ean isbn gpa kda elo mrn dob eta etd nps roi kpi ytd gdp bmi pk uuid")
_KEY_NOUNS = _words(
    "date dates time times timestamp name names surname surnames title titles age size price prices cost costs value "
    "values amount amounts id ids number code codes rank ranking score scores year years month months day days week "
    "salary salaries priority length weight distance duration capacity rating ratings points grade grades level "
    "seniority population height elevation altitude frequency start end arrival departure due creation signup hire "
    "birth expiry deadline alphabet revenue sales spend turnover profit count balance tonnage volume speed "
    "enrollment enrolment attendance popularity order sequence")
# "list the depots by code" identifies the rows; it does not sort them
_IDENTITY_KEYS = _words("code codes id ids name names number title titles")
_AGGREGATE = _words("number count total totals average sum how many per each share percentage proportion mean "
                    "median fraction ratio every")
_ORDER_MODS = _words(
    "alphabetical alphabetic chronological reverse reversed ascending descending increasing decreasing numerical "
    "numeric lexicographic lexicographical sequential sorted ranked natural logical date time calendar rank size age "
    "price name priority seniority grade level arrival departure appearance occurrence route stop visit batting "
    "starting finishing finish draft dictionary alpha index serial shelf month year week day id number original "
    "usual correct right proper default opposite a-z z-a sort")
_PURCHASE_MODS = _words(
    "working good bad purchase work mail money postal sales back bulk repeat rush online pending open cancelled "
    "canceled placed customer express test lab medication gag executive court restraining standing holy religious "
    "monastic social world first last latest next previous largest biggest smallest recent single separate new "
    "current initial most minimum average typical entire whole big small large huge confirmed delivered returned "
    "shipped unpaid paid trial sample same following")
_ORDER_FOLLOW = _words("of by from then and with so please for starting beginning as too but in within per when if "
                       "according ascending descending again first unless except while otherwise")
_THE_ORDER_FOLLOW = _words("they it we you that in the these those its their of as each he she items rows entries "
                           "received recorded entered submitted filed visited arrived")
_COLUMN_FOLLOW = _words("listed given shown above below stated specified")
_FIRST_FOLLOW = _words("and then followed with breaking break ties tie if when for in within among per please or but "
                       "by after before so down up unless except where while otherwise is are")
_PAST_VERBS = _words(
    "drove ran won got made had did came went took sold bought hit set broke became began saw rode flew swam wrote "
    "paid spent sent built caught brought found held led left lost met shot threw wore reach reached score scored "
    "achieve achieved attain attained post posted record recorded log logged cross crossed finish finished complete "
    "completed was were is are has have get win")
_ED_OK = _words("sorted ordered ranked listed arranged grouped followed priced rated")
_NULLISH = _words("null nulls missing blank empty unknown none unrated unpriced")
_CHANGE_WORDS = _words("difference differences gap distance change changed changes rise rose risen fall fell drop "
                       "dropped increase increased decrease decreased went go goes going gone moved move moves climb "
                       "climbed jump jumped gain spread range ratio between travel travelled traveled promoted "
                       "improved grew grow shrank shift shifted swing swung take takes took journey ride drive walk "
                       "led lead leads stayed remained")
_FACILITY = _words("facility facilities centre center centres centers hub hubs office offices line lines machine "
                   "machines plant plants depot depots station stations area areas belt belts shift shifts team teams "
                   "staff operation operations capacity equipment code codes site sites room rooms")
_YES_NO_AUX = _words("is are was were do does did has have")
_VERB_OBJECT_DETS = _words("the their its our your my all every these those each")
_LIST_NOUNS = _words("list results output report page screen table")
_RESULT_NOUNS = _words("results rows list output records lines entries")
_SORT_NOUN_HEADS = _words("rank order key keys position value index field column number sequence weight")
_SORTED_PLACE = _words("at into through via daily manually automatically per every hourly overnight weekly monthly")
_ANATOMY = _words("colon aorta artery arteries loop limb limbs tract tracts pathway pathways branch nerve nerves stairs "
                  "staircase slope trail node nodes part portion segment segments phase thoracic")
_NUMBER_WORDS = _words("one two three four five six seven eight nine ten eleven twelve fifteen twenty fifty hundred "
                       "dozen few")
_DIRECTION_FOLLOW = _words("order sequence by then and on nulls with for within please according so if when "
                           "unless sort ranking")
_DIRECTION_PREV = _words("by in sort sorted sorting order ordered ordering rank ranked ranking arrange arranged "
                         "list listed")
_IRRELEVANT = _words("irrelevant unimportant immaterial optional arbitrary inconsequential")
_RELEVANT = _words("matter matters mattering important relevant required needed necessary significant")


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


_ORDER_HEADS = ("order", "sequence")
_ORDINALS = _words("first second third fourth fifth sixth seventh eighth ninth tenth last next top bottom")
_ORDINAL_RE = re.compile(r"#\d+|\d+(?:st|nd|rd|th)")


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
