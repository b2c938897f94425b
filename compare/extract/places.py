"""Named places a sentence says something happened in: "in Vienna", "near the Gulf
of Aden", "in suburban Detroit", "in Jabaliya refugee camp".

Only prepositional phrases whose head is a capitalised name count; a dateline
("VIENNA (Reuters) —") is metadata, not a claim, and has no preposition.
"""

from __future__ import annotations

import re

import attrs

from compare.extract.lemmas import verb_lemma
from compare.extract.temporal import MONTH_NAMES, WEEKDAYS

_PREP = (
    r"(?P<prep>[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Ii]nside|[Aa]cross|[Tt]hrough|[Tt]hroughout|[Ii]nto"
    r"|[Oo]ff|[Aa]round|[Aa]long|[Tt]owards?|on|to|from"
    r"|(?:just\s+)?(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of)"
)
_MODIFIER = (
    r"(?:(?:suburban|northern|southern|eastern|western|central|downtown|rural|north|south"
    r"|east|west|northeast|northwest|southeast|southwest|northeastern|northwestern"
    r"|southeastern|southwestern|neighbouring"
    r"|neighboring|war-torn|occupied)\s+)?"
)
# A capital of the Latin alphabet, accented ones too ("Ōamishirasato", "Łódź", "Île"):
# names of places outside the English-speaking world open with them as often.
CAPITAL = "A-Z" + "".join(
    chr(code) for code in range(0xC0, 0x250) if chr(code).isupper() and chr(code).isalpha()
)
_WORD = rf"(?:[{CAPITAL}][\w'’.-]*|\d+(?:st|nd|rd|th)(?=\s+[{CAPITAL}]))"
_JOIN = r"(?:\s+(?:of|de|del|des|du|da|es|el|al|la|le|upon|the)\s+|\s+)"
_KIND = (
    r"(?:\s+(?:refugee\s+camp|camp|city|province|region|district|county|state|square|airport"
    r"|border|village|town|valley|neighbou?rhood|area|strip))?"
)
_COMPASS = (
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?|upper|lower)"
)
# "off the coast of Falmouth", "on the outskirts of Kyiv"; a settlement's kind may
# carry up to two describing words ("near the fishing town of", "the port city of");
# a part of a landform or a building ("on the slopes of Mount Elwen", "on the steps
# of the Old Courthouse", "on the north face of the Dent Grise"): where on the named
# place. A face or side only with a compass point ("in the face of Russian
# pressure", "on the side of Labour voters" name no place).
_PART_OF = (
    r"(?P<part>(?:coast|outskirts|shores?|centre|center|heart|edge|streets"
    r"|(?:[a-z][\w-]*\s+){0,2}(?:city|town|village|port|hamlet)"
    rf"|(?:{_COMPASS}\s+)?(?:slopes?|flanks?|foot|summit|banks?|steps|grounds|descent|mouth|rim)"
    rf"|{_COMPASS}\s+(?:face|side)"
    r"|province|region|capital|state)\s+of\s+(?:the\s+)?)?"
)
# "in the notorious Gulf of Aden": any adjective before a geographic head and "of"
_GEO_ADJECTIVE = (
    r"(?:[a-z][\w-]*\s+(?=(?:Gulf|Strait|Straits|Sea|Bay|Isle|Cape|Lake|Port)\s+of\s))?"
)
# The lookahead lists the letters a preposition above starts with: re skips in C
# to the next of them instead of trying the pattern at every position.
_PLACE = re.compile(
    rf"(?=[IiAaNnOoTtfjsew])\b{_PREP}\s+(?:the\s+)?{_MODIFIER}{_GEO_ADJECTIVE}{_PART_OF}"
    rf"(?P<name>{_WORD}(?:{_JOIN}(?:{_WORD}|\d+\b))*){_KIND}"
)
_NOT_PLACES = (
    frozenset(w.capitalize() for w in WEEKDAYS)
    | frozenset(m.capitalize() for m in MONTH_NAMES)
    | frozenset(
        "I Christmas Easter Ramadan January February March April June July August September "
        "October November December Parliament Congress Twitter Facebook Instagram YouTube TV "
        "Reuters AP AFP".split()
    )
)
_TRAILING = re.compile(r"(?:\s+(?:of|de|del|des|du|da|es|el|al|la|le|upon|the)|-)+$")


@attrs.frozen
class FoundPlace:
    start: int  # the whole qualifier, preposition included
    end: int
    name: str
    name_start: int


# A storey of a building, told by its order ("on the ground floor", "to the 3rd
# floor"): where in a building something happened, though no name says it.
_FLOOR = re.compile(
    r"\b(?:on|to|from|at)\s+the\s+(?P<name>(?:ground|first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth|tenth|top|\d{1,3}(?:st|nd|rd|th))\s+(?:floor|storey|story))\b"
)


def find_places(text: str, offset: int) -> list[FoundPlace]:
    floors = (
        [
            FoundPlace(
                m.start() + offset, m.end() + offset, m.group("name"), m.start("name") + offset
            )
            for m in _FLOOR.finditer(text)
        ]
        if "floor" in text or "stor" in text
        else []
    )
    return sorted(floors + _named_places(text, offset), key=lambda p: p.start)


# A site an organisation owns, named by where it is: "its Redditch plant", "the
# group's Szczecin yard", "Brisco's Norwich office" (the plant in Redditch). The
# name stands between an owner (a possessive) and a word for a site; a name that
# is no place ("its Monday shift") has no site word after it.
_OWNED_SITE = re.compile(
    rf"(?:\b(?:its|their|the\s+[a-z][\w-]*['’]s)|(?<=['’]s))\s+"
    rf"(?P<name>[{CAPITAL}][\w'’.-]*(?:\s+[{CAPITAL}][\w'’.-]*){{0,2}})\s+"
    r"(?:plant|plants|factory|factories|works|yard|shipyard|site|mill|depot|office|offices"
    r"|headquarters|campus|warehouse|refinery|smelter|branch|hub)\b"
)


def _owned_sites(text: str, offset: int) -> list[FoundPlace]:
    found = []
    for match in _OWNED_SITE.finditer(text):
        name = match.group("name")
        if name.split()[0] in _NOT_PLACES:
            continue
        start, end = match.start("name"), match.end("name")
        found.append(FoundPlace(start + offset, end + offset, name, start + offset))
    return found


def _named_places(text: str, offset: int) -> list[FoundPlace]:
    owned = (
        _owned_sites(text, offset)
        if "’s " in text or "'s " in text or "its " in text or "their " in text
        else []
    )
    matches = list(_PLACE.finditer(text))
    # (Title Case is tested only where a place may be: most sentences name none.)
    if not (matches or owned) or _title_case(text):
        return []  # a headline in Title Case capitalises every word
    found = list(owned)
    for match in matches:
        name = _TRAILING.sub("", match.group("name"))
        if name.endswith(".") and "." not in name.split()[-1][:-1]:
            name = name[:-1]  # the sentence's full stop, not "U.S."
        first = name.split()[0].rstrip(".,")
        if first in _NOT_PLACES or first.isdigit():
            continue
        if re.fullmatch(r"[A-Z][\w.-]*['’]s", name):
            continue  # "in Trump's speech": a person's possessive, not a place
        name_end = match.start("name") + len(name)
        if text[name_end : name_end + 1] == "&":
            continue  # "in A&E", "at P&O": a name joined by an ampersand, cut in two
        if match.group("prep") == "on" and " " not in name and not match.group("part"):
            continue  # "on Twitter", "on Smith": only "on Interstate 75", "on Capitol Hill",
            # "on the outskirts of Kyiv"
        if match.group("prep") in ("to", "from") and not (
            _geographic(match, name) or _moved_there(text, match) or _home(text, match)
        ):
            continue  # "to the Senate", "from the Associated Press", "to Reuters": not places
        end = match.end() if name == match.group("name") else match.start("name") + len(name)
        start = match.start()
        if any(p.start < end + offset and start + offset < p.end for p in owned):
            continue  # "at Brisco's Norwich office": the owned site's place alone
        found.append(FoundPlace(start + offset, end + offset, name, match.start("name") + offset))
    return found


def _geographic(match: re.Match[str], name: str) -> bool:
    """After "to the"/"from the" only a name that says it is a place: "the Gulf of
    Aden", "the Gaza Strip", "the Jabaliya refugee camp" (not "the Senate")."""
    kind = match.group(0)[match.end("name") - match.start(0) :].strip()
    words = name.split()
    return bool(kind) or words[-1] in _GEO_TAILS or (" of " in name and words[0] in _GEO_HEADS)


# Verbs of taking or going somewhere: "to"/"from" after them names a place ("were
# taken to St Mary's Hospital", "will move its headquarters to Chicago", "was
# extradited from Spain"), where after another verb it names a person or a body
# ("said to Reuters", "wrote to Congress").
MOVING = frozenset(
    "take bring move relocate transfer fly airlift rush drive travel head return flee evacuate "
    "deport extradite divert send ship transport sail escape emigrate airlift reroute".split()
)
_MOVING_WORDS = 3  # the verb, and an object of up to two words ("move its headquarters to")


def _moved_there(text: str, match: re.Match[str]) -> bool:
    before = [w.lower() for w in re.findall(r"[A-Za-z]+", text[: match.start()])]
    if before and before[-1] in _TOOK_TO:
        return False  # "took to Reddit": turned to, went on
    return any(verb_lemma(word) in MOVING for word in before[-_MOVING_WORDS:])


def _home(text: str, match: re.Match[str]) -> bool:
    """ "from" after a person, set off by commas or after a word for one, names where
    they come from ("The 34-year-old, from Toledo, was ...", "a man from Leeds")."""
    if match.group("prep") != "from" or match.group(0).split()[1] == "the":
        return False  # "The statement, from the Associated Press, said"
    before = text[: match.start()].rstrip()
    if before.endswith(","):
        return text[match.end() :].lstrip().startswith((",", ".", ";"))
    last = before.rsplit(None, 1)[-1].lower() if before else ""
    return last.endswith("year-old") or last in _PEOPLE


# Words for a person that "from" a place follows: "a man from Leeds", "a native of".
_PEOPLE = frozenset(
    "man woman men women boy girl teenager resident residents native couple family student "
    "mother father son daughter".split()
)


_TOOK_TO = frozenset("take takes took taking".split())


def floor_names(text: str) -> list[str]:
    """The storeys a text names ("ground floor", "third floor")."""
    return [m.group("name").lower() for m in _FLOOR.finditer(text)]


# Geographic heads: "the Gulf of Aden", "the Strait of Hormuz"; tails: "the Gaza Strip".
_GEO_HEADS = frozenset(
    "Gulf Strait Straits Sea Bay Isle Island Islands Cape Lake Port Coast Mouth Valley Horn".split()
)
_GEO_TAILS = frozenset(
    "Strip Sea River Valley Mountains Desert Peninsula Canal Ocean Island Islands Bank Heights "
    "Gulf Coast".split()
)


# A word, its capital (if it starts with one) captured: findall gives "" for each
# other word, so both counts come without a Python loop over the words.
_WORD_CAPITAL = re.compile(r"(?:([A-Z])|[a-z])[\w'’-]*")


def _title_case(text: str) -> bool:
    firsts = _WORD_CAPITAL.findall(text)
    if len(firsts) < 4:
        return False
    capitalised = len(firsts) - firsts.count("")
    return capitalised / len(firsts) > 0.7
