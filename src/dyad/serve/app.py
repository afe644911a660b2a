"""The application: limits, authorisation and error messages around the API and the pages.

- Reads are open when dyad listens on a loopback address; on any other address every request needs the token
  (``Authorization: Bearer …``, or for the web pages a cookie set by visiting ``/?token=…`` once).
- Writes (``POST /documents``) always need ``DYAD_TOKEN`` as a bearer token; with no token set they are refused.
- ``serve`` refuses to listen on a non-loopback address when no token is set, and says why.
- Request bodies larger than ``Settings.max_bytes`` get 413 before they are read into memory.
- Bad input (an unknown filter, a malformed value, a body that is not the JSON asked for) gets a 4xx whose body is
  ``{"error": "<one line>"}``; nothing is written.
"""

from __future__ import annotations

import hmac
import ipaddress
import threading
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from dyad import __version__
from dyad.errors import DyadError, ServeError
from dyad.settings import Settings, from_env
from dyad.store import Store

HERE = Path(__file__).resolve().parent
TOKEN_COOKIE = "dyad_token"


def is_loopback(host: str) -> bool:
    """Whether ``host`` (an address or ``localhost``) is reachable from this machine only."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_host(host: str, token: str | None) -> None:
    """Raise ServeError when listening on ``host`` with no token would open the database to the network."""
    if not is_loopback(host) and not token:
        raise ServeError(
            f"refusing to listen on {host} with no DYAD_TOKEN set: anyone who can reach this address could read "
            "the database; set DYAD_TOKEN to a secret (clients send it as 'Authorization: Bearer <token>') "
            "or listen on 127.0.0.1"
        )


class Access:
    """Who may read and write: the token, and whether reads need it (any address but loopback)."""

    def __init__(self, token: str | None, reads_need_token: bool):
        self.token = token
        self.reads_need_token = reads_need_token

    def _matches(self, given: str | None) -> bool:
        return bool(self.token and given and hmac.compare_digest(given.encode(), self.token.encode()))

    @staticmethod
    def bearer(request: Request) -> str | None:
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        return value.strip() if scheme.lower() == "bearer" else None

    def check_read(self, request: Request) -> None:
        if not self.reads_need_token:
            return
        if self._matches(self.bearer(request)) or self._matches(request.cookies.get(TOKEN_COOKIE)):
            return
        if self._matches(request.query_params.get("token")):  # pages: /?token=… sets the cookie
            return
        raise HTTPException(401, "this server needs its token: send 'Authorization: Bearer <DYAD_TOKEN>'",
                            headers={"WWW-Authenticate": "Bearer"})

    def check_write(self, request: Request) -> None:
        if not self.token:
            raise HTTPException(403, "writes are disabled: start dyad serve with DYAD_TOKEN set to allow them")
        if not self._matches(self.bearer(request)):  # never a cookie: a page elsewhere must not write for a user
            raise HTTPException(401, "writes need 'Authorization: Bearer <DYAD_TOKEN>'",
                                headers={"WWW-Authenticate": "Bearer"})


def read_access(request: Request) -> None:
    request.app.state.access.check_read(request)


def write_access(request: Request) -> None:
    request.app.state.access.check_write(request)


def known_query(request: Request) -> None:
    """Reject query parameters the endpoint does not declare: a misspelt filter must not silently match all."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None or not getattr(route, "include_in_schema", True):
        return  # web pages read their filters in the browser, through the API
    allowed = {p.alias for p in _query_params(dependant)} | {"token"}
    unknown = sorted(set(request.query_params) - allowed)
    if unknown:
        raise HTTPException(400, f"unknown parameter{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}; "
                                 f"this endpoint takes: {', '.join(sorted(allowed - {'token'})) or 'none'}")


def _query_params(dependant) -> list:
    out = list(dependant.query_params)
    for sub in dependant.dependencies:
        out += _query_params(sub)
    return out


class BodyLimit:
    """ASGI middleware: 413 for a request body over ``limit`` bytes, by its Content-Length or as it streams."""

    def __init__(self, app, limit: int):
        self.app = app
        self.limit = limit

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.limit):
            return await _too_large(self.limit, send)
        if scope["method"] in ("GET", "HEAD", "OPTIONS"):
            return await self.app(scope, receive, send)
        # read the whole body first (at most ``limit`` bytes), then hand it on: a body sent without a length
        # is cut off here, not inside the endpoint
        chunks, seen, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return await self.app(scope, _replay([message]), send)
            chunks.append(message.get("body", b""))
            seen += len(chunks[-1])
            if seen > self.limit:
                return await _too_large(self.limit, send)
            more = message.get("more_body", False)
        await self.app(scope, _replay([{"type": "http.request", "body": b"".join(chunks), "more_body": False}],
                                      receive), send)


def _replay(messages: list[dict], then=None):
    async def receive():
        if messages:
            return messages.pop(0)
        if then is not None:
            return await then()
        return {"type": "http.disconnect"}

    return receive


async def _too_large(limit: int, send) -> None:
    await JSONResponse({"error": f"request body too large: the limit is {limit} bytes"}, 413)(
        {"type": "http"}, None, send)


class Coder:
    """The coding pipeline, loaded on first use (the parser takes seconds to load) and used by one request at
    a time."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self._pipeline = None
        self._lock = threading.Lock()

    def code(self, content: str, kind: str, date: str | None, url: str | None):
        from dyad.pipeline import Item, Pipeline

        with self._lock:
            if self._pipeline is None:
                self._pipeline = Pipeline(self.settings)
            doc = self._pipeline.extract(Item(content, None, kind, date, url))
            return next(self._pipeline.code_documents([doc]))


def create_app(store: Store, settings: Settings | None = None, reads_need_token: bool = False) -> FastAPI:
    """The ASGI application over ``store``. ``reads_need_token``: the server listens beyond loopback."""
    from . import api, pages

    settings = settings or from_env()
    app = FastAPI(
        title="dyad",
        version=__version__,
        description="Political event data from news pages: CAMEO-coded events, quotations and places, each with "
                    "the character spans of its evidence. Reads are open on loopback; writes need the server's "
                    "DYAD_TOKEN as a bearer token. Errors are `{\"error\": \"...\"}` with a 4xx status.",
        dependencies=[Depends(read_access), Depends(known_query)],
        docs_url=None,  # pages.api_docs serves Swagger UI from a local package, never from a CDN
        redoc_url=None,
    )
    app.state.store = store
    app.state.settings = settings
    app.state.access = Access(settings.token, reads_need_token)
    app.state.coder = Coder(settings)

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException):
        return JSONResponse({"error": str(exc.detail)}, exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        return JSONResponse({"error": _validation_message(exc.errors())}, 400)

    @app.exception_handler(DyadError)
    async def dyad_error(request: Request, exc: DyadError):
        return JSONResponse({"error": str(exc)}, 422)

    app.include_router(api.router)
    app.include_router(pages.router)
    pages.mount_static(app)
    app.add_middleware(BodyLimit, limit=settings.max_bytes)
    return app


def _validation_message(errors: list[dict[str, Any]]) -> str:
    """FastAPI's validation errors as one line: where, then what was wrong."""
    parts = []
    for e in errors[:3]:
        loc = [str(x) for x in e.get("loc", ()) if x not in ("query", "body", "path")]
        where = ".".join(loc) or "body"
        msg = e.get("msg", "invalid")
        if e.get("type") == "json_invalid":
            msg = "not valid JSON"
        elif e.get("type") == "extra_forbidden":
            msg = "unknown field"
        parts.append(f"{where}: {msg}")
    return "bad request: " + "; ".join(parts)


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Open the store and serve the API and web interface with uvicorn until interrupted."""
    import uvicorn

    check_host(host, settings.token)
    store = Store.open(settings.db_url)
    try:
        app = create_app(store, settings, reads_need_token=not is_loopback(host))
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
    finally:
        store.close()
