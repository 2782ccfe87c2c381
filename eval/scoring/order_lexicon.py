"""The English word tables of eval/scoring/order_intent.py: scales (word -> scale and polarity),
comparatives and superlatives, and the word lists the rules look words up in.

Pure data (and ``_superlative``).  Names keep their leading underscore: they are private to the
``order_*`` modules, which import them by name.
"""
from __future__ import annotations

import re


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
_ORDER_HEADS = ("order", "sequence")
_ORDINALS = _words("first second third fourth fifth sixth seventh eighth ninth tenth last next top bottom")
_ORDINAL_RE = re.compile(r"#\d+|\d+(?:st|nd|rd|th)")
