from .urls_feeds import urlpatterns as feed_patterns
from .urls_sitemaps import urlpatterns as sitemap_patterns

app_name = "syndication"
urlpatterns = [*feed_patterns, *sitemap_patterns]
