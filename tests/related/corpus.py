"""A corpus with known topic groups for judging related posts: untagged, sections and authors at random.

Every article mixes a lot of shared newsroom vocabulary with some words of its own group and a few
words of another group, so only the text can tell the groups apart: no tags, and neither section nor
author nor date follows the group.
"""

import random

GROUPS = {
    "wind": "turbine seabed offshore megawatt blade monsoon gust anemometer nacelle foundation cable "
    "substation auction developer shoreline installation vessel capacity wind farm",
    "rail": "railway locomotive wagon gauge sleeper freight timetable signalling platform carriage "
    "junction depot track corridor container terminal shunting axle",
    "water": "reservoir irrigation drought aquifer canal riverbed rainfall pump farmer basin dam "
    "evaporation wetland groundwater meter leakage snowmelt",
    "health": "hospital clinic nurse vaccine patient surgeon pharmacy ambulance diagnosis ward "
    "epidemic doctor insurance prescription maternity therapy",
    "schools": "teacher classroom pupil curriculum textbook exam headmaster literacy kindergarten "
    "homework scholarship tuition lecture campus semester graduate",
    "elections": "ballot candidate polling campaign turnout voter constituency recount observer "
    "manifesto incumbent referendum precinct debate coalition mandate",
    "carpets": "carpet weaver loom wool dye motif knot workshop pattern tapestry spindle museum "
    "artisan heritage silk embroidery",
    "banking": "deposit loan interest lender mortgage borrower liquidity reserve currency inflation "
    "remittance collateral credit savings branch regulator",
}
_SHARED_TEXT = (
    "government region public plan policy people country minister officials report agency budget "
    "question future change local national city support system reform project cost decision "
    "report evidence argument problem solution pressure progress community leaders partners program "
    "review data figures analysis debate critics supporters promise responsibility capital market "
    "investment growth services standards rules law courts trust patience cooperation neighbours"
)
SHARED = _SHARED_TEXT.split()
_FILLER_TEXT = "the a of and to in that is for on with as by this it be are was will has more than"
FILLER = _FILLER_TEXT.split()
# Per word: the chance it comes from the article's own group, and from one other group.
OWN_SHARE = 0.10
OTHER_SHARE = 0.04


def words_of(group):
    return GROUPS[group].split()


def sentence(rng, own, other, length):
    """Mostly shared and filler words; about one word in eight from the group, a few from another."""
    words = []
    for _ in range(length):
        roll = rng.random()
        if roll < OWN_SHARE:
            words.append(rng.choice(own))
        elif roll < OWN_SHARE + OTHER_SHARE:
            words.append(rng.choice(other))
        elif roll < 0.62:
            words.append(rng.choice(SHARED))
        else:
            words.append(rng.choice(FILLER))
    return " ".join(words).capitalize() + "."


def topic_article(rng, group):
    own = words_of(group)
    other = words_of(rng.choice([g for g in GROUPS if g != group]))
    title = " ".join([rng.choice(own).capitalize(), rng.choice(SHARED), rng.choice(own), rng.choice(SHARED)])
    standfirst = sentence(rng, own, other, 22)
    paragraphs = [
        " ".join(sentence(rng, own, other, rng.randint(12, 20)) for _ in range(4)) for _ in range(5)
    ]
    return {"title": title, "standfirst": standfirst, "paragraphs": paragraphs}


def corpus(per_group=10, seed=20):
    """[(group, article data)] with the groups interleaved, as a newsroom would publish them."""
    rng = random.Random(seed)
    plan = [group for group in GROUPS for _ in range(per_group)]
    rng.shuffle(plan)
    return [(group, topic_article(rng, group)) for group in plan], rng


def group_quality(groups_by_id, related_by_id, top=4, enough=3):
    """Share of articles with at least `enough` of their top `top` related posts from their own group."""
    good = 0
    for article_id, group in groups_by_id.items():
        related = related_by_id.get(article_id, [])[:top]
        good += sum(groups_by_id.get(other) == group for other in related) >= enough
    return good / len(groups_by_id)
