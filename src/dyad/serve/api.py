"""The JSON API: code, ingest, documents, events (listed and aggregated), quotes, places, export.

Every filter is declared here with the pattern its values must match, so a malformed value gets 400 before any
query runs; values reach SQL only as bound parameters (``Store`` builds every query with SQLAlchemy Core).
"""

from __future__ import annotations

import tempfile
from datetime import date as Date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator

from dyad.errors import DyadError
from dyad.store import AGGREGATE_BY, Store

from .app import write_access

router = APIRouter()

DOC_ID = r"^[0-9a-f]{16,64}$"
DAY = r"^\d{4}-\d{2}-\d{2}$"
MAX_LIMIT = 1000


def _store(request: Request) -> Store:
    return request.app.state.store


# ---------------------------------------------------------------------------------------------------------------
# bodies


class ArticleIn(BaseModel):
    """An article to code: plain (or scraped) text, or an HTML page, with what is known of it."""

    model_config = ConfigDict(extra="forbid")
    text: str | None = Field(None, description="Plain text, or scraped text still carrying page chrome.")
    html: str | None = Field(None, description="An HTML page; its article text is extracted.")
    date: str | None = Field(None, pattern=DAY, description="Publication day, YYYY-MM-DD.")
    url: str | None = Field(None, max_length=2000)

    @model_validator(mode="after")
    def _one_body(self):
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        if not (self.text or self.html or "").strip():
            raise ValueError("the article is empty")
        if self.date:
            _real_day(self.date, "date")
        return self

    @property
    def content(self) -> tuple[str, str]:
        return (self.html, "html") if self.html is not None else (self.text, "text")


class DocumentIn(ArticleIn):
    outlet: str | None = Field(None, max_length=200, description="The outlet that published it.")


def _real_day(value: str | None, name: str) -> str | None:
    if value:
        try:
            Date.fromisoformat(value)
        except ValueError:
            raise HTTPException(400, f"{name}: {value!r} is not a calendar day (YYYY-MM-DD)") from None
    return value


# ---------------------------------------------------------------------------------------------------------------
# coding and ingest


@router.post("/code", tags=["code"], summary="Code an article without storing it")
def code_article(request: Request, article: ArticleIn) -> dict[str, Any]:
    """The posted text or HTML, coded: the document JSON with its events, quotes and places. Nothing is stored."""
    content, kind = article.content
    try:
        doc = request.app.state.coder.code(content, kind, article.date, article.url)
    except DyadError as exc:
        raise HTTPException(422, str(exc)) from None
    out = doc.to_dict()
    if doc.skipped:
        out["skipped"] = doc.skipped
    return out


@router.post("/documents", tags=["documents"], status_code=201, dependencies=[Depends(write_access)],
             summary="Code and store an article (needs the token)")
def ingest_document(request: Request, article: DocumentIn):
    """Code the article and store it, keyed by its content hash: posting it again stores nothing twice (200,
    ``duplicate``). Needs ``Authorization: Bearer <DYAD_TOKEN>``."""
    content, kind = article.content
    try:
        doc = request.app.state.coder.code(content, kind, article.date, article.url)
        status = _store(request).add(doc, url=article.url, outlet=article.outlet)
    except DyadError as exc:
        raise HTTPException(422, str(exc)) from None
    body = {"id": doc.id, "status": status, "events": len(doc.events), "quotes": len(doc.quotes),
            "places": len(doc.places), "skipped": doc.skipped}
    return JSONResponse(body, 201 if status == "ingested" else 200)


@router.get("/documents/{document_id}", tags=["documents"], summary="A stored document")
def get_document(request: Request, document_id: Annotated[str, Path(pattern=DOC_ID)]) -> dict[str, Any]:
    """The stored document as document JSON, with every URL and outlet that carried it (``sources``)."""
    store = _store(request)
    doc = store.document(document_id)
    if doc is None:
        raise HTTPException(404, f"no document {document_id}")
    doc["sources"] = [{**s, "seen_at": s["seen_at"].isoformat() if s["seen_at"] else None}
                      for s in store.sources(document_id)]
    return doc


# ---------------------------------------------------------------------------------------------------------------
# events


def event_filters(
    actor: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9]{1,32}$",
                                       description="Actor code prefix on either side (RUS, RUSGOV).")] = None,
    source: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9]{3,32}$", description="Source actor code.")] = None,
    target: Annotated[str | None, Query(pattern=r"^[A-Za-z0-9]{3,32}$", description="Target actor code.")] = None,
    territory: Annotated[str | None, Query(pattern=r"^[A-Za-z][A-Za-z .'-]{1,63}$", description=(
        "Region an actor on either side belongs to, any case (Abkhazia, Crimea, Kashmir)."))] = None,
    code: Annotated[str | None, Query(pattern=r"^\d{2,4}$",
                                      description="CAMEO code and the codes under it (05, 051).")] = None,
    root: Annotated[str | None, Query(pattern=r"^\d{2}$", description="CAMEO root code (05).")] = None,
    quad: Annotated[int | None, Query(ge=1, le=4, description="QuadClass: 1 verbal cooperation, "
                                      "2 material cooperation, 3 verbal conflict, 4 material conflict.")] = None,
    modality: Annotated[Literal["asserted", "negated", "future", "hypothetical", "requested", "all"], Query(
        description="asserted (default), negated, future, hypothetical, requested, or all.")] = "asserted",
    since: Annotated[str | None, Query(pattern=DAY, description="Events on or after this day.")] = None,
    until: Annotated[str | None, Query(pattern=DAY, description="Events on or before this day.")] = None,
    place: Annotated[str | None, Query(min_length=1, max_length=100,
                                       description="The event's location: a place name or country code.")] = None,
    text: Annotated[str | None, Query(min_length=1, max_length=200,
                                      description="Words in the sentence the event came from.")] = None,
    document: Annotated[str | None, Query(pattern=DOC_ID, description="One document's events.")] = None,
) -> dict[str, Any]:
    _real_day(since, "since")
    _real_day(until, "until")
    return dict(actor=actor, source=source, target=target, territory=territory, code=code, root=root, quad=quad,
                modality=None if modality == "all" else modality, date_from=since, date_to=until, place=place,
                text=text, document_id=document)


EventFilters = Annotated[dict[str, Any], Depends(event_filters)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"Rows per page (at most {MAX_LIMIT}).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]


def _page(rows: list, key: str, limit: int, offset: int) -> JSONResponse:
    """One page of rows, written straight to JSON: the rows are plain JSON values already, and validating them
    again on the way out would cost more than the query."""
    more = len(rows) > limit
    return JSONResponse({key: rows[:limit], "limit": limit, "offset": offset,
                         "next": offset + limit if more else None})


@router.get("/events", tags=["events"], summary="Stored events, filtered and paged")
def list_events(request: Request, filters: EventFilters, limit: Limit = 100, offset: Offset = 0) -> JSONResponse:
    """Events as in the document JSON, plus ``document_id``, oldest first; only asserted events unless
    ``modality`` says otherwise. ``next`` is the offset of the next page, or null on the last."""
    rows = _store(request).events(**filters, limit=limit + 1, offset=offset)
    return _page(rows, "events", limit, offset)


@router.get("/events/aggregate", tags=["events"], summary="Event counts and mean Goldstein score")
def aggregate_events(
    request: Request,
    filters: EventFilters,
    by: Annotated[str, Query(pattern=r"^[a-z]+(,[a-z]+){0,2}$",
                             description="Comma-separated groupings: " + ", ".join(AGGREGATE_BY)
                             + " (day,quad gives a timeline by QuadClass).")] = "day",
    limit: Annotated[int, Query(ge=1, le=100_000, description="At most this many groups.")] = 10_000,
) -> JSONResponse:
    """Counts and mean Goldstein score of the matching events per group (asserted only unless asked)."""
    dims = by.split(",")
    unknown = [d for d in dims if d not in AGGREGATE_BY]
    if unknown:
        raise HTTPException(400, f"by: cannot group by {', '.join(unknown)}; use {', '.join(AGGREGATE_BY)}")
    return JSONResponse({"by": dims, "groups": _store(request).event_counts(dims, limit=limit, **filters)})


# ---------------------------------------------------------------------------------------------------------------
# quotes, places


@router.get("/quotes", tags=["quotes"], summary="Stored quotations")
def list_quotes(
    request: Request,
    speaker: Annotated[str | None, Query(min_length=1, max_length=100,
                                         description="Speaker code prefix or words in the speaker's name.")] = None,
    document: Annotated[str | None, Query(pattern=DOC_ID, description="One document's quotes.")] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> JSONResponse:
    """Quotations as in the document JSON with their speakers, plus ``document_id`` and ``date``."""
    rows = _store(request).quotes(speaker=speaker, document_id=document, limit=limit + 1, offset=offset)
    return _page(rows, "quotes", limit, offset)


@router.get("/places", tags=["places"], summary="Stored places")
def list_places(
    request: Request,
    name: Annotated[str | None, Query(min_length=1, max_length=100, description="Place name.")] = None,
    country: Annotated[str | None, Query(pattern=r"^[A-Za-z]{3}$", description="Country code (GEO).")] = None,
    document: Annotated[str | None, Query(pattern=DOC_ID, description="One document's places.")] = None,
    limit: Limit = 100,
    offset: Offset = 0,
) -> JSONResponse:
    """Places as in the document JSON (gazetteer name, coordinates, literal or not), plus ``document_id``."""
    rows = _store(request).places(name=name, country=country, document_id=document, limit=limit + 1, offset=offset)
    return _page(rows, "places", limit, offset)


# ---------------------------------------------------------------------------------------------------------------
# export

EXPORT_TYPES = {
    "gdelt": ("text/tab-separated-values; charset=utf-8", "tsv"),
    "jsonl": ("application/x-ndjson; charset=utf-8", "jsonl"),
    "csv": ("text/csv; charset=utf-8", "csv"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
}


@router.get("/export", tags=["export"], summary="Every stored event mention as a file")
async def export_events(
    request: Request,
    format: Annotated[Literal["gdelt", "jsonl", "csv", "parquet"], Query(
        description="gdelt (GDELT 2.0's 61 columns, no header), jsonl, csv or parquet.")] = "jsonl",
    no_text: Annotated[bool, Query(description="Leave article text and quotes out.")] = False,
):
    """The same files as ``dyad export``: GDELT rows hold asserted events only, the others every modality."""
    from dyad.export import export

    spool = tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024, mode="w+b")

    def write() -> None:
        export(_store(request), format, spool, no_text=no_text)
        spool.seek(0)

    try:
        await run_in_threadpool(write)
    except DyadError as exc:
        spool.close()
        raise HTTPException(422, str(exc)) from None

    def chunks():
        with spool:
            while block := spool.read(256 * 1024):
                yield block

    media, ext = EXPORT_TYPES[format]
    return StreamingResponse(chunks(), media_type=media,
                             headers={"Content-Disposition": f'attachment; filename="dyad-events.{ext}"'})
