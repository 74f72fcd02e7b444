"""Every feed is RSS 2.0 at its path and Atom 1.0 at the same path plus `atom/`."""

from django.urls import path
from django.views.generic import RedirectView

from . import feeds

urlpatterns = [
    path("feed/", feeds.SiteFeed(), name="site"),
    path("feed/atom/", feeds.SiteAtomFeed(), name="site_atom"),
    path("feeds/sections/<str:slug>/", feeds.SectionFeed(), name="section"),
    path("feeds/sections/<str:slug>/atom/", feeds.SectionAtomFeed(), name="section_atom"),
    path("feeds/authors/<slug:slug>/", feeds.AuthorFeed(), name="author"),
    path("feeds/authors/<slug:slug>/atom/", feeds.AuthorAtomFeed(), name="author_atom"),
    # Section (page) and tag slugs keep their letters in any script.
    path("feeds/tags/<str:slug>/", feeds.TagFeed(), name="tag"),
    path("feeds/tags/<str:slug>/atom/", feeds.TagAtomFeed(), name="tag_atom"),
    # The addresses feed readers try first.
    path("rss/", RedirectView.as_view(pattern_name="syndication:site", permanent=True)),
    path("atom.xml", RedirectView.as_view(pattern_name="syndication:site_atom", permanent=True)),
]
