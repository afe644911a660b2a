"""The same input gives the same output, whatever order Python's sets and dicts of strings happen to iterate in.

Each run is a fresh interpreter with its own ``PYTHONHASHSEED``; a rule that picks from a set of names by iteration
order (as the quotation stage once did for "Scott" beside "Bobby Scott" and "Tim Scott") shows up as a difference.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from conftest import POLNEAR_DEV, SEED

CODE = """
import json, sys
from pathlib import Path
from dyad.pipeline import Pipeline
from dyad.settings import from_env
items = [{"id": p, "text": Path(p).read_text(encoding="utf-8")} for p in sys.argv[1:]]
for doc in Pipeline(from_env()).code_many(items):
    print(json.dumps(doc.to_dict(), sort_keys=True))
"""


@pytest.mark.slow
def test_output_does_not_depend_on_the_hash_seed():
    if not POLNEAR_DEV.is_dir():
        pytest.skip("PolNeAR dev articles not present")
    files = [str(SEED)] + [str(p) for p in sorted(POLNEAR_DEV.glob("*.txt"))]
    outs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-c", CODE, *files], env=env, capture_output=True, text=True,
                             check=True)
        outs.append(run.stdout.splitlines())
    assert len(outs[0]) == len(files)
    differ = [f for f, a, b in zip(files, *outs) if a != b]
    assert not differ, differ
