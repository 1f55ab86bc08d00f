from django.urls import path

from nezabudka.web import views

app_name = "web"
urlpatterns = [
    path("", views.home, name="home"),
    path("people/<int:person_id>/", views.person_detail, name="person"),
]
