"""Stored related-posts rankings and the small term index they are computed from (see ranking.py).

The tables predate the related app (they lived in `articles`) and keep their names and rows.
"""

from django.db import models


class RelatedArticle(models.Model):
    """One entry of an article's ranked related list, written on publish and read at render time."""

    article = models.ForeignKey(
        "articles.ArticlePage", on_delete=models.CASCADE, related_name="related_links"
    )
    related = models.ForeignKey("articles.ArticlePage", on_delete=models.CASCADE, related_name="+")
    rank = models.PositiveSmallIntegerField()
    score = models.FloatField()

    class Meta:
        db_table = "articles_relatedarticle"
        ordering = ["article", "rank"]
        constraints = [models.UniqueConstraint(fields=["article", "related"], name="unique_related_article")]
        indexes = [models.Index(fields=["article", "rank"], name="related_article_rank")]

    def __str__(self):
        return f"{self.article_id} -> {self.related_id} (#{self.rank})"


class ArticleTerm(models.Model):
    """An inverted-index entry: one of an article's most distinctive terms and its TF-IDF weight."""

    article = models.ForeignKey("articles.ArticlePage", on_delete=models.CASCADE, related_name="+")
    term = models.CharField(max_length=40)
    weight = models.FloatField()

    class Meta:
        db_table = "articles_articleterm"
        constraints = [models.UniqueConstraint(fields=["term", "article"], name="unique_article_term")]
        indexes = [models.Index(fields=["article"], name="article_term_article")]

    def __str__(self):
        return f"{self.term}: {self.weight:.3f}"


class TermFrequency(models.Model):
    """How many indexed articles contain a term; the row with an empty term holds the article count."""

    term = models.CharField(max_length=40, unique=True)
    documents = models.PositiveIntegerField(default=0)

    class Meta:
        db_table = "articles_termfrequency"

    def __str__(self):
        return f"{self.term or '(articles)'}: {self.documents}"
