from .urls_feeds import urlpatterns as feed_patterns

app_name = "syndication"
urlpatterns = [*feed_patterns]
