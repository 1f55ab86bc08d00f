from django.urls import path

from nezabudka.web import views

app_name = "web"
urlpatterns = [
    # public site
    path("", views.home, name="home"),
    path("p/<int:person_id>/", views.public_person, name="public_person"),
    path("places/", views.places, name="places"),
    path("places/<str:key>/", views.place, name="place"),
    path("releases/", views.releases, name="releases"),
    # staff workspace
    path("staff/", views.staff_people, name="staff_people"),
    path("staff/people/new/", views.person_new, name="person_new"),
    path("staff/people/<int:person_id>/", views.staff_person, name="staff_person"),
    path("staff/people/<int:person_id>/history/", views.staff_history, name="staff_history"),
    path("staff/people/<int:person_id>/publication/", views.person_edit, name="person_edit"),
    path("staff/people/<int:person_id>/facts/new/", views.fact_new, name="fact_new"),
    path("staff/facts/<int:fact_id>/status/", views.fact_status, name="fact_status"),
    path("staff/sources/", views.sources, name="sources"),
    path("staff/sources/new/", views.source_new, name="source_new"),
    path("staff/sources/<int:source_id>/", views.source, name="source"),
]
