"""robots.txt: one for the whole site, at the root whatever the language (it names every language's
sitemaps), so it stays outside the language prefixes."""

from django.urls import path

from . import views

urlpatterns = [path("robots.txt", views.robots, name="robots")]
