"""The web interface: three pages (events, article, code an article) and the world outline they draw on.

Pages are Jinja2 templates filled in the browser by dyad's own plain JavaScript from the JSON API; every script,
style sheet and shape is served by dyad itself, and a Content-Security-Policy of ``'self'`` keeps the browser
from fetching anything elsewhere, so the interface works offline.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, FastAPI, Path, Query, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from dyad import __version__

from . import world
from .api import DOC_ID
from .app import HERE, TOKEN_COOKIE

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(HERE / "templates"))

CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


def _page(request: Request, name: str, **context) -> HTMLResponse:
    response = templates.TemplateResponse(request, name, {"version": __version__, **context})
    response.headers["Content-Security-Policy"] = CSP
    response.headers["X-Content-Type-Options"] = "nosniff"
    token = request.query_params.get("token")
    if token:  # read_access has checked it: keep it as a cookie and drop it from the address bar
        redirect = RedirectResponse(request.url.remove_query_params("token"), 303)
        redirect.set_cookie(TOKEN_COOKIE, token, httponly=True, samesite="strict")
        return redirect
    return response


@router.get("/", response_class=HTMLResponse)
def events_page(request: Request, token: Annotated[str | None, Query()] = None):
    """Events: filters, a table, a timeline per day by QuadClass, an actor network and a map. The filters travel
    in the address (``/?actor=RUS&root=05``); the page checks them through the API."""
    return _page(request, "events.html", title="Events")


@router.get("/article/{document_id}", response_class=HTMLResponse)
def article_page(request: Request, document_id: Annotated[str, Path(pattern=DOC_ID)],
                 token: Annotated[str | None, Query()] = None):
    """A stored article with each event's source, verb and target, each quote and each place marked."""
    return _page(request, "article.html", title="Article", document_id=document_id)


@router.get("/try", response_class=HTMLResponse)
def code_page(request: Request, token: Annotated[str | None, Query()] = None):
    """Paste or upload an article and see it coded (POST /code; nothing is stored)."""
    return _page(request, "code.html", title="Code an article")


@router.get("/world.json")
def world_outline() -> JSONResponse:
    """Country outlines as SVG paths (equirectangular, 360 x 180), from Natural Earth via world-atlas."""
    return JSONResponse(world.outline(), headers={"Cache-Control": "public, max-age=86400"})


SWAGGER_UI = world.NPM_MODULES / "swagger-ui-dist"


@router.get("/docs")
def api_docs(request: Request, token: Annotated[str | None, Query()] = None):
    """The OpenAPI document in Swagger UI, from the pinned npm package ``swagger-ui-dist`` served by dyad."""
    if not (SWAGGER_UI / "swagger-ui-bundle.js").exists():
        return PlainTextResponse("Swagger UI is not installed (make install puts it in place); the OpenAPI document "
                                 "is at /openapi.json", 404)
    return get_swagger_ui_html(openapi_url="/openapi.json", title="dyad API",
                               swagger_js_url="/vendor/swagger-ui/swagger-ui-bundle.js",
                               swagger_css_url="/vendor/swagger-ui/swagger-ui.css", swagger_favicon_url="data:,",
                               swagger_ui_parameters={"validatorUrl": None})


def mount_static(app: FastAPI) -> None:
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    if SWAGGER_UI.is_dir():
        app.mount("/vendor/swagger-ui", StaticFiles(directory=str(SWAGGER_UI)), name="swagger-ui")
