from django.urls import path, re_path

from . import views

urlpatterns = [
    path("sitemap.xml", views.index, name="sitemap"),
    path("sitemap-pages.xml", views.pages, name="sitemap-pages"),
    re_path(
        r"^sitemap-articles-(?P<year>\d{4})-(?P<month>\d{2})\.xml$", views.articles, name="sitemap-articles"
    ),
    path("news-sitemap.xml", views.news_sitemap, name="news-sitemap"),
]
