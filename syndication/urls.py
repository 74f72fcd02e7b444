from .urls_sitemaps import urlpatterns as sitemap_patterns

app_name = "syndication"
urlpatterns = [*sitemap_patterns]
