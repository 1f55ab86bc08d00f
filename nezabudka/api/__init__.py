"""The JSON API (django-ninja): same roles and publication policy as the HTML."""
