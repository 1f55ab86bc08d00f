from django.urls import path

from nezabudka.accounts import views

app_name = "accounts"
urlpatterns = [
    path("login/", views.login_view, name="login"),
    path("two-factor/", views.two_factor, name="two_factor"),
    path("logout/", views.logout_view, name="logout"),
    path("tokens/", views.tokens, name="tokens"),
]
