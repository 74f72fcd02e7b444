"""Give every existing author the default language's locale and a translation key of its own (the
documented second step of making a model translatable; the next migration makes both required)."""

from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0007_author_bootstrap_translatable"),
        ("core", "0002_content_locales"),
    ]

    operations = [BootstrapTranslatableModel("articles.Author")]
