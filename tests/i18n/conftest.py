import pytest

from tests import factories


@pytest.fixture
def bilingual(home, section, author):
    """An English article with its Russian and Azerbaijani translations (home and section translated too)."""
    article = factories.make_article(section, title="Ports of the Caspian", authors=[author])
    return {
        "en": article,
        "ru": factories.translate(article, "ru", title="Порты Каспия", slug="porty-kaspiya"),
        "az": factories.translate(article, "az", title="Xəzərin limanları", slug="xezerin-limanlari"),
    }
