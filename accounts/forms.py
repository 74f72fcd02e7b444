"""The admin sign-in form with its two-factor code, and the forms that turn two-factor sign-in on and off."""

from django import forms
from django.contrib.auth.signals import user_login_failed
from django.utils.translation import gettext_lazy as _
from django_otp.forms import OTPAuthenticationFormMixin
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

from . import two_factor


def code_field(label, help_text, required):
    return forms.CharField(
        label=label,
        help_text=help_text,
        required=required,
        max_length=12,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


def clean_code(value):
    """Codes are often typed as "123 456"."""
    return "".join(value.split())


class LoginForm(OTPAuthenticationFormMixin, WagtailLoginForm):
    """Wagtail's sign-in form (WAGTAILADMIN_USER_LOGIN_FORM) plus the code, for editors who set it up.

    Username, password and code are checked in one step, so nobody is ever signed in halfway. The
    password goes first, through django-axes; a wrong code then counts as a failed sign-in too, so
    guessing codes meets the same lockout as guessing passwords (besides django-otp's own slowing down).
    """

    otp_token = code_field(
        _("Two-factor code"),
        _("Only if you have set up two-factor sign-in: the 6-digit code your authenticator app shows now."),
        required=False,
    )

    otp_error_messages = {
        **OTPAuthenticationFormMixin.otp_error_messages,
        "token_required": _("This account uses two-factor sign-in: also enter the code from your app."),
        "invalid_token": _("That code is not right or has expired. Enter the code your app shows now."),
    }

    def clean_otp_token(self):
        return clean_code(self.cleaned_data["otp_token"])

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        device = two_factor.device_for(user) if user else None
        if device is not None:
            cleaned_data["otp_device"] = device.persistent_id
            try:
                self.clean_otp(user)
            except forms.ValidationError as error:
                if error.code != "token_required":
                    credentials = {"username": user.get_username()}
                    user_login_failed.send(sender=__name__, credentials=credentials, request=self.request)
                raise
            finally:
                self.fields["password"].widget.render_value = False  # never echo the password into the page
        return cleaned_data


class DeviceCodeForm(forms.Form):
    """One code from the editor's app, checked against `device`: the one being set up, or theirs."""

    otp_token = code_field(_("Code from your app"), "", required=True)

    def __init__(self, *args, device, help_text, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device
        self.fields["otp_token"].help_text = help_text

    def clean_otp_token(self):
        code = clean_code(self.cleaned_data["otp_token"])
        if not self.device.verify_is_allowed()[0]:  # django-otp waits longer after each wrong code
            raise forms.ValidationError(_("Too many wrong codes in a row: wait a moment, then try again."))
        if not self.device.verify_token(code):
            raise forms.ValidationError(_("That code is not right. Enter the code your app shows now."))
        return code
