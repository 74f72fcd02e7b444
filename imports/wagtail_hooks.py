"""`/?p=123`, WordPress's plain permalink, asks for the home page, which exists: Wagtail's redirect
middleware only looks at addresses that are not found, so the redirect is followed here."""

from django.http import HttpResponsePermanentRedirect
from wagtail import hooks
from wagtail.contrib.redirects.middleware import get_redirect
from wagtail.contrib.redirects.models import Redirect

WORDPRESS_QUERIES = {"p", "page_id", "cat", "tag", "author"}


@hooks.register("before_serve_page")
def follow_wordpress_query_links(page, request, serve_args, serve_kwargs):
    if page.depth != 2 or not WORDPRESS_QUERIES & set(request.GET):
        return None
    redirect = get_redirect(request, Redirect.normalise_path(request.get_full_path(), decode_unicode=False))
    if redirect is None or redirect.link is None:
        return None
    return HttpResponsePermanentRedirect(redirect.link)
