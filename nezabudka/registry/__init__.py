"""The registry: Django models and the service functions every interface writes through."""
