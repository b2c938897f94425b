"""How people are described: titles, appositives and affiliations.

Foreign Minister Zbigniew Rau of Poland      → Zbigniew Rau: Foreign Minister of Poland
Michael Carpenter, US ambassador to the OSCE,  → Michael Carpenter: US ambassador to the OSCE
Russia's deputy foreign minister, Sergei Ryabkov, → Sergei Ryabkov: Russia's deputy foreign minister
Andrew Weiss of the Carnegie Endowment for Peace → Andrew Weiss: Carnegie Endowment for Peace
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from compare.extract import lexicon as lx
from compare.extract.claims import Role
from compare.extract.context import Context
from compare.extract.lemmas import AUX_LEMMAS, MODALS, classes
from compare.extract.names import Mention, is_person_name, is_post_word, split_title, whole_name
from compare.extract.people_nouns import counting_nouns
from compare.extract.wordlists import CALENDAR_NAMES, PREPOSITIONS

_ROLE_STEMS = lx.ROLE_STEMS
_WORD = re.compile(r"[\w'’\-]+")
_LAST_WORD = re.compile(r"(?<![\w'’\-])[\w'’\-]+$")
_AFTER_APPOSITIVE = re.compile(r",\s*(?P<role>[^,;:.!?“”\"()]{3,90}?)\s*(?=[,;.!?]|$|\s[—–])")
_OF_ORG = re.compile(
    r"\s+(?:of|at|from)\s+(?P<org>(?:the\s+)?[A-Z][\w'’&.\-]*(?:\s+(?:[A-Z][\w'’&.\-]*|of|for|and|the|on|in|de))*[A-Za-z])"
)
_BEFORE_OPENERS = re.compile(
    r"(?:^|[,;:—–(”\"]\s*|\b(?:said|says|told|warned|added|by|and|with|as|that)\s+)(?=\S)"
)


# Quote attribution reads the roles (to resolve "the senator") before extract_claims
# asks for them: one computation per Context.
_CACHE: WeakKeyDictionary[Context, list[Role]] = WeakKeyDictionary()


def extract_roles(ctx: Context) -> list[Role]:
    cached = _CACHE.get(ctx)
    if cached is None:
        cached = _CACHE[ctx] = _extract_roles(ctx)
    return list(cached)


def _extract_roles(ctx: Context) -> list[Role]:
    roles: list[Role] = []
    seen: set[tuple[int, int]] = set()
    for mention in ctx.people.mentions:
        sentence = ctx.sentence_at(mention.start)
        if sentence.role == "headline" or mention.end > sentence.end:
            continue  # title case makes every comma look like an appositive
        for role in _roles_of(ctx, mention, sentence.start, sentence.end):
            key = (role.start, role.end)
            if key not in seen:
                seen.add(key)
                roles.append(role)
    return roles


# How far around a name a description is looked for: a long sentence (or text
# without sentence ends) must not make every name read the whole sentence.
_REACH = 240


def _roles_of(ctx: Context, mention: Mention, floor: int, limit: int) -> list[Role]:
    text = ctx.text
    floor = max(floor, mention.start - _REACH)
    limit = min(limit, mention.end + _REACH)
    title, core = split_title(mention.text)
    post_of = _post_of_lead(text, mention, floor)
    if post_of is not None:
        title, core = "", post_of[1]
    titled = bool(title and core and core[:1].isupper())
    person = ctx.people.canonical(core, mention.start) or core
    if post_of is not None and person == mention.text:
        person = core  # the run's own words, what the post is of, are no name
    # A surname alone ("Smith, the ship's commander,") describes the person the
    # article named in full.
    known = " " in person and is_person_name(person)
    named = is_person_name(core) or known
    if mention.possessive and not named:
        return []
    if not named and not titled:
        return _surname_described(ctx, mention, limit)
    name_start = mention.start + len(mention.text) - len(core)
    name_end = mention.end
    found: list[tuple[int, int, str]] = []

    # Title before the name, with a lowercase lead-in: "Russian president Vladimir Putin".
    if post_of is not None:
        lead_start = post_of[0]
    else:
        lead_start = _lead_in(text, mention.start, floor, titled=bool(title))
    prefix = text[lead_start:name_start].strip()
    org = _OF_ORG.match(text, name_end, limit)
    if (
        prefix
        # split_title or _post_of_lead found a post in the name or before it
        and (bool(title) or post_of is not None or _has_role_word(prefix))
        and not _relative_clause(text, lead_start, name_end, floor)
    ):
        role = prefix
        end = name_end
        if org and title:
            role = f"{prefix} of {org.group('org')}"
            end = org.end()
        found.append((lead_start, end, role))
    elif (
        org
        and _is_affiliation(org.group("org"))
        and not re.match(
            r"\s+(?:of|at|from)\s+the\s+(?:\w+\s+)?(?:day|week|year|time|talks)",
            text[name_end:limit],
        )
    ):
        found.append((mention.start, org.end(), re.sub(r"^the\s+", "", org.group("org"))))

    # "Head coach Ana Ruiz's side": a title written as one (capitalised) before a
    # possessive name is hers, but what follows describes what she has; a lowercase
    # label ("author Ana Ruiz's trilogy") names her work more than her post
    possessed = mention.possessive
    if possessed:
        found = [f for f in found if f[1] == name_end and f[2][:1].isupper()]

    # Appositive after: "Michael Carpenter, US ambassador to the OSCE,"
    after = None if possessed else _AFTER_APPOSITIVE.match(text, name_end, limit)
    if after and _is_description(after.group("role")):
        found.append((mention.start, after.end("role"), after.group("role").strip()))

    # Appositive before: "Russia's deputy foreign minister, Sergei Ryabkov,", also
    # before the name's own title: "The curate, the Rev Julian Marsh,", "the unit's
    # director, cardiothoracic surgeon Dr Martin Voss": the title says what the person
    # is called or was trained as, the appositive which office they hold.
    opening = lead_start if prefix else mention.start
    courtesy = None if prefix else _COURTESY_BEFORE.search(text, max(floor, opening - 8), opening)
    if courtesy is not None:
        opening = courtesy.start()  # "The race's medical director, Dr. Ana Ruiz,"
    before = _TITLE_DETERMINER.sub("", text[floor:opening]) if prefix else text[floor:opening]
    if before.rstrip().endswith(",") and not possessed:
        head = before.rstrip()[:-1]
        openers = list(_BEFORE_OPENERS.finditer(head))
        start = floor + (openers[-1].end() if openers else 0)
        description = text[start : floor + len(head)].strip()
        if (
            _is_description(description)
            and _ends_name_or_sentence(text, name_end, limit)
            # "the mayor, Police Chief Ana Ruiz and Fire Chief Bo Lee": a list of people
            and not (prefix and _LIST_GOES_ON.match(text, name_end, limit))
        ):
            found.append((start, name_end, description))

    # A post said of the person in a clause after the name: "Ana Ruiz, who has been
    # the ski school's deputy principal for two winters," / "Ruiz is deputy head of
    # the water board". Only a post held now or taken up: "who was head of the
    # board" may be another time's post, which another source may rightly not give.
    said = None if possessed else _PREDICATED.match(text, name_end, limit)
    if (
        said
        and _predicated_post(said.group("role"))
        and not _INSIDE_PHRASE.search(text, floor, opening)
        and (said.group("who").strip() or _opens_clause(text, floor, opening))
    ):
        found.append((mention.start, said.end("role"), said.group("role").strip()))

    roles = []
    for start, end, role in found:
        role = role.strip(" ,")
        if not role:
            continue
        roles.append(Role(**ctx.fields(start, end), person=person, role=role))
    return roles


# A copula or a verb of taking up a post right after the name (or its relative
# "who"), the post up to a clause's end or a word telling when or how long.
_PREDICATED = re.compile(
    r"(?P<who>\s*,\s*who\s+|\s+)"
    r"(?:is|has\s+been|serves\s+as|has\s+served\s+as|took\s+over\s+as|came\s+in\s+as"
    r"|(?:has\s+been|was)\s+(?:appointed|named|made)(?:\s+as)?)"
    r"\s+(?:(?:now|also|still|currently)\s+)?"
    r"(?P<role>[^,;:.!?“”\"()]{3,90}?)"
    r"(?=\s*[,;.!?]|\s*$|\s[—–]|\s+(?:(?:since|until|from|in|during|when|after|before|on|who"
    r"|which|but)\b|for\s+(?:a|an|the\s+past|the\s+last|\d|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|several|many|more|nearly|almost|over)\b))"
)
# What may stand before a name that is the subject of "is": nothing of its sentence,
# or the end of a clause or a set-off phrase ("In May, Ana Ruiz is ..."). A name
# after "of", "for" or an "'s" is part of another noun phrase: "The brother of Ana
# Ruiz is the club's head coach" says nothing of Ruiz's post.
_CLAUSE_OPENS = re.compile(r"(?:^|[,;:—–(“\"]|\b(?:and|but|while|as|because|after|when))\s*$")
_INSIDE_PHRASE = re.compile(
    r"(?:\b(?:of|for|to|with|by|from|against|about)|['’]s)\s*$", re.IGNORECASE
)
# Words telling a post of another time, or none: "is a former police officer".
_NOT_NOW = frozenset("former ex onetime retired late then".split())
_CLAUSE_VERBS = frozenset("is was are were has had".split())
_AWARD = re.compile(
    r"\bof\s+the\s+(?:year|match|season|month|week|game|tournament|day|series|final)$",
    re.IGNORECASE,
)


def _predicated_post(phrase: str) -> bool:
    """Does the phrase after "is" name a post held now ("deputy head of the water
    board", "the club's assistant coach"), not a state, a deed or a past post
    ("expected to be named captain", "not the captain", "a former police officer")?"""
    shown = [w.lower() for w in _WORD.findall(phrase)]
    if not shown or " to " in f" {phrase} " or _NOT_NOW & set(shown):
        return False
    if any(w.startswith("ex-") for w in shown):
        return False  # "an ex-minister"
    if _CLAUSE_VERBS & set(shown[1:]):
        return False  # run on into another clause: "... and Pedro Gomez is its captain"
    if _AWARD.search(phrase):
        return False  # "named player of the match": an award, no post
    if shown[0] in ("not", "no", "never"):
        return False
    if shown[0].endswith(("ed", "ing")) and shown[0] not in _RANKS:
        return False
    if shown[-1] in PREPOSITIONS or shown[-1] in ("the", "a", "an", "and", "or"):
        return False  # cut short: "director of"
    return _is_description(phrase)


def _opens_clause(text: str, floor: int, start: int) -> bool:
    """Is the name at `start` the first of its clause, so that a verb after it is
    its own?"""
    return bool(_CLAUSE_OPENS.search(text[floor:start]))


# The determiner of a title before a name ("the Rev Julian Marsh"), which the title's
# lead-in stops at.
_TITLE_DETERMINER = re.compile(r"\b(?:the|a|an)\s*$", re.IGNORECASE)
_LIST_GOES_ON = re.compile(r",?\s+(?:and|or)\s")


# A post and what it is of, right before a name: "director of public health Ana
# Ruiz" (lowercase words after "of"), "Clerk of the Privy Council Ana Ruiz" (the
# capitalised words are read as one run with the name).
_POST_OF = re.compile(
    r"(?P<post>[A-Za-z][\w'’\-]*)\s+of\s+(?P<the>the\s+)?(?P<what>(?:[a-z][\w'’\-]*\s+){0,3})$"
)


def _post_of_lead(text: str, mention: Mention, floor: int) -> tuple[int, str] | None:
    """Where a title of the form "<post> of <what>" before the mention starts, and
    the name it titles: the mention itself when lowercase words follow "of", else
    the whole name that ends the mention's run."""
    match = _POST_OF.search(text, max(floor, mention.start - 80), mention.start)
    if match is None or not is_post_word(match.group("post")):
        return None
    what = match.group("what").split()
    if any(w in lx.DETERMINERS or w in lx.PHRASE_BREAKERS for w in what):
        return None  # "chief of the team that won Ana Ruiz": a clause, no title
    shown = mention.text.split()
    name = mention.text
    if not what:
        # the run holds what the post is of, then a whole name: its last two words
        # ("Royal Archives Mara Quill" could read as a name of three); the article's
        # fuller name, if any, is found from them (canonical)
        if len(shown) < 3 or not whole_name(shown[-2:]):
            return None
        name = " ".join(shown[-2:])
    if not is_person_name(name):
        return None
    return _lead_in(text, match.start(), floor, titled=False), name


# "Ruiz, a division chief with Cal Fire,": a described person's surname, when the
# article never gives the full name, still has the post said of it.
_DESCRIBED = re.compile(
    r",\s*(?P<role>(?:a|an|the)\s[^,;:.!?“”\"()]{3,90}?)\s*(?=[,;.!?]|$|\s[—–])"
)


def _surname_described(ctx: Context, mention: Mention, limit: int) -> list[Role]:
    """The role an appositive after a lone capitalised word gives, when the
    appositive names a post ("Ruiz, a division chief with Cal Fire,")."""
    if " " in mention.text or mention.text.lower() in lx.NAME_STOPWORDS:
        return []
    if mention.text.lower() in CALENDAR_NAMES:
        return []  # "On Tuesday, the main line was reopened by ...": a day, no person
    after = _DESCRIBED.match(ctx.text, mention.end, limit)
    if after is None or not _is_description(after.group("role")):
        return []
    role = after.group("role").strip(" ,")
    return [Role(**ctx.fields(mention.start, after.end("role")), person=mention.text, role=role)]


def _is_affiliation(org: str) -> bool:
    """'the Carnegie Endowment for Peace', not 'September 2010'."""
    words = [w for w in org.split() if w.lower() != "the"]
    return bool(words) and words[0].lower() not in CALENDAR_NAMES and not re.search(r"\d", org)


def _lead_in(text: str, start: int, floor: int, titled: bool) -> int:
    """Start of the title words right before a name ("deputy foreign minister",
    "Valley Dairy CEO and investor", "Former Kutztown University football player").
    A name opening with its own title (titled) reads on over an "and" joining
    another title: "Acme President and General Manager Ana Ruiz" holds both."""
    courtesy = _COURTESY_BEFORE.search(text, max(floor, start - 8), start)
    if courtesy is not None:
        # "college president Dr. Ana Ruiz": the post stands before the courtesy title
        lead = _lead_in(text, courtesy.start(), floor, titled)
        return lead if lead < courtesy.start() else start
    pos = start
    window = max(floor, start - 100)  # six words at most are read
    # Most names have no title before them: the word next to the name (after
    # nothing but spaces) must name a position, else the loop below stops at it.
    # That word alone is read first.
    head = text[window:start].rstrip()
    last = _LAST_WORD.search(head, max(0, len(head) - 40))
    next_to_name = last.group() if last is not None else ""
    if not (_post_noun(next_to_name) or (titled and next_to_name.lower() == "and")):
        return start
    words = list(_WORD.finditer(text[window:start]))
    if window > floor and words and words[0].start() == 0:
        words = words[1:]  # perhaps a word cut in two by the window
    floor = window
    read = list(reversed(words[-6:]))
    named = False  # a capitalised word (an organisation) has been read
    for k, word in enumerate(read):
        w = word.group(0)
        gap = text[floor + word.end() : pos]
        if gap.strip():
            break
        lower = w.lower()
        if lower == "and" and _joins_titles(read, k, titled):
            pos = floor + word.start()
            continue  # "chairman and founder": two titles of one person
        if lower in lx.DETERMINERS or lower in lx.PHRASE_BREAKERS:
            break
        if lower.endswith(("ed", "ing")) and lower not in _RANKS and not _inside_title(read, k):
            break  # "after hiring former lawyer X": the title is "former lawyer"
        if k == 0 and not _post_noun(w):
            break  # the word next to the name names a position: "city engineer Tom Okafor"
        if named and w[:1].islower() and lower not in ("former", "ex"):
            break  # "charges Valley Dairy CEO": the verb before an organisation's name
        if (
            k >= 4
            and not (named and w[:1].isupper())
            and lower not in ("former", "ex")
            and lower not in _RANKS
        ):
            # past four words only an organisation's name, "former" or a word that
            # changes the post is read on ("Deputy chief plant health officer")
            break
        # a courtesy title ("Deputy medical director Dr Ana Ruiz") is the name's own,
        # no organisation's name after which a lowercase word would be a verb
        named = named or (w[:1].isupper() and lower.rstrip(".") not in _COURTESY)
        pos = floor + word.start()
    return pos


_COURTESY = frozenset("mr mrs ms miss dr prof sir dame".split())
# A courtesy title with its stop right before a name the mention leaves it out of
_COURTESY_BEFORE = re.compile(r"(?<![\w.])(?:Dr|Prof|Mr|Mrs|Ms)\.\s+$")
# Words before a title that make another post of it: the deputy is not the chief.
_RANKS = frozenset("deputy vice assistant acting interim associate".split())


def _inside_title(read: list[re.Match[str]], k: int) -> bool:
    """Is the word at read[k] (words read backwards from the name) a participle
    between two title words, part of one title ("Chief Operating Officer", "chief
    marketing officer"), not a verb before one ("after hiring former lawyer X")?"""
    if k == 0 or k + 1 >= len(read):
        return False
    return _is_title_word(read[k - 1].group(0)) and _is_title_word(read[k + 1].group(0))


def _joins_titles(read: list[re.Match[str]], k: int, titled: bool) -> bool:
    """Is the 'and' at read[k] (words read backwards from the name) between two
    position words ("CEO and investor")? Right before the name, the word after it
    is the name's own title (titled: "President and General Manager Ana Ruiz"),
    and the title before it must be capitalised as one with it and not open a
    noun phrase of its own: in "the mayor and Police Chief Ana Ruiz" the mayor is
    someone else."""
    if k + 1 >= len(read) or not _is_title_word(read[k + 1].group(0)):
        return False
    if k:
        return _is_title_word(read[k - 1].group(0))
    before = read[k + 1].group(0)
    opener = read[k + 2].group(0).lower() if k + 2 < len(read) else ""
    return titled and before[:1].isupper() and opener not in lx.DETERMINERS


def _is_title_word(word: str) -> bool:
    return word.lower() in lx.TITLES or word.lower().rstrip("s") in _ROLE_STEMS


# "the court reporter [whom] Nichols murdered": a past verb with no object after a
# name that follows "a/the + title" makes a relative clause: the title is someone else's.
_PAST_VERB = re.compile(r"\s+(?P<verb>[a-z]+ed|shot|hit|struck|stabbed|hired|fired|beat)\b")
_NEXT_WORD = re.compile(r"\s*([\w'’\-]+)")
_OBJECT_PRONOUNS = frozenset("him her them it me us you himself herself themselves".split())


def _relative_clause(text: str, lead_start: int, name_end: int, floor: int) -> bool:
    before = _WORD.findall(text[max(floor, lead_start - 20) : lead_start])
    if not before or before[-1].lower() not in lx.DETERMINERS:
        return False
    verb = _PAST_VERB.match(text, name_end)
    if not verb or verb.group("verb") in lx.REPORTING_VERBS:
        return False
    following = _NEXT_WORD.match(text, verb.end())
    if following is None:
        return True  # the sentence ends at the verb
    word = following.group(1)
    # An object after the verb ("shot the suspect", "shot him", "shot Ana Ruiz")
    # makes the name its subject, and the title its own.
    return not (
        word.lower() in lx.DETERMINERS
        or word.lower() in _OBJECT_PRONOUNS
        or word[:1].isupper()
        or word[:1].isdigit()
    )


def _has_role_word(phrase: str) -> bool:
    return any(_post_noun(w) for w in _WORD.findall(phrase))


def _lexicon_post(lower: str) -> bool:
    """Is the (lower-case) word a title or a role noun of the lexicon?"""
    return lower in lx.TITLES or lower.rstrip("s") in _ROLE_STEMS


def _post_noun(word: str) -> bool:
    """A word naming a post: a title or role noun of the lexicon, or a noun written
    in lower case (a capitalised one may be a name: "Cook", "Mason") and no
    adjective whose commonest sense in WordNet is a kind of person ("curate",
    "archaeologist", "treasurer", "conductor")."""
    lower = word.lower()
    if _lexicon_post(lower):
        return True
    if word != lower:
        return False
    kinds = classes(lower)
    return lower in counting_nouns() and "noun" in kinds and "adj" not in kinds


def _is_description(phrase: str) -> bool:
    words = _WORD.findall(phrase)
    if not words or len(words) > 14:
        return False
    first = words[0].lower()
    if first in ("who", "which", "that", "where", "when", "said", "says", "and", "but"):
        return False
    if any(w.lower() in lx.REPORTING_VERBS for w in words[:2]):
        return False
    if any(_lexicon_post(w.lower()) for w in words):
        return True
    # A person noun of WordNet's makes a description only of a noun phrase: after
    # ", was deeply moved as she thanked her neighbour" the "neighbour" is no post of
    # the name set off before it.
    return _opens_noun_phrase(first) and any(_post_noun(w) for w in words)


def _opens_noun_phrase(word: str) -> bool:
    """Can the (lower-case) word open a noun phrase: no auxiliary or modal, and no
    word that is only a verb or an adverb ("looked", "smiled", "visibly")?"""
    if word in AUX_LEMMAS or word in MODALS:
        return False
    kinds = classes(word)
    return not kinds or "noun" in kinds or "adj" in kinds


def _ends_name_or_sentence(text: str, end: int, limit: int) -> bool:
    rest = text[end:limit].lstrip()
    return not rest or rest[0] in ",.;:!?)—–" or bool(re.match(r"(?:[a-z]+ly\s+)?\w+", rest))
