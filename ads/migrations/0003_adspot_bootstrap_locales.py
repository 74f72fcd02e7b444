"""Give every existing ad spot the default language's locale and a translation key of its own (the
documented second step of making a model translatable; the next migration makes both required)."""

from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [
        ("ads", "0002_adspot_bootstrap_translatable"),
        ("core", "0002_content_locales"),
    ]

    operations = [BootstrapTranslatableModel("ads.AdSpot")]
