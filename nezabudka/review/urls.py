from django.urls import path

from nezabudka.review import views

app_name = "review"
urlpatterns = [
    path("", views.queue, name="queue"),
    path("ingest/", views.ingest, name="ingest"),
    path("<int:source_id>/", views.source, name="source"),
    path("<int:source_id>/decide/", views.decide, name="decide"),
    path("suggestion/<int:suggestion_id>/", views.edit, name="edit"),
]
