"""Sign in (password + authenticator code), two-factor enrolment, sign out, API tokens."""

from __future__ import annotations

import base64
import io

import qrcode
import qrcode.image.svg
from django import forms
from django.contrib import messages
from django.contrib.auth import authenticate, login, logout, user_login_failed
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from nezabudka.accounts.access import Access, require, staff_required, two_factor_done
from nezabudka.accounts.models import ApiToken
from nezabudka.accounts.roles import STAFF_ROLES, role_of


class LoginForm(forms.Form):
    username = forms.CharField(label=gettext_lazy("User name"), max_length=150)
    password = forms.CharField(label=gettext_lazy("Password"), widget=forms.PasswordInput)
    otp_token = forms.CharField(
        label=gettext_lazy("Code from your authenticator app"),
        required=False,
        max_length=8,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
        help_text=gettext_lazy("Leave empty the first time: you will set up the app next."),
    )


class CodeForm(forms.Form):
    otp_token = forms.CharField(
        label=gettext_lazy("Code from your authenticator app"),
        max_length=8,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "one-time-code"}),
    )


def _next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, {request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("web:staff_people")


def _confirmed_device(user: object) -> TOTPDevice | None:
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


@require_http_methods(["GET", "POST"])
@require(Access.PUBLIC)
def login_view(request: HttpRequest) -> HttpResponse:
    form = LoginForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        username = form.cleaned_data["username"]
        user = authenticate(request, username=username, password=form.cleaned_data["password"])
        if getattr(request, "axes_locked_out", False):
            return render(request, "accounts/locked.html", status=429)
        if user is None:
            form.add_error(None, _("Wrong user name or password."))
        elif role_of(user) not in STAFF_ROLES:
            form.add_error(None, _("This account has no access to the staff workspace."))
        else:
            device = _confirmed_device(user)
            if device is None:
                login(request, user)
                return redirect(f"{reverse('accounts:two_factor')}?next={_next(request)}")
            if device.verify_token(form.cleaned_data["otp_token"].strip()):
                login(request, user)
                otp_login(request, device)
                return redirect(_next(request))
            user_login_failed.send(
                sender=__name__, credentials={"username": username}, request=request
            )
            if getattr(request, "axes_locked_out", False):
                return render(request, "accounts/locked.html", status=429)
            form.add_error("otp_token", _("This code is not right. Codes change every 30 seconds."))
    return render(
        request, "accounts/login.html", {"form": form, "next": request.GET.get("next", "")}
    )


def _qr_svg(url: str) -> str:
    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=8)
    buffer = io.BytesIO()
    image.save(buffer)
    return "data:image/svg+xml;base64," + base64.b64encode(buffer.getvalue()).decode()


@require_http_methods(["GET", "POST"])
@require(Access.SIGNED_IN)
def two_factor(request: HttpRequest) -> HttpResponse:
    """Enrol an authenticator app (first sign-in) or confirm a code for this session."""
    if two_factor_done(request):
        return redirect(_next(request))
    user = request.user
    device = _confirmed_device(user)
    enrolling = device is None
    if enrolling:
        device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
        if device is None:
            device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)
    assert device is not None
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["otp_token"].strip()):
            if enrolling:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
            otp_login(request, device)
            messages.success(request, _("Two-factor authentication is on for this session."))
            return redirect(_next(request))
        user_login_failed.send(
            sender=__name__, credentials={"username": user.get_username()}, request=request
        )
        form.add_error("otp_token", _("This code is not right. Codes change every 30 seconds."))
    context = {"form": form, "enrolling": enrolling, "next": request.GET.get("next", "")}
    if enrolling:
        context["qr"] = _qr_svg(device.config_url)
        context["secret"] = base64.b32encode(device.bin_key).decode()
    return render(request, "accounts/two_factor.html", context)


@require_POST
@require(Access.PUBLIC)
def logout_view(request: HttpRequest) -> HttpResponse:
    logout(request)
    return redirect("web:home")


class TokenForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("What the token is for"), max_length=100)


@require_http_methods(["GET", "POST"])
@staff_required
def tokens(request: HttpRequest) -> HttpResponse:
    """Your API tokens: issue one (shown once), revoke one."""
    form = TokenForm(request.POST if "name" in request.POST else None)
    raw = None
    if request.method == "POST":
        revoke = request.POST.get("revoke")
        if revoke:
            ApiToken.objects.filter(user=request.user, pk=revoke, revoked_at__isnull=True).update(
                revoked_at=timezone.now()
            )
            messages.success(request, _("The token is revoked."))
            return redirect("accounts:tokens")
        if form.is_valid():
            _token, raw = ApiToken.issue(request.user, form.cleaned_data["name"])
            form = TokenForm()
    return render(
        request,
        "accounts/tokens.html",
        {"form": form, "raw": raw, "tokens": ApiToken.objects.filter(user=request.user)},
    )
