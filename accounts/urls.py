"""Mounted at /admin/password_reset/ ahead of Wagtail's admin URLs (config/urls.py), so the limited
form answers there; the rest of the reset flow (done, confirm, complete) stays Wagtail's."""

from django.urls import path

from .password_reset import LimitedPasswordResetView

urlpatterns = [path("", LimitedPasswordResetView.as_view(), name="accounts_password_reset")]
