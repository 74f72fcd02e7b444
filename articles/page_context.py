"""What other apps add to an article page (related posts, ad slots) without articles importing them.

An app registers a contributor in its AppConfig.ready(); the article page calls every contributor, in
the order of INSTALLED_APPS, with the context built so far. A contributor returns the keys it adds.
A contributor that shows articles adds their ids to `shown_article_ids`, so nothing the page shows
appears twice (more from the author comes last and skips them). A contributor may keep what it builds
under the visibility generation (articles.generation.cached), except for an editor's preview.
"""

_contributors = []


def contributes_to_article_page(contributor):
    """Register `contributor(page, request, context) -> dict` (idempotent; usable as a decorator)."""
    if contributor not in _contributors:
        _contributors.append(contributor)
    return contributor


def add_contributions(page, request, context):
    for contributor in _contributors:
        context.update(contributor(page, request, context))
    return context
