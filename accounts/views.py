"""Account > Two-factor sign-in: set up an authenticator app, or turn it off."""

from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from django_otp import login as otp_login
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import two_factor
from .forms import DeviceCodeForm


class TwoFactorView(WagtailAdminTemplateMixin, FormView):
    template_name = "accounts/two_factor.html"
    page_title = _("Two-factor sign-in")
    header_icon = "key"
    breadcrumbs_items = [
        {"url": reverse_lazy("wagtailadmin_home"), "label": _("Home")},
        {"url": reverse_lazy("wagtailadmin_account"), "label": _("Account")},
    ]

    def dispatch(self, request, *args, **kwargs):
        self.device = two_factor.device_for(request.user)
        self.setting_up = self.device is None
        if self.setting_up:
            self.device = two_factor.pending_device_for(request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_form(self, form_class=None):
        help_text = (
            _("After adding the account to your app, type the 6-digit code it shows.")
            if self.setting_up
            else _("To turn two-factor sign-in off, type the 6-digit code your app shows now.")
        )
        return DeviceCodeForm(**self.get_form_kwargs(), device=self.device, help_text=help_text)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        required = two_factor.required_for(self.request.user)
        context.update(setting_up=self.setting_up, required=required, device=self.device)
        if self.setting_up:
            context.update(
                qr_code=two_factor.qr_code_data_uri(self.device),
                secret=two_factor.secret_for_typing(self.device),
            )
        return context

    def post(self, request, *args, **kwargs):
        if not self.setting_up and two_factor.required_for(request.user):
            messages.error(request, _("Two-factor sign-in is required here and cannot be turned off."))
            return redirect("accounts_two_factor")
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        if self.setting_up:
            two_factor.confirm(self.device)
            otp_login(self.request, self.device)  # this session has just proved it holds the app
            messages.success(self.request, _("Two-factor sign-in is on. Next time, sign in with a code."))
            required = two_factor.required_for(self.request.user)
            return redirect("wagtailadmin_home" if required else "accounts_two_factor")
        two_factor.remove_devices(self.request.user)
        messages.success(self.request, _("Two-factor sign-in is off."))
        return redirect("accounts_two_factor")
