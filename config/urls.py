from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    # Ahead of Wagtail's admin: its password reset form, limited per client and address (accounts).
    path("admin/password_reset/", include("accounts.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("newsletter/editions/", include("editions.urls")),
    path("newsletter/", include("newsletter.urls")),
    path("", include("operations.urls")),
    path("", include("popularity.urls")),
    path("", include("syndication.robots_urls")),  # one robots.txt for every language
]

if settings.DEBUG or getattr(settings, "SERVE_MEDIA", False):
    from django.urls import re_path
    from django.views.static import serve

    media_prefix = settings.MEDIA_URL.strip("/")
    urlpatterns += [re_path(rf"^{media_prefix}/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})]

# English at the root, other content languages under their prefix (/az/, /ru/): search, authors' and
# tags' pages, feeds and sitemaps of each language, then the pages. An unknown prefix (/fr/) is a 404.
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path("", include("articles.urls")),
    path("", include("syndication.urls")),  # feeds and sitemaps
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
handler500 = "core.errors.server_error"
