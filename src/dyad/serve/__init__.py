"""``dyad serve``: an HTTP API (FastAPI, with its OpenAPI document) and a web interface over a store.

    from dyad.serve import create_app, serve
    app = create_app(store, settings)            # an ASGI app, for uvicorn or a test client
    serve(settings, host="127.0.0.1", port=8000)  # refuses an exposed address when no DYAD_TOKEN is set

Modules: ``app`` builds the application (limits, authorisation, error messages), ``api`` holds the JSON
endpoints, ``pages`` the web interface, ``highlight`` marks an article's evidence spans, ``world`` reads the
world outline. FastAPI and uvicorn are imported only here, never by the rest of dyad.
"""

from __future__ import annotations

from .app import check_host, create_app, is_loopback, serve

__all__ = ["check_host", "create_app", "is_loopback", "serve"]
