"""Roles are Django groups. A user has one role; superusers are administrators.

| role | reads | writes | audience in the publication policy |
|---|---|---|---|
| administrator | everything staff can, users | yes | admin |
| editor | internal and hidden people | facts, people, sources, reviews | editor |
| researcher | internal people | no | researcher |
| viewer | internal people (internal-safe fields) | no | viewer |
| partner | public people through the API | no | partner |

Staff roles (all but partner) must use two-factor authentication.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from django.contrib.auth.models import Group

from nezabudka.protection.policy import Audience


class Role(StrEnum):
    ADMIN = "administrator"
    EDITOR = "editor"
    RESEARCHER = "researcher"
    VIEWER = "viewer"
    PARTNER = "partner"


ROLE_RANK = [Role.ADMIN, Role.EDITOR, Role.RESEARCHER, Role.VIEWER, Role.PARTNER]
STAFF_ROLES = frozenset({Role.ADMIN, Role.EDITOR, Role.RESEARCHER, Role.VIEWER})
WRITE_ROLES = frozenset({Role.ADMIN, Role.EDITOR})
AUDIENCE = {
    Role.ADMIN: Audience.ADMIN,
    Role.EDITOR: Audience.EDITOR,
    Role.RESEARCHER: Audience.RESEARCHER,
    Role.VIEWER: Audience.VIEWER,
    Role.PARTNER: Audience.PARTNER,
}


def ensure_groups() -> None:
    for role in Role:
        Group.objects.get_or_create(name=role.value)


def role_of(user: Any) -> Role | None:
    """The user's role (the highest of their groups), or None (anonymous, no role)."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    if user.is_superuser:
        return Role.ADMIN
    cached = getattr(user, "_nezabudka_role", "unset")
    if cached != "unset":
        return cached  # type: ignore[no-any-return]
    names = set(user.groups.values_list("name", flat=True))
    role = next((r for r in ROLE_RANK if r.value in names), None)
    user._nezabudka_role = role
    return role


def set_role(user: Any, role: Role | str) -> None:
    role = Role(role)
    ensure_groups()
    user.groups.remove(*Group.objects.filter(name__in=[r.value for r in Role]))
    user.groups.add(Group.objects.get(name=role.value))
    user.is_staff = role is Role.ADMIN  # the Django admin is for administrators only
    user.save(update_fields=["is_staff"])
    if hasattr(user, "_nezabudka_role"):
        del user._nezabudka_role


def audience_for(user: Any) -> Audience:
    role = role_of(user)
    return AUDIENCE[role] if role else Audience.PUBLIC


def create_user(username: str, role: Role | str, password: str | None = None) -> tuple[Any, str]:
    """Create a user with a role and an unconfirmed TOTP device. Returns (user, otpauth URL):
    the user scans the URL (or types its secret) into an authenticator app and confirms it with
    a code at the first login."""
    from django.contrib.auth import get_user_model
    from django_otp.plugins.otp_totp.models import TOTPDevice

    User = get_user_model()
    if User.objects.filter(username=username).exists():
        raise ValueError(f"user {username!r} exists already")
    user = User.objects.create_user(username=username, password=password)
    if password is None:
        user.set_unusable_password()
        user.save()
    set_role(user, role)
    device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)
    return user, device.config_url
