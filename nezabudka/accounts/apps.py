from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "nezabudka.accounts"
    label = "accounts"
    verbose_name = "Accounts"
