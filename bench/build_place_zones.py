"""Rebuild compare/extract/data/place_zones.txt from the IANA time-zone database.

    python bench/build_place_zones.py [ZONEINFO_DIR]

Not a benchmark: kept beside them because, like them, it reads data from outside
the project (the tz database's iso3166.tab and zone.tab, as the tzdata package or
the system's /usr/share/zoneinfo ships them). Each line is a place name and the
IANA zones it may lie in: a country's name (iso3166.tab) and all its zones
(zone.tab), and the city a zone is named after ("Asia/Kuala_Lumpur": Kuala Lumpur)
with that zone; only zones of two parts (region and city), since three-part ones
name counties and towns of a state ("America/North_Dakota/Center",
"America/Indiana/Knox"). A country with several zones is kept too: its name then
gives several offsets, and an article naming it gets no clock
(compare/extract/place_clocks). Antarctica's zones are left out (its stations bear
people's names: Casey, Davis, Mawson), and so are the Etc zones (no place).

A few names readers use for the countries the database names otherwise come from
general English, not from any article: "United Kingdom", "UK", "England",
"Scotland", "Wales" for Britain; "United States", "US", "USA", "U.S.", "America"
for the United States; "South Korea" / "North Korea" for "Korea (South)" / "Korea
(North)". So do the names left out because they are as often something else:
common words (Wake, Oral, Christmas, Easter, Canary, Resolute, Turkey, Guinea,
Jersey, Phoenix, Center), people's names (Chad, Jordan, Stanley, Darwin, Regina,
Adelaide, Victoria), a US state (Georgia), and towns of another country (Perth and
Halifax in Britain, Merida and Santiago in Spain, Tripoli in Lebanon, Norfolk and
Chatham in England).
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

TABLE = Path(__file__).resolve().parent.parent / "compare" / "extract" / "data" / "place_zones.txt"
_ALIASES = {
    "GB": ["United Kingdom", "UK", "England", "Scotland", "Wales", "Northern Ireland"],
    "US": ["United States", "US", "USA", "U.S.", "America"],
    "KR": ["South Korea"],
    "KP": ["North Korea"],
}
_LEFT_OUT = frozenset(
    [
        *"Wake Oral Christmas Easter Canary Resolute Turkey Guinea Jersey Phoenix Center".split(),
        *"Chad Jordan Stanley Darwin Regina Adelaide Victoria Georgia".split(),
        *"Perth Halifax Merida Santiago Tripoli Norfolk Chatham".split(),
    ]
)


def _zoneinfo_dir(argv: list[str]) -> Path:
    if argv:
        return Path(argv[0])
    try:
        import tzdata

        return Path(tzdata.__file__).parent / "zoneinfo"
    except ImportError:
        return Path("/usr/share/zoneinfo")


def _rows(path: Path) -> list[list[str]]:
    lines = path.read_text("utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def main(argv: list[str] | None = None) -> int:
    folder = _zoneinfo_dir(sys.argv[1:] if argv is None else argv)
    names = {row[0]: row[1] for row in _rows(folder / "iso3166.tab")}
    places: dict[str, set[str]] = defaultdict(set)
    for row in _rows(folder / "zone.tab"):
        code, zone = row[0], row[2]
        if zone.startswith(("Antarctica/", "Etc/")):
            continue
        country = names.get(code, "")
        plain = country.split(" (")[0].strip()
        for name in [plain, *_ALIASES.get(code, [])]:
            if name:
                places[name].add(zone)
        if zone.count("/") == 1:
            places[zone.rsplit("/", 1)[-1].replace("_", " ")].add(zone)
    lines = [
        f"{name}\t{' '.join(sorted(zones))}"
        for name, zones in sorted(places.items())
        if name not in _LEFT_OUT
    ]
    header = (
        "# place name<TAB>IANA zones it may lie in; built by bench/build_place_zones.py"
        " from the tz database (public domain)"
    )
    TABLE.write_text("\n".join([header, *lines]) + "\n", "utf-8")
    print(f"{len(lines)} places -> {TABLE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
