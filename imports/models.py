"""What an import made, keyed on WordPress ids, so a second run updates instead of duplicating."""

from django.db import models


class ImportedPost(models.Model):
    """A WordPress post and the article it became; `digest` tells a changed post from an unchanged one."""

    wp_id = models.PositiveBigIntegerField(unique=True)
    page = models.ForeignKey("articles.ArticlePage", null=True, on_delete=models.SET_NULL, related_name="+")
    digest = models.CharField(max_length=64)
    # The day the post's WordPress view count was written to the popularity history (one row, updated
    # on a re-run rather than added to).
    views_day = models.DateField(null=True, blank=True)
    imported_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"WordPress post {self.wp_id}"


class ImportedImage(models.Model):
    """A file of wp-content/uploads and the Wagtail image made from it."""

    path = models.CharField(max_length=500, unique=True)
    image = models.ForeignKey("wagtailimages.Image", on_delete=models.CASCADE, related_name="+")

    def __str__(self):
        return self.path
