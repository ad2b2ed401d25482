"""The boundary: security headers on every response, the store opened per request, and errors of the
project's own hierarchy (and bad parameters) turned into HTTP statuses here, once — JSON under /api/ and
/download/, an HTML page elsewhere."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import DataError, InputError, MultipolarError, StoreError, UsageError
from .site import site_of

CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
STATUS = {UsageError: 404, InputError: 400, DataError: 500, StoreError: 503}
TITLES = {404: "Not found", 401: "Unauthorized", 405: "Method not allowed", 413: "Too large"}


class BadParameter(Exception):
    """A query parameter the API cannot use: answered 422 with the parameter, the problem and what is accepted."""

    def __init__(self, parameter: str, message: str, accepted: str, nearest: list[str] | None = None) -> None:
        super().__init__(message)
        self.parameter, self.message, self.accepted, self.nearest = parameter, message, accepted, nearest or []


class ErrorBody(BaseModel):
    """What every error answers under /api/ and /download/."""

    error: str = Field(..., description="the kind of error, e.g. 'Invalid parameter', 'Not found'")
    detail: str = Field(..., description="what was wrong, naming the parameter")
    hint: str | None = Field(None, description="what to do instead")
    parameter: str | None = Field(None, description="the parameter at fault (422)")
    accepted: str | None = Field(None, description="what the parameter accepts (422)")
    nearest: list[str] | None = Field(None, description="the nearest valid values, for an unknown code (422)")


ERRORS: dict[int | str, dict[str, Any]] = {
    422: {"model": ErrorBody, "description": "a parameter the API cannot use: which one, why, what it accepts"},
    404: {"model": ErrorBody, "description": "no such resource"},
}


def status_of(exc: MultipolarError) -> int:
    for cls, code in STATUS.items():
        if isinstance(exc, cls):
            return code
    return 500


class SecurityHeaders:
    """ASGI middleware adding the Content-Security-Policy and related headers to every response."""

    HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
               (b"referrer-policy", b"no-referrer"), (b"x-frame-options", b"DENY")]

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Any) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = list(message.get("headers", [])) + [h for h in self.HEADERS
                                                                         if h[0] not in names]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def wants_json(request: Request) -> bool:
    p = request.url.path
    return p.startswith("/api/") or p.startswith("/download/")


def error_page(request: Request, status: int, title: str, message: str, hint: str | None = None) -> Response:
    """The error as JSON (API and downloads) or as the site's error page."""
    if wants_json(request):
        return JSONResponse({"error": title, "detail": message, "hint": hint}, status_code=status)
    html = site_of(request).render("error.html", status=status, title=title, message=message, hint=hint)
    return HTMLResponse(html, status_code=status)


async def store_per_request(request: Request, call_next: Any) -> Response:
    """Open the store for the request (503 while another process writes to it) and let it go after."""
    data = site_of(request).data
    try:
        if not data.acquire_if_open():
            await run_in_threadpool(data.acquire)
    except StoreError as exc:
        resp = error_page(request, 503, "Store busy", exc.message,
                          "a load or ingest is writing to the store; try again in a few seconds")
        resp.headers["Retry-After"] = "5"
        return resp
    try:
        response: Response = await call_next(request)
        return response
    finally:
        data.release()


async def on_error(request: Request, exc: MultipolarError) -> Response:
    return error_page(request, status_of(exc), type(exc).__name__, exc.message, exc.hint)


async def on_http(request: Request, exc: StarletteHTTPException) -> Response:
    resp = error_page(request, exc.status_code, TITLES.get(exc.status_code, "Error"), str(exc.detail))
    for k, v in (exc.headers or {}).items():
        resp.headers[k] = v
    return resp


async def on_invalid(request: Request, exc: RequestValidationError) -> Response:
    errs = exc.errors()
    problems = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ())[1:] or e.get('loc', ()))}: "
                         f"{e.get('msg')}" for e in errs)
    if not wants_json(request):
        return error_page(request, 422, "Invalid request", problems)
    locs = [e.get("loc", ()) for e in errs]
    param = str(locs[0][-1]) if locs and locs[0] else None
    return JSONResponse({"error": "Invalid request", "detail": problems, "hint": None, "parameter": param,
                         "accepted": None, "nearest": None}, status_code=422)


async def on_bad_parameter(request: Request, exc: BadParameter) -> Response:
    detail = f"{exc.parameter}: {exc.message}"
    if exc.nearest:
        detail += f"; nearest valid: {', '.join(exc.nearest)}"
    hint = f"{exc.parameter} accepts {exc.accepted}"
    if not wants_json(request):
        return error_page(request, 422, "Invalid parameter", detail, hint)
    return JSONResponse({"error": "Invalid parameter", "detail": detail, "hint": hint,
                         "parameter": exc.parameter, "accepted": exc.accepted, "nearest": exc.nearest},
                        status_code=422)


def install(app: FastAPI) -> None:
    """The boundary on ``app``: store per request, security headers, the error handlers."""
    app.middleware("http")(store_per_request)
    app.add_middleware(SecurityHeaders)
    app.add_exception_handler(MultipolarError, on_error)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, on_http)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, on_invalid)  # type: ignore[arg-type]
    app.add_exception_handler(BadParameter, on_bad_parameter)  # type: ignore[arg-type]
