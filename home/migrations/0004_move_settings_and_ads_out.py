"""The publication settings move to `core` and ad spots to `ads`; their tables and rows stay as they are."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_ad_spots_and_related_count_limit"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="AdSpot"),
                migrations.DeleteModel(name="PublicationSettings"),
            ]
        ),
    ]
