from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "nezabudka.web"
    label = "web"
    verbose_name = "Web"
