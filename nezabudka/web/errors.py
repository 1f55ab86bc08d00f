"""Error pages: JSON under /api/ (the API's one error shape), plain pages elsewhere. They never
show request data."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render

MESSAGES = {
    400: ("bad_request", "The request could not be read."),
    403: ("forbidden", "Your role does not allow this."),
    404: ("not_found", "No such page or record."),
    500: ("server_error", "Something went wrong on the server."),
}


def _respond(request: HttpRequest, status: int) -> HttpResponse:
    code, message = MESSAGES[status]
    if request.path.startswith("/api/"):
        return JsonResponse(
            {"error": {"code": code, "message": message, "fields": {}}}, status=status
        )
    return render(request, "web/error.html", {"status": status, "message": message}, status=status)


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _respond(request, 400)


def forbidden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _respond(request, 403)


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return _respond(request, 404)


def server_error(request: HttpRequest) -> HttpResponse:
    code, message = MESSAGES[500]
    if request.path.startswith("/api/"):
        return JsonResponse({"error": {"code": code, "message": message, "fields": {}}}, status=500)
    return HttpResponse(f"<!doctype html><title>500</title><p>{message}</p>", status=500)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return _respond(request, 403)
