from django.apps import AppConfig


class ReviewConfig(AppConfig):
    name = "nezabudka.review"
    label = "review"
    verbose_name = "Review of suggested facts"
