"""Who may open what: one decorator per access level, and the route table the permission
matrix test checks (docs/web.md shows the same table)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from enum import StrEnum
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode

from nezabudka.accounts.roles import STAFF_ROLES, WRITE_ROLES, Role, role_of


class Access(StrEnum):
    PUBLIC = "public"  # anyone, signed in or not
    SIGNED_IN = "signed-in"  # any signed-in user, two-factor step possibly still pending
    STAFF = "staff"  # administrator, editor, researcher, viewer; signed in with 2FA
    WRITE = "write"  # administrator, editor; signed in with 2FA
    ADMIN = "admin"  # administrator; signed in with 2FA


ALLOWED_ROLES: dict[Access, frozenset[Role | None]] = {
    Access.PUBLIC: frozenset({None, *Role}),
    Access.SIGNED_IN: frozenset(Role),
    Access.STAFF: frozenset(STAFF_ROLES),
    Access.WRITE: frozenset(WRITE_ROLES),
    Access.ADMIN: frozenset({Role.ADMIN}),
}


def two_factor_done(request: HttpRequest) -> bool:
    verified = getattr(request.user, "is_verified", None)
    return bool(verified and verified())


def check(request: HttpRequest, access: Access) -> HttpResponse | None:
    """None if the request may go on; else the response refusing it (login redirect or 403)."""
    if access is Access.PUBLIC:
        return None
    role = role_of(request.user)
    if role is None:
        login = reverse(settings.LOGIN_URL)
        return redirect(f"{login}?{urlencode({'next': request.get_full_path()})}")
    if access is Access.SIGNED_IN:
        return None
    if role in STAFF_ROLES and not two_factor_done(request):
        return redirect("accounts:two_factor")
    if role not in ALLOWED_ROLES[access]:
        raise PermissionDenied("your role does not allow this")
    return None


def require(access: Access) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    def wrap(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @functools.wraps(view)
        def inner(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            refused = check(request, access)
            return refused if refused is not None else view(request, *args, **kwargs)

        inner.access = access  # type: ignore[attr-defined]
        return inner

    return wrap


staff_required = require(Access.STAFF)
write_required = require(Access.WRITE)
admin_required = require(Access.ADMIN)
public = require(Access.PUBLIC)
