from django.apps import AppConfig


class RegistryConfig(AppConfig):
    name = "nezabudka.registry"
    label = "registry"
    verbose_name = "Registry"
