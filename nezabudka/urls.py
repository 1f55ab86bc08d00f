from django.contrib import admin
from django.urls import include, path
from django.views.i18n import set_language
from django_otp.admin import OTPAdminSite

from nezabudka.api.main import api

# The Django admin (administrators only) requires a verified second factor too.
admin.site.__class__ = OTPAdminSite

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("nezabudka.accounts.urls")),
    path("i18n/setlang/", set_language, name="set_language"),
    path("api/", api.urls),
    path("staff/review/", include("nezabudka.review.urls")),
    path("", include("nezabudka.web.urls")),
]

handler400 = "nezabudka.web.errors.bad_request"
handler403 = "nezabudka.web.errors.forbidden"
handler404 = "nezabudka.web.errors.not_found"
handler500 = "nezabudka.web.errors.server_error"
