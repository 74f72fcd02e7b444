"""A Locale row for each content language in settings, so editors can translate into it at once.

Wagtail creates only the default language's Locale; without the others wagtail-localize offers no
language to translate into. Languages added to settings later are added in the admin (Settings >
Locales); reversing leaves the rows, since pages may already use them.
"""

from django.conf import settings
from django.db import migrations


def add_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("wagtailcore", "0054_initial_locale"),
    ]

    operations = [migrations.RunPython(add_locales, migrations.RunPython.noop)]
