#!/usr/bin/env python3
"""Build the held-out corpus and its gold TSV files from the marked-up sources.

Each source file tools/src/<name>.markup is the article text with inline markup (the
extension is not .txt, so that a corpus glob over heldout/ never mistakes a source for a document):

    ⟦HEAD¦TEXT⟧

TEXT is the covered text (it may contain further markup, e.g. actors inside a quote).
HEAD is a list of space-separated tokens; the first says what the span is:

  Actor     P|O|S  ID [N|T|PR|M|G] [#label] [key=value ...] [note=free text]
            (PERSON / ORGANIZATION / STATE; ID "-" = not in the registry)
  Location  L [placekey] [key=value ...] [note=...]
            (attributes come from PLACES, looked up by placekey or by the covered text)
  Number    N C|O|P|M|Y|D VALUE [UPPER] [~|>|<|R|V] [d=YYYY-MM-DD] [key=value ...] [note=...]
            (~ APPROXIMATE, > AT_LEAST, < AT_MOST, R RANGE, V APPROXIMATE|RANGE)
  Quote     Q D|P #speakerlabel [sid=ids] [note=...]
  Team      T CC [note=...]   shorthand for a country name standing for its national sports
            team: Actor kind=ORGANIZATION|STATE, entityId=CC

`note=` takes the rest of HEAD. The script strips the markup, writes corpus/<name>.txt, computes
the offsets (Python str indices = Java UTF-16 indices, all text is in the BMP) and writes
gold/<name>.tsv sorted by begin, longer first on ties. It then re-reads both and checks every
row (covered text, speaker spans are Actor rows, BMP only).

Usage: python3 tools/build_gold.py [SET]   (from any directory; rewrites SET/corpus/*.txt and
SET/gold/*.tsv, not corpus/corpus-metadata.tsv). SET is a held-out set laid out like this one
(tools/src/*.markup); it defaults to heldout/. A set's own places, beyond the PLACES table here,
go in SET/tools/places.tsv: key, placeKind, countryCode, lat, lon, tab-separated, # comments.
"""
import os
import re
import sys
from pathlib import Path

ROOT = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
SRC = ROOT / "tools" / "src"
CORPUS = ROOT / "corpus"
GOLD = ROOT / "gold"

OPEN, CLOSE, SEP = "⟦", "⟧", "¦"

# placeKind, countryCode, lat, lon. Cities: GeoNames city coordinates; countries: centroid;
# provinces/states: coordinates of their capital (as in the seed gold); continents: GeoNames
# continent coordinates, no country code.
PLACES = {
    # countries (centroids)
    "AR": ("COUNTRY", "AR", -38.42, -63.62),
    "AU": ("COUNTRY", "AU", -25.27, 133.78),
    "BE": ("COUNTRY", "BE", 50.50, 4.47),
    "BR": ("COUNTRY", "BR", -14.24, -51.93),
    "CA": ("COUNTRY", "CA", 56.13, -106.35),
    "DE": ("COUNTRY", "DE", 51.17, 10.45),
    "FR": ("COUNTRY", "FR", 46.23, 2.21),
    "GB": ("COUNTRY", "GB", 55.38, -3.44),
    "IN": ("COUNTRY", "IN", 20.59, 78.96),
    "JP": ("COUNTRY", "JP", 36.20, 138.25),
    "KE": ("COUNTRY", "KE", -0.02, 37.91),
    "MX": ("COUNTRY", "MX", 23.63, -102.55),
    "NL": ("COUNTRY", "NL", 52.13, 5.29),
    "QA": ("COUNTRY", "QA", 25.35, 51.18),
    "US": ("COUNTRY", "US", 37.09, -95.71),
    "britain": ("COUNTRY", "GB", 55.38, -3.44),
    "uk": ("COUNTRY", "GB", 55.38, -3.44),
    "united kingdom": ("COUNTRY", "GB", 55.38, -3.44),
    "u.s.": ("COUNTRY", "US", 37.09, -95.71),
    "united states": ("COUNTRY", "US", 37.09, -95.71),
    "kenya": ("COUNTRY", "KE", -0.02, 37.91),
    "japan": ("COUNTRY", "JP", 36.20, 138.25),
    "germany": ("COUNTRY", "DE", 51.17, 10.45),
    "belgium": ("COUNTRY", "BE", 50.50, 4.47),
    "netherlands": ("COUNTRY", "NL", 52.13, 5.29),
    "france": ("COUNTRY", "FR", 46.23, 2.21),
    "qatar": ("COUNTRY", "QA", 25.35, 51.18),
    "mexico": ("COUNTRY", "MX", 23.63, -102.55),
    "brazil": ("COUNTRY", "BR", -14.24, -51.93),
    "australia": ("COUNTRY", "AU", -25.27, 133.78),
    "india": ("COUNTRY", "IN", 20.59, 78.96),
    "canada": ("COUNTRY", "CA", 56.13, -106.35),
    # continents
    "africa": ("OTHER", "", 7.19, 21.09),
    "asia": ("OTHER", "", 29.84, 89.30),
    "europe": ("OTHER", "", 48.69, 9.14),
    # provinces, states, regions (capital coordinates)
    "scotland": ("ADMIN", "GB", 55.95, -3.20),
    "northern ireland": ("ADMIN", "GB", 54.60, -5.93),
    "england": ("ADMIN", "GB", 51.51, -0.13),
    "wales": ("ADMIN", "GB", 51.48, -3.18),
    "quebec": ("ADMIN", "CA", 46.81, -71.21),
    "south australia": ("ADMIN", "AU", -34.93, 138.60),
    "rhineland-palatinate": ("ADMIN", "DE", 49.98, 8.28),
    "north rhine-westphalia": ("ADMIN", "DE", 51.22, 6.78),
    "são paulo state": ("ADMIN", "BR", -23.55, -46.64),
    "florida": ("ADMIN", "US", 30.44, -84.28),
    "texas": ("ADMIN", "US", 30.27, -97.74),
    "nuevo leon": ("ADMIN", "MX", 25.68, -100.32),
    "california": ("ADMIN", "US", 38.58, -121.49),
    "nevada": ("ADMIN", "US", 39.16, -119.77),
    "new york": ("ADMIN", "US", 42.65, -73.76),
    "arizona": ("ADMIN", "US", 33.45, -112.07),
    "australian capital territory": ("ADMIN", "AU", -35.28, 149.13),
    "queensland": ("ADMIN", "AU", -27.47, 153.03),
    "victoria": ("ADMIN", "AU", -37.81, 144.96),
    "tasmania": ("ADMIN", "AU", -42.88, 147.33),
    "bihar": ("ADMIN", "IN", 25.59, 85.14),
    "uttar pradesh": ("ADMIN", "IN", 26.84, 80.92),
    "kerala": ("ADMIN", "IN", 8.49, 76.95),
    "wayanad": ("ADMIN", "IN", 11.61, 76.08),
    "ahrweiler": ("ADMIN", "DE", 50.54, 7.11),
    # cities and towns
    "london": ("CITY", "GB", 51.51, -0.13),
    "brussels": ("CITY", "BE", 50.85, 4.35),
    "nairobi": ("CITY", "KE", -1.28, 36.82),
    "la malbaie": ("CITY", "CA", 47.65, -70.15),
    "singapore": ("CITY", "SG", 1.29, 103.85),
    "washington": ("CITY", "US", 38.90, -77.04),
    "paris": ("CITY", "FR", 48.85, 2.35),
    "woomera": ("CITY", "AU", -31.20, 136.83),
    "adelaide": ("CITY", "AU", -34.93, 138.60),
    "sagamihara": ("CITY", "JP", 35.57, 139.24),
    "tokyo": ("CITY", "JP", 35.69, 139.69),
    "erftstadt": ("CITY", "DE", 50.81, 6.79),
    "cologne": ("CITY", "DE", 50.93, 6.95),
    "koblenz": ("CITY", "DE", 50.35, 7.58),
    "bad neuenahr-ahrweiler": ("CITY", "DE", 50.54, 7.11),
    "blessem": ("OTHER", "DE", 50.80, 6.79),
    "schuld": ("CITY", "DE", 50.44, 6.91),
    "lusail": ("CITY", "QA", 25.42, 51.49),
    "buenos aires": ("CITY", "AR", -34.61, -58.38),
    "brasília": ("CITY", "BR", -15.78, -47.93),
    "araraquara": ("CITY", "BR", -21.79, -48.18),
    "mexico city": ("CITY", "MX", 19.43, -99.13),
    "monterrey": ("CITY", "MX", 25.68, -100.32),
    "austin": ("CITY", "US", 30.27, -97.74),
    "shanghai": ("CITY", "CN", 31.22, 121.46),
    "berlin": ("CITY", "DE", 52.52, 13.41),
    "tempe": ("CITY", "US", 33.41, -111.91),
    "winnipeg": ("CITY", "CA", 49.88, -97.15),
    "glendale": ("CITY", "US", 33.54, -112.19),
    "houston": ("CITY", "US", 29.76, -95.36),
    "salt lake city": ("CITY", "US", 40.76, -111.89),
    "canberra": ("CITY", "AU", -35.28, 149.13),
    "new delhi": ("CITY", "IN", 28.62, 77.21),
    "rae bareli": ("CITY", "IN", 26.23, 81.23),
    "faizabad": ("CITY", "IN", 26.78, 82.15),
    "ayodhya": ("CITY", "IN", 26.80, 82.20),
    "varanasi": ("CITY", "IN", 25.32, 83.01),
}

KINDS = {"P": "PERSON", "O": "ORGANIZATION", "S": "STATE"}
MENTIONS = {"N": "NAME", "T": "TITLE", "PR": "PRONOUN", "M": "METONYM", "G": "GROUP"}
NUMKINDS = {"C": "CARDINAL", "O": "ORDINAL", "P": "PERCENT", "M": "MONEY", "Y": "YEAR", "D": "DATE"}
QUALS = {"~": "APPROXIMATE", ">": "AT_LEAST", "<": "AT_MOST", "R": "RANGE", "V": "APPROXIMATE|RANGE"}
QKINDS = {"D": "DIRECT", "P": "PARTIAL"}
NUM = re.compile(r"^-?\d+(\.\d+)?(e\d+)?$")


class Span:
    def __init__(self, head, begin):
        self.head = head
        self.begin = begin
        self.end = None


def parse(source):
    """Strips the markup; returns the plain text and the spans with their offsets."""
    out = []
    stack, spans = [], []
    pos = 0
    i = 0
    while i < len(source):
        c = source[i]
        if c == OPEN:
            j = source.index(SEP, i)
            head = source[i + 1 : j]
            if OPEN in head or CLOSE in head or "\n" in head:
                raise ValueError(f"bad head near {source[i:i+60]!r}")
            stack.append(Span(head, pos))
            i = j + 1
        elif c == CLOSE:
            s = stack.pop()
            s.end = pos
            spans.append(s)
            i += 1
        elif c == SEP:
            raise ValueError(f"stray separator near {source[i-40:i+40]!r}")
        else:
            out.append(c)
            pos += 1
            i += 1
    if stack:
        raise ValueError(f"unclosed span {stack[-1].head!r}")
    return "".join(out), spans


def split_head(head):
    note = None
    if " note=" in head or head.startswith("note="):
        k = head.index("note=")
        note = head[k + 5 :].strip()
        head = head[:k]
    toks = head.split()
    raw = {}
    rest = []
    for t in toks:
        if "=" in t and not t.startswith("d="):
            k, v = t.split("=", 1)
            raw[k] = v
        else:
            rest.append(t)
    return rest, raw, note


def fmt_num(x):
    v = float(x)
    if v == int(v) and abs(v) < 1e15:
        return str(int(v))
    return repr(v)


def fmt_coord(x):
    return f"{x:.2f}"


def build(name, source):
    # ⟦T XX¦…⟧: a country name standing for its national sports team.
    source = re.sub(OPEN + r"T ([^\s¦]+)", OPEN + r"S \1 kind=ORGANIZATION|STATE", source)
    text, spans = parse(source)
    rows = []
    labels = {}
    pending_quotes = []
    for s in spans:
        covered = text[s.begin : s.end]
        rest, raw, note = split_head(s.head)
        typ = rest[0]
        if typ in KINDS:
            ent = rest[1]
            mt = "NAME"
            for t in rest[2:]:
                if t.startswith("#"):
                    if t[1:] in labels:
                        raise ValueError(f"{name}: duplicate label {t}")
                    labels[t[1:]] = (s.begin, s.end, "" if ent == "-" else ent)
                else:
                    mt = MENTIONS[t]
            attrs = {
                "kind": raw.pop("kind", KINDS[typ]),
                "mentionType": raw.pop("mentionType", mt),
                "entityId": "" if ent == "-" else ent,
            }
            rtype = "Actor"
        elif typ == "L":
            key = rest[1] if len(rest) > 1 else covered
            key = key.replace("_", " ").lower()
            if key not in PLACES:
                raise ValueError(f"{name}: unknown place {key!r}")
            pk, cc, lat, lon = PLACES[key]
            attrs = {
                "placeKind": raw.pop("placeKind", pk),
                "countryCode": cc,
                "lat": fmt_coord(lat),
                "lon": fmt_coord(lon),
            }
            rtype = "Location"
        elif typ == "N":
            kind = NUMKINDS.get(rest[1], None)
            nums = [t for t in rest[2:] if NUM.match(t)]
            quals = [QUALS[t] for t in rest[2:] if t in QUALS]
            dates = [t[2:] for t in rest[2:] if t.startswith("d=")]
            attrs = {"numberKind": raw.pop("numberKind", kind), "value": fmt_num(nums[0])}
            if len(nums) > 1:
                attrs["upperValue"] = fmt_num(nums[1])
            attrs["qualifier"] = quals[0] if quals else "EXACT"
            if dates:
                attrs["normalized"] = dates[0]
            if attrs["numberKind"] is None:
                raise ValueError(f"{name}: number kind missing in {s.head!r}")
            rtype = "Number"
        elif typ == "Q":
            attrs = {"quoteKind": QKINDS[rest[1]]}
            lab = [t[1:] for t in rest[2:] if t.startswith("#")]
            pending_quotes.append((s, attrs, lab[0] if lab else None, raw.pop("sid", None)))
            rtype = "Quote"
        else:
            raise ValueError(f"{name}: unknown head {s.head!r}")
        for k, v in raw.items():
            attrs[k] = v
        rows.append([rtype, s.begin, s.end, covered, attrs, note])
    for s, attrs, lab, sid in pending_quotes:
        if lab is not None:
            if lab not in labels:
                raise ValueError(f"{name}: unknown speaker label {lab}")
            b, e, ent = labels[lab]
            attrs["speakerBegin"] = str(b)
            attrs["speakerEnd"] = str(e)
            attrs["speakerId"] = sid if sid is not None else ent
    rows.sort(key=lambda r: (r[1], -r[2], r[0]))
    lines = ["type\tbegin\tend\ttext\tattributes"]
    for rtype, b, e, covered, attrs, note in rows:
        a = ";".join(f"{k}={v}" for k, v in attrs.items())
        if note:
            for bad in (";", "\t", "|"):
                if bad in note:
                    raise ValueError(f"{name}: note contains {bad!r}: {note}")
            a += ";note=" + note
        if "\t" in covered or "\n" in covered:
            raise ValueError(f"{name}: span with tab/newline: {covered!r}")
        lines.append(f"{rtype}\t{b}\t{e}\t{covered}\t{a}")
    return text, "\n".join(lines) + "\n"


def verify(name):
    text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
    assert all(ord(c) < 0x10000 for c in text), "non-BMP character"
    assert not any(c in text for c in (OPEN, CLOSE, SEP)), "markup left in the text"
    assert "kind=" not in text and "note=" not in text, "markup left in the text"
    lines = (GOLD / f"{name}.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "type\tbegin\tend\ttext\tattributes"
    actors = set()
    rows = []
    for ln in lines[1:]:
        typ, b, e, cov, attrs = ln.split("\t")
        b, e = int(b), int(e)
        assert text[b:e] == cov, (name, b, e, cov, text[b:e])
        assert cov == cov.strip() and cov, (name, cov)
        rows.append((typ, b, e, dict(kv.split("=", 1) for kv in attrs.split(";"))))
        if typ == "Actor":
            actors.add((b, e))
    keys = [(b, -e) for _, b, e, _ in rows]
    assert keys == sorted(keys), name
    for typ, b, e, a in rows:
        if typ == "Quote" and "speakerBegin" in a:
            assert (int(a["speakerBegin"]), int(a["speakerEnd"])) in actors, (name, b, a)
    return rows


def load_extra_places():
    path = ROOT / "tools" / "places.tsv"
    if not path.exists():
        return
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 5:
            sys.exit(f"{path}:{number}: expected key, placeKind, countryCode, lat, lon")
        key, kind, code, lat, lon = fields
        PLACES[key] = (kind, code, float(lat), float(lon))


def main():
    load_extra_places()
    names = sorted(p.stem for p in SRC.glob("*.markup"))
    CORPUS.mkdir(exist_ok=True)
    GOLD.mkdir(exist_ok=True)
    for name in names:
        text, tsv = build(name, (SRC / f"{name}.markup").read_text(encoding="utf-8"))
        (CORPUS / f"{name}.txt").write_text(text, encoding="utf-8")
        (GOLD / f"{name}.tsv").write_text(tsv, encoding="utf-8")
        verify(name)
    print(f"built and verified {len(names)} documents")


if __name__ == "__main__":
    sys.exit(main())
