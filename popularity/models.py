"""Per-day view totals; written in batches by counters.py, never once per view."""

from django.db import models


class ArticleDailyViews(models.Model):
    # The history outlives the article: deleting a page keeps its rows under its id (no database
    # constraint, nothing cascades; Wagtail's own log entries point at pages the same way), so totals
    # stay true and the report names the deleted article. Lists join live pages and so skip them.
    article = models.ForeignKey(
        "articles.ArticlePage",
        on_delete=models.DO_NOTHING,
        db_constraint=False,
        related_name="daily_views",
    )
    day = models.DateField()
    views = models.PositiveIntegerField(default=0)

    class Meta:
        # The table predates the popularity app (it lived in `articles`); it keeps its name and rows.
        db_table = "articles_articledailyviews"
        verbose_name_plural = "article daily views"
        constraints = [models.UniqueConstraint(fields=["article", "day"], name="unique_article_day_views")]
        indexes = [models.Index(fields=["day", "article"], name="daily_views_day")]

    def __str__(self):
        return f"{self.article_id} on {self.day}: {self.views}"
