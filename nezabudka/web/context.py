from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from nezabudka.accounts.access import two_factor_done
from nezabudka.accounts.roles import STAFF_ROLES, WRITE_ROLES, role_of


def web_context(request: HttpRequest) -> dict[str, Any]:
    role = role_of(getattr(request, "user", None))
    staff = role in STAFF_ROLES and two_factor_done(request)
    return {
        "role": role.value if role else "",
        "is_staff_user": staff,
        "can_write": staff and role in WRITE_ROLES,
    }
