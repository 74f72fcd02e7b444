"""What the demo loader created, so a later run fills only what it never made."""

from django.db import models


class DemoItem(models.Model):
    """One section, author, article or translation the demo loader created (by slug), whatever became of
    it since. A translation's slug is "<language>:page:<English page's slug>", its translator's
    "author:<slug>".

    An editor who deletes or unpublishes a demo article has decided about it: the loader skips every
    slug recorded here, so the article is neither re-created nor re-published.
    """

    class Kind(models.TextChoices):
        SECTION = "section"
        AUTHOR = "author"
        ARTICLE = "article"
        TRANSLATION = "translation"

    kind = models.CharField(max_length=20, choices=Kind.choices)
    slug = models.CharField(max_length=255)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["kind", "slug"], name="unique_demo_item")]

    def __str__(self):
        return f"demo {self.kind} {self.slug}"
