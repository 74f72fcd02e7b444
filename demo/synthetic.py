"""Plausible synthetic op-eds for benchmarks: varied vocabulary, deterministic for a given seed."""

import random

PLACES = [
    "Baku",
    "Tbilisi",
    "Yerevan",
    "Aktau",
    "Turkmenbashi",
    "Ganja",
    "Batumi",
    "Poti",
    "Astrakhan",
    "Tehran",
    "Ankara",
    "Kars",
    "Nakhchivan",
    "Shusha",
    "Sumgait",
    "Lankaran",
    "Almaty",
    "Tashkent",
    "Samarkand",
    "Kutaisi",
]
TOPICS = {
    "energy": [
        "gas",
        "pipeline",
        "grid",
        "offshore wind",
        "solar farm",
        "hydrogen",
        "refinery",
        "tariff",
        "interconnector",
        "storage",
        "export terminal",
        "power market",
        "emissions",
        "methane",
    ],
    "transport": [
        "corridor",
        "railway",
        "ferry",
        "port",
        "container",
        "freight",
        "customs",
        "metro",
        "bus lane",
        "airport",
        "border crossing",
        "logistics",
        "timetable",
        "dry port",
    ],
    "politics": [
        "parliament",
        "election",
        "ministry",
        "treaty",
        "negotiation",
        "coalition",
        "municipality",
        "constitution",
        "summit",
        "border commission",
        "ombudsman",
        "budget",
    ],
    "culture": [
        "festival",
        "novel",
        "museum",
        "carpet",
        "mugham",
        "cinema",
        "theatre",
        "archive",
        "poetry",
        "heritage site",
        "orchestra",
        "translation",
    ],
    "analysis": [
        "inflation",
        "exchange rate",
        "trade balance",
        "remittances",
        "census",
        "labour market",
        "productivity",
        "statistics",
        "investment",
        "supply chain",
        "water",
        "drought",
    ],
    "opinion": [
        "trust",
        "reform",
        "accountability",
        "public debate",
        "transparency",
        "youth",
        "education",
        "press freedom",
        "civil service",
        "regional cooperation",
        "patience",
        "compromise",
    ],
}
VERBS = [
    "needs",
    "deserves",
    "depends on",
    "is reshaping",
    "cannot ignore",
    "is quietly changing",
    "tests",
    "rewards",
    "complicates",
    "clarifies",
]
OPENERS = [
    "For years the debate about {a} in {p} has been framed as a choice between speed and caution.",
    "Anyone who has spent a week in {p} knows that {a} is rarely discussed in public.",
    "The latest figures on {a} tell a more complicated story than the official summary suggests.",
    "Officials in {p} like to describe {a} as a settled question, but it is nothing of the kind.",
    "There is a quiet consensus forming around {a}, and it deserves closer scrutiny.",
]
SENTENCES = [
    "The case for {a} rests on evidence that has been available for some time.",
    "What {p} lacks is not ambition but a patient plan for {a} and {b}.",
    "Critics argue that {b} will absorb the money long before {a} shows results.",
    "A decade ago the same argument was made about {b}, and the outcome was mixed.",
    "The numbers from {p} suggest that {a} improves when {b} is measured honestly.",
    "Neighbouring governments are watching how {p} handles {a}, and drawing their own lessons.",
    "No single ministry owns {a}, which is precisely why progress on {b} has stalled.",
    "Local engineers in {p} point out that {b} is the bottleneck nobody budgets for.",
    "It would be a mistake to treat {a} as a purely technical matter.",
    "The public has shown more patience with {b} than the commentary gives it credit for.",
    "International lenders now ask about {a} before they ask about {b}.",
    "Reform of {a} will need cooperation from {p} and from its partners across the Caspian.",
    "Small, verifiable steps on {b} would do more than another grand announcement.",
    "The honest answer is that {a} {v} {b}, and that the trade-off should be argued in the open.",
]
TITLES = [
    "{A} in {p} {v} {b}",
    "Why {a} matters more than {b} in {p}",
    "{p} and the long road to {a}",
    "What {a} reveals about {b}",
    "The hidden cost of {a} in {p}",
    "A better deal on {a} for {p}",
]


def _pick(rng, section):
    words = TOPICS[section]
    a, b = rng.sample(words, 2)
    return {"a": a, "b": b, "A": a[:1].upper() + a[1:], "p": rng.choice(PLACES), "v": rng.choice(VERBS)}


def synthetic_article(rng: random.Random, section: str):
    """Title, standfirst, tags and paragraphs of one plausible article in the given section."""
    words = _pick(rng, section)
    title = rng.choice(TITLES).format(**words)
    standfirst = rng.choice(OPENERS).format(**words)
    paragraphs = []
    for _ in range(rng.randint(6, 9)):
        sentences = [
            rng.choice(SENTENCES).format(**_pick(rng, rng.choice([section, section, "opinion"])))
            for _ in range(rng.randint(4, 6))
        ]
        paragraphs.append(" ".join(sentences))
    tags = rng.sample(TOPICS[section], rng.randint(0, 3))
    return {"title": title, "standfirst": standfirst, "paragraphs": paragraphs, "tags": tags}
