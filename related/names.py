"""Names of the beat written more than one way, read as one term by related posts.

An acronym and its long form ("CSTO", "Collective Security Treaty Organization") must meet, or two
articles on the same alliance look unrelated. The text is matched case-insensitively after folding
accents; each long form (or variant spelling) becomes the term on its left. An article that spells out
an acronym of its own in brackets, "Trans-Caspian International Transport Route (TITR)", teaches the
same to itself (see `vectors.acronyms_defined`).
"""

import re

ALIASES = {
    "csto": ["collective security treaty organization", "collective security treaty organisation"],
    "eu": ["european union"],
    "nato": [
        "north atlantic treaty organization",
        "north atlantic treaty organisation",
        "north atlantic alliance",
    ],
    "osce": [
        "organization for security and co-operation in europe",
        "organisation for security and cooperation in europe",
    ],
    "odihr": ["office for democratic institutions and human rights"],
    "un": ["united nations"],
    "eaeu": ["eurasian economic union"],
    "cis": ["commonwealth of independent states"],
    "sco": ["shanghai cooperation organisation", "shanghai cooperation organization"],
    "ots": ["organization of turkic states", "organisation of turkic states"],
    "sgc": ["southern gas corridor"],
    "tanap": ["trans-anatolian pipeline", "trans anatolian pipeline", "trans-anatolian natural gas pipeline"],
    "tap": ["trans adriatic pipeline", "trans-adriatic pipeline"],
    "titr": ["trans-caspian international transport route", "middle corridor"],
    "instc": [
        "international north-south transport corridor",
        "north-south transport corridor",
        "north-south corridor",
    ],
    "btk": ["baku-tbilisi-kars", "baku tbilisi kars"],
    "btc": ["baku-tbilisi-ceyhan", "baku tbilisi ceyhan"],
    "tripp": ["trump route for international peace and prosperity"],
    "karabakh": ["nagorno-karabakh", "nagorno karabakh", "karabagh", "artsakh"],
    "zangezur": ["zangazur", "zangezour"],
    "pashinyan": ["pashinian"],
    "rsf": ["reporters without borders", "reporters sans frontieres"],
    "cpj": ["committee to protect journalists"],
    "imf": ["international monetary fund"],
    "lng": ["liquefied natural gas"],
}

_LONG_FORMS = sorted(
    ((form, short) for short, forms in ALIASES.items() for form in forms), key=lambda item: -len(item[0])
)
_PATTERN = re.compile(r"\b(" + "|".join(re.escape(form) for form, _ in _LONG_FORMS) + r")\b", re.IGNORECASE)
_SHORT = {form: short for form, short in _LONG_FORMS}


def with_aliases(text):
    """`text` with every known long form replaced by its acronym, written as one (upper-case) word."""
    return _PATTERN.sub(lambda match: _SHORT[match.group(0).casefold()].upper(), text)
