"""Migration support for models that move between apps of this project with their tables.

Django keys content types (and so permissions and generic references) by app label; a model handed to
another app in the migration state would otherwise get a new content type and lose its permissions.
"""

from django.db import migrations


def content_types_follow(old_app, new_app, models):
    """A RunPython operation that relabels the moved models' content types from `old_app` to `new_app`."""

    def relabel(apps, schema_editor):
        ContentType = apps.get_model("contenttypes", "ContentType")
        for model in models:
            if not ContentType.objects.filter(app_label=new_app, model=model).exists():
                ContentType.objects.filter(app_label=old_app, model=model).update(app_label=new_app)

    return migrations.RunPython(relabel, migrations.RunPython.noop)
