"""Rebuild dyad's own CAMEO and PLOVER tables (src/dyad/data/cameo.tsv, plover.tsv) from the published tables.

    python scripts/build_standards.py ../shared/data/cameo_codes.tsv ../shared/data/cameo_to_plover.txt

Rules for the PLOVER map (the source file repeats and misplaces some codes). Its lines read
``code: TYPE, mode, context``; a code's type, mode and context always come from one line, with whitespace collapsed
and a blank field left empty (null in the document JSON); several contexts stay as written ("crime; corruption").
- a code listed twice keeps its first entry (175 appears twice, both ASSAULT);
- a PLOVER context written in the mode field is read as a context (175 "ASSAULT, pro_autocracy, military" gives
  no mode and the contexts "pro_autocracy; military");
- two-digit root lines are not used (08 is listed as both CONCEDE and RETREAT); each code is looked up itself;
- a code the file does not list takes its parent's entry (four digits -> three digits -> the root's xx0 code);
- 01x (public statements) has no PLOVER type; 02x (appeals) maps to REQUEST, as PLOVER folds appeals into requests,
  with no mode or context;
- codes filed under another root keep the type the file gives them (163 COERCE, 191/192 COERCE, 1712 ASSAULT).
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "dyad" / "data"


def main(cameo_path: str, plover_path: str) -> None:
    rows = list(csv.DictReader(open(cameo_path, encoding="utf-8"), delimiter="\t"))
    with open(OUT / "cameo.tsv", "w", encoding="utf-8", newline="") as f:
        f.write("# CAMEO event codes: code, root, level, name, Goldstein value, QuadClass (1-4).\n")
        f.write("# Source: the CAMEO standard as published with GDELT 2.0's lookup tables; see SOURCES.md.\n")
        f.write("code\troot\tlevel\tname\tgoldstein\tquad\n")
        for r in rows:
            # the published table carries one mis-encoded name (044); write it as the standard spells it
            if "\u00c3" in r["name"]:
                r["name"] = "Meet at a 'third' location"
            r["name"] = r["name"].replace("matyerial", "material")  # a typo in the published table (033)
            f.write(f"{r['code']}\t{r['root']}\t{r['level']}\t{r['name']}\t{r['goldstein']}\t{r['quadclass_gdelt']}\n")

    listed: dict[str, tuple[str, str, str]] = {}
    for line in open(plover_path, encoding="utf-8"):
        m = re.match(r"^(\d{3,4}):\s*([^#]*)", line)
        if not m:
            continue
        code, rest = m.group(1), m.group(2)
        parts = [p.strip() for p in rest.split(",")]
        parts += [""] * (3 - len(parts))
        if code not in listed:
            listed[code] = (parts[0], " ".join(parts[1].split()), " ".join(parts[2].split()))
    # a context written in the mode field (175: "ASSAULT, pro_autocracy, military") is a context
    contexts = {c.strip() for _, _, ctx in listed.values() for c in ctx.split(";") if c.strip()}
    contexts.add("pro_autocracy")  # PLOVER's context for acts supporting autocracy; the file uses it only as a mode
    for code, (typ, mode, ctx) in list(listed.items()):
        if mode in contexts:
            listed[code] = (typ, "", "; ".join(c for c in (mode, ctx) if c))

    def lookup(code: str) -> tuple[str, str, str] | None:
        if code[:2] == "01":
            return None
        if code[:2] == "02":
            return ("REQUEST", "", "")
        for c in (code, code[:3], code[:2] + "0"):
            if c in listed:
                return listed[c]
        return None

    with open(OUT / "plover.tsv", "w", encoding="utf-8", newline="") as f:
        f.write("# CAMEO code -> PLOVER event type, mode, context. Derived from openeventdata/PLOVER's\n")
        f.write("# CAMEO2PLOVER-2021.txt (CC BY-SA 4.0); this derived table keeps that licence. Rules: scripts/build_standards.py\n")
        f.write("cameo\tplover\tmode\tcontext\n")
        for r in rows:
            if r["level"] == "2":
                continue
            hit = lookup(r["code"])
            if hit:
                f.write(f"{r['code']}\t{hit[0]}\t{hit[1]}\t{hit[2]}\n")


if __name__ == "__main__":
    main(*sys.argv[1:3])
