"""Content Security Policy: strict for readers, relaxed only where Wagtail's admin needs it."""

from django.conf import settings
from django.middleware.csp import ContentSecurityPolicyMiddleware


class SiteContentSecurityPolicyMiddleware(ContentSecurityPolicyMiddleware):
    """Readers' pages get SECURE_CSP; the editors' admin gets SECURE_CSP_ADMIN.

    Wagtail's admin runs inline scripts and styles, which the readers' policy forbids; a view that
    sets its own policy (with Django's csp_override) keeps it.
    """

    def process_response(self, request, response):
        if request.path.startswith(settings.ADMIN_PATH_PREFIX) and not hasattr(response, "_csp_config"):
            response._csp_config = settings.SECURE_CSP_ADMIN
        return super().process_response(request, response)
