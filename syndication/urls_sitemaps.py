from django.urls import path

from . import views

urlpatterns = [
    path("sitemap.xml", views.index, name="sitemap"),
    path("sitemap-<slug:section>.xml", views.section, name="sitemap-section"),
    path("news-sitemap.xml", views.news_sitemap, name="news-sitemap"),
    path("robots.txt", views.robots, name="robots"),
]
