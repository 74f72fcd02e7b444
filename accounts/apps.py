from django.apps import AppConfig


class AccountsConfig(AppConfig):
    """Editors' sign-in: lockouts after failed sign-ins, password-reset limits and two-factor codes."""

    name = "accounts"
    verbose_name = "Editor accounts"
