"""A small publication served by real gunicorn workers, shared by the multi-process page-cache tests."""

import json
import time

SEED = """
import json
from tests import factories
home = factories.make_home()
section = factories.make_section(home, "Opinion")
author = factories.make_author("Leyla Hasanova", slug="leyla-hasanova")
made = {}
for key, title in (("edited", "Ferries at dawn"), ("dropped", "Caviar quotas"), ("hidden", "Board minutes")):
    made[key] = factories.make_article(section, title=title, authors=[author], tags=["ports"]).pk
from articles.models import ArticlePage
print(json.dumps({key: [pk, ArticlePage.objects.get(pk=pk).url] for key, pk in made.items()}))
"""

RENAME = """
import time
from articles.models import ArticlePage
page = ArticlePage.objects.get(pk={pk})
page.title = "Ferries at dusk"
page.save_revision().publish()
print(time.time())
"""
UNPUBLISH = """
import time
from articles.models import ArticlePage
ArticlePage.objects.get(pk={pk}).unpublish()
print(time.time())
"""
PRIVATISE = """
import time
from articles.models import ArticlePage
from tests import factories
factories.make_private(ArticlePage.objects.get(pk={pk}))
print(time.time())
"""

LISTINGS = ("/", "/opinion/", "/tags/ports/", "/authors/leyla-hasanova/")


def seed(site):
    return {key: tuple(value) for key, value in json.loads(site.prepare(SEED)).items()}


def change(site, script, pk):
    """Run an editor's change in another process; returns the time it was committed."""
    return float(site.shell(script.format(pk=pk)))


def seconds_until(condition, since, timeout=30, pause=0.1):
    """How long after `since` the condition first held (polling); fails after `timeout`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return time.time() - since
        time.sleep(pause)
    raise AssertionError(f"not within {timeout} s")
