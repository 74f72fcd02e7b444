import pytest
from wagtail.models import Locale

from tests import factories


@pytest.fixture
def op_ed(section, author):
    """An English op-ed with a published Russian translation and an Azerbaijani one still in draft
    (the Azerbaijani home page and section are published)."""
    article = factories.make_article(section, title="Ferries at dawn", authors=[author], tags=["ports"])
    factories.translate(
        article, "ru", title="Паромы на рассвете", slug="paromy-na-rassvete", standfirst="О паромах Каспия."
    )
    factories.translate(section, "az", title="Rəy", slug="rey")
    factories.translate(article, "az", title="Səhər bərələri", slug="seher-bereleri", publish=False)
    return article


def version(page, language):
    return page.get_translation(Locale.objects.get(language_code=language)).specific


@pytest.fixture
def russian(op_ed):
    return version(op_ed, "ru")


@pytest.fixture
def azerbaijani(op_ed):
    return version(op_ed, "az")
