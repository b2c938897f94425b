"""What two descriptions of a person say against each other: the words of titles
and posts, when two agree ("Capt." / "Captain"), when they name two posts, and
when they cannot both be right ("deputy minister" / "minister").

The role matcher and judge (compare.align.roles) and the quote judge read these;
they hold no verdicts of their own."""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from compare.align.derivations import families
from compare.align.synonyms import are_synonyms
from compare.align.words import TEXTS_REMEMBERED, remembered, stem, words
from compare.extract import Role
from compare.extract import lexicon as lx
from compare.extract.lemmas import AUX_LEMMAS, classes
from compare.extract.people_nouns import counting_nouns, narrow_kinds_apart, people_noun
from compare.extract.wordlists import CONJUNCTIONS, PREPOSITIONS, SUBORDINATORS

_FILLER = frozenset("a an the of to at in for and s".split())

# Abbreviated titles and the words they stand for: "Capt." is "Captain".
_ABBREVIATIONS = {
    "capt": "captain", "cpt": "captain", "gen": "general", "lt": "lieutenant",
    "col": "colonel", "sgt": "sergeant", "maj": "major", "adm": "admiral", "cmdr": "commander",
    "cdr": "commander", "gov": "governor", "sen": "senator", "rep": "representative",
    "dr": "doctor", "prof": "professor", "supt": "superintendent", "det": "detective",
    "insp": "inspector", "pres": "president", "rev": "reverend", "atty": "attorney",
    "asst": "assistant", "dep": "deputy", "sec": "secretary", "amb": "ambassador",
    "cpl": "corporal", "pvt": "private", "ofc": "officer", "mgr": "manager",
}  # fmt: skip
# Abbreviations written only into a name ("Cllr Ruth Abara"), read for name_title.
_NAME_ABBREVIATIONS = {"cllr": "councillor"}
# Position nouns outlets use for one another.
_ROLE_SYNONYMS = [
    {"lawyer", "attorney", "counsel", "counselor", "counsellor"},
    {"spokesman", "spokeswoman", "spokesperson"},
    {"chairman", "chairwoman", "chair"},
    {"adviser", "advisor"},
    {"ceo", "executive"},
    {"doctor", "physician"},
    {"lawmaker", "legislator"},
    {"chief", "head"},
    # One seat on a council, however a paper writes it ("Council Member" is joined).
    {"councilmember", "councilman", "councilwoman", "councillor", "councilor"},
]
_ROLE_CANON = {w: min(group) for group in _ROLE_SYNONYMS for w in group}
# Position words that name no post alone: "chief", "head" of what the words beside tell.
_HEADS = frozenset({_ROLE_CANON["chief"]})
# Words that change the position itself ("deputy minister" is not "minister"). A
# lieutenant is the one who stands in ("Lt. Gov." is not "Gov.", "Lt. Col." not "Col."),
# and "Lt." alone still agrees with "Lieutenant", both holding it. "Additional" names
# the grade below a post in civil services ("Additional Chief Secretary" is not the
# Chief Secretary; "joint", a co-holder as often as a grade, is left out). A "shadow"
# minister speaks for the opposition on the portfolio the minister holds.
_RANK = frozenset(
    "deputy vice assistant acting interim associate junior under lieutenant additional "
    "shadow".split()
)
# "Staff" before a service rank makes another rank ("Staff Captain", second in command
# aboard, is not the captain; "staff sergeant" is not "sergeant"); before other posts
# it tells where one works ("staff nurse", "chief of staff")
_SERVICE_RANKS = frozenset("captain sergeant commander colonel major".split())


def _ranks(said: set[str]) -> set[str]:
    """The words of a title that change the position itself."""
    staff = {"staff"} & said if said & _SERVICE_RANKS else set()
    return (said & _RANK) | staff


_POSITIONS = frozenset(stem(n) for n in lx.ROLE_NOUNS) | frozenset(lx.TITLES)
POSITIONS = _POSITIONS  # position words, for the quote judge
# Positions one person can't hold at once within one setting: a conflict when two
# sources give one person positions from two different sides.
_SIDES = [
    [{"coach", "manager"}, {"player", "striker", "goalkeeper", "quarterback", "pitcher"}],
    [{"judge"}, {"lawyer", "prosecutor"}, {"defendant"}, {"juror"}],
    [{"doctor", "surgeon"}, {"nurse"}, {"patient"}],
    [{"senator"}, {"congressman", "congresswoman", "representative"}],
    [{"governor"}, {"mayor"}],
    [{"teacher", "lecturer", "professor"}, {"student"}],
    [{"officer", "detective"}, {"suspect"}],
]
_SIDE = {w: (d, s) for d, sides in enumerate(_SIDES) for s, side in enumerate(sides) for w in side}


def _canon(word: str) -> str:
    word = _ABBREVIATIONS.get(word, word)
    return _ROLE_CANON.get(stem(word), stem(word))


@remembered(TEXTS_REMEMBERED)  # the role judge reads a sentence for each pair it is in
def _said(sentence: str) -> frozenset[str]:
    """The sentence's words as _canon reads them."""
    return frozenset(_canon(w) for w in words(sentence))


# A seat written as two words ("City Council Member") reads as the one word.
_COUNCIL_MEMBER = re.compile(r"\b(council)\s+(?:member|person)\b", re.IGNORECASE)


def role_words(role: str) -> set[str]:
    role = _COUNCIL_MEMBER.sub(r"\1member", role)
    return {_canon(w) for w in _ranks_apart(words(role)) if w not in _FILLER}


def _ranks_apart(said: list[str]) -> list[str]:
    """The words with a rank joined to its post by a hyphen read apart: "vice-captain"
    is the rank "vice" of the post "captain", as "Vice Captain" is."""
    out = []
    for w in said:
        rank, _, post = w.partition("-")
        out += [rank, post] if rank in _RANK and post else [w]
    return out


def _is_post(word: str) -> bool:
    """A position word of the titles' lists, or a noun whose commonest sense in
    WordNet is a kind of person ("coroner", "warden", "provost"): a post as much
    as "director" is, when a title names it."""
    return word in _POSITIONS or word in counting_nouns()


def wordnet_post_only(role: str) -> bool:
    """Does the description name its post only by a noun the titles' lists lack
    ("Warden", "Pastor", "Democrat")? WordNet tells such a noun is a kind of person,
    not whether another source's different word is another post: the judge reads it
    for a rank of the same post ("Deputy Warden"), never as a variant."""
    said = role_words(role) - _RANK
    return not said & _POSITIONS and any(w in counting_nouns() for w in said)


def posts_of_other_kinds(a: str, b: str) -> bool:
    """Do the two descriptions name posts of one body that WordNet tells apart, each
    post a kind of person that is not the other's nor under it, nor both under one
    narrow kind ("the choir's treasurer" / "the choir's conductor")? Two words of one
    kind ("skipper" / "captain", "conductor" / "musician") are not, nor two posts
    with no body named alike: a team's "manager" may be what another paper calls its
    "skipper"."""
    wa, wb = role_words(a), role_words(b)
    pa, pb = _posts(wa), _posts(wb)
    if not (pa and pb) or (wa | wb) & _RELATIVES:
        return False  # "the volunteer who catalogues the fossils": a description of work
    if not _held_in(a) & _held_in(b):
        return False
    return all(narrow_kinds_apart(x, y) for x in pa for y in pb)


_RELATIVES = frozenset("who which that whose".split())
_OWNER = re.compile(r"([A-Za-z][\w\-]*)['’]s?(?=\s)")


def _held_in(role: str) -> set[str]:
    """The words naming what the post is held in: an owner before it ("the choir's
    treasurer": choir), a noun that is no adjective before it ("the choir
    treasurer"; not "the new treasurer") or the body after "of", "for" or "at"."""
    held = {_canon(m.group(1).lower()) for m in _OWNER.finditer(role)}
    # nouns before the post ("the choir treasurer"), not those of a phrase after it
    shown = [_canon(w) for w in words(role)]
    first_post = next((k for k, w in enumerate(shown) if _is_post(w) and w not in _RANK), 0)
    held |= {
        w
        for w in shown[:first_post]
        if w.isalpha() and w not in _RANK and "noun" in classes(w) and "adj" not in classes(w)
    }
    body = _BODY.search(role)
    if body is not None:
        # the body's own words, up to where a place, a time or a figure is added
        # ("the choir in Leeds", "the choir since 2019")
        for w in words(body.group(1)):
            if w in PREPOSITIONS or w in ("since", "until") or not w.isalpha():
                break
            if w not in _FILLER:
                held.add(_canon(w))
    return held - _FILLER


def _posts(said: set[str]) -> set[str]:
    """The words of a description that name a post, ranks left out."""
    return {w for w in said if _is_post(w)} - _RANK


@remembered(TEXTS_REMEMBERED)  # asked of one event's few descriptions for every pair
def roles_agree(a: str, b: str) -> bool:
    """One description holds the other ("president" in "Russian president"), or both
    name the same position at the same rank ("former lawyer", "Lohan's attorney").
    A description of two positions ("assistant general manager and senior vice
    president") agrees with either."""
    a, b = _acronyms_spelt(a, b), _acronyms_spelt(b, a)
    if any(_parts_agree(x, y) for x in positions(a) for y in positions(b)):
        return True
    return _head_of(a, b) or _head_of(b, a) or _judge_titled(a, b) or _judge_titled(b, a)


# Words that name no post but the top of a body ("the head of the Department of
# Archaeology", "the team's leader"), and the posts that are the top of one: the head
# of a department may be its director, its director general or its chair.
_GENERIC_HEADS = frozenset({_ROLE_CANON["head"], "leader", "boss"})
_TOP_POSTS = frozenset(
    _canon(w)
    for w in "director general president chair executive commissioner commander "
    "superintendent manager leader dean rector governor chancellor".split()
)


def _head_of(generic: str, other: str) -> bool:
    """Is `generic` the head of a body ("The head of the railway corporation") that
    `other` names a top post of ("TRC director general")? The body's words must all
    be the other's, or be spelt by one of the other's acronyms ("TRC": railway
    corporation); neither may carry a rank ("deputy head")."""
    wg, wo = role_words(generic), role_words(other)
    if _ranks(wg) or _ranks(wo) or not (_posts(wg) and _posts(wg) <= _GENERIC_HEADS):
        return False
    if not (_posts(wo) & _TOP_POSTS) or _posts(wo) <= _GENERIC_HEADS:
        return False
    body = [_canon(w) for w in words(generic) if w not in _FILLER]
    body = [w for w in body if w not in _GENERIC_HEADS]
    if not body:
        return False
    return set(body) <= wo or any(_spells(w, body) for w in other.split())


def _spells(acronym: str, body: list[str]) -> bool:
    """Do the body's words' initials, in order, stand in the acronym ("TRC":
    railway corporation)?"""
    if not (acronym.isupper() and 2 <= len(acronym) <= 6 and acronym.isalpha()):
        return False
    initials = iter(acronym.lower())
    return all(w[:1] in initials for w in body)


def _judge_titled(title: str, other: str) -> bool:
    """Is `title` "Justice", the title judges of higher courts bear ("Justice Mutale
    Banda"), against a description of a judge ("High Court judge")?"""
    return words(title) == ["justice"] and "judge" in role_words(other)


def two_posts(a: Role, b: Role) -> bool:
    """One position noun, each side's with a noun before it that the other side's
    sentence lacks: "Battalion Chief" / "a division chief", "police chief" / "fire
    chief" are two posts. Only plain nouns count: an adjective ("senior adviser" /
    "top adviser") or a name ("LAPD chief" / "police chief") may tell one post
    another way, and a noun the other sentence has ("Fire Chief" beside "Fire &
    Rescue Chief", read as "Rescue Chief") was cut off its description."""
    before_a, before_b = _post_qualifiers(a.role), _post_qualifiers(b.role)
    said_a = _said(a.sentence)
    said_b = _said(b.sentence)
    if any(
        qa != qb and qa not in said_b and qb not in said_a
        for post, qa in before_a.items()
        for qb in [before_b.get(post)]
        if qb is not None
    ):
        return True
    fields_a, fields_b = _post_fields(a), _post_fields(b)
    # a field against a field ("chief financial officer" / "chief operating officer"),
    # or against a plain noun on the other side ("managing director" / "finance
    # director"), names two posts as well
    pairs = [
        (fa, fb)
        for post, fa in fields_a.items()
        for fb in (fields_b.get(post), before_b.get(post))
        if fb is not None
    ] + [(fa, fields_b[post]) for post, fa in before_a.items() if post in fields_b]
    return any(
        fa != fb and fa not in said_b and fb not in said_a and not families(fa) & families(fb)
        for fa, fb in pairs
    )


# Adjectives that grade a post rather than name its field: a "senior adviser" and a
# "top adviser" may be one post, a "chief financial officer" and a "chief operating
# officer" are two.
_GRADES = frozenset("senior top chief principal lead head main leading".split())


def _post_fields(role: Role) -> dict[str, str]:
    """Position noun -> the adjective or participle right before it that names the
    post's field ("Chief financial officer": officer -> financial, "artistic
    director": director -> artistic), for one written in lower case, or title-cased
    as the whole title is or as the sentence's first word. A grade ("senior") or a
    rank ("deputy", read apart) names no field."""
    shown = role.role.split()
    opens = role.sentence.lstrip().startswith(role.role)
    out = {}
    for k, post, before in _posts_with_word_before(shown):
        lower = before.lower()
        capital = before[:1].isupper() and not shown[k][:1].isupper()
        if (capital and not (opens and k == 1)) or before.isupper():
            continue
        if lower in _FILLER or lower in _RANK or lower in _GRADES or _is_post(lower):
            continue
        kinds = classes(lower)
        if "adj" in kinds or lower.endswith("ing"):
            out[post] = lower
    return out


def two_heads(a: Role, b: Role) -> bool:
    """One bare head shared, "chief" or "head", whose post the words beside it give,
    and each side with such words that the other's sentence lacks and no word of
    the other's is of one family with: "chief executive" / "head of operations"
    are two posts, "Chief Financial Officer" / "finance chief" one, and "Fire
    Chief" / "Rescue Chief" beside "Fire & Rescue Chief" a title cut short. Of a
    description of two positions only the one that agrees with the other side is
    read: "chief executive" / "founder and chief technology officer" are two posts
    (the founder part agrees with nothing, so it says nothing for one post)."""
    pairs = [(wa, wb) for wa in positions(a.role) for wb in positions(b.role)]
    agreeing = [(wa, wb) for wa, wb in pairs if _parts_agree(wa, wb)]
    return all(_two_heads_of(a, b, wa, wb) for wa, wb in agreeing or pairs)


def _two_heads_of(a: Role, b: Role, wa: set[str], wb: set[str]) -> bool:
    if len(wa & wb) / max(1, min(len(wa), len(wb))) >= 0.8:
        return False  # one description holds the other
    shared = (wa & _POSITIONS) - _RANK & (wb & _POSITIONS)
    if not shared or not shared <= _HEADS or _posts(wa) & _posts(wb) - _HEADS:
        # a post beside the head both name, the lists' or WordNet's ("chief
        # veterinarian"): one post, the head is its grade
        return False
    said_a = _said(a.sentence)
    said_b = _said(b.sentence)
    only_a, only_b = wa - wb - said_b, wb - wa - said_a
    if not only_a or not only_b:
        return False
    return not any(families(x) & families(y) for x in only_a for y in only_b)


# A post's body after it: "spokeswoman for the regional police", "director of the
# county museum", "a coach at Marlow College".
_BODY = re.compile(r"\b(?:for|of|at)\s+(?:the\s+|a\s+|an\s+)?(\S.*)$", re.IGNORECASE)


def two_bodies(a: Role, b: Role) -> bool:
    """One post held for two bodies named in other words: "spokeswoman for the
    city's transport authority" / "spokeswoman for the regional police", "director
    of the county museum" / "director of the national archive" are two posts. Each
    body must be described by at least two words of its own, with a head noun in
    lower case: a bare "the company" or a name ("Corlen Holdings") may be the
    other's body told another way, and so may two bodies sharing a word ("the
    regional police" / "Marrow Valley Police"), one whose word the other's
    sentence has, or two heads of one sense or family."""
    body_a, body_b = _body(a.role), _body(b.role)
    if body_a is None or body_b is None:
        return False
    (head_a, words_a), (head_b, words_b) = body_a, body_b
    if words_a & words_b or words_a & _said(b.sentence) or words_b & _said(a.sentence):
        return False
    return not (are_synonyms(head_a, head_b) or families(head_a) & families(head_b))


def _body(role: str) -> tuple[str, frozenset[str]] | None:
    """The head noun and the words (as _canon reads them) of the body a post is
    held for, when the body is described in at least two words and its head is in
    lower case."""
    found = _BODY.search(role)
    if found is None:
        return None
    shown = [w for w in found.group(1).split() if w]
    head = _bare(shown[-1]) if shown else ""
    if head.endswith(("'s", "’s")):
        head = head[:-2]
    if not head.isalpha() or not head.islower():
        return None
    said = frozenset(_canon(w) for w in words(found.group(1)) if w not in _FILLER)
    if len(said) < 2:
        return None
    return head, said


def _post_qualifiers(role: str) -> dict[str, str]:
    """Position noun -> the plain noun right before it ("Battalion Chief": chief ->
    battalion), for a noun written in lower case or in a title-cased title."""
    shown = role.split()
    out = {}
    for k, post, before in _posts_with_word_before(shown):
        lower = before.lower()
        named = before[:1].isupper() and not shown[k][:1].isupper()
        if named or before.isupper() or lower in _FILLER or lower in _RANK:
            continue
        if "noun" in classes(lower) and "adj" not in classes(lower):
            out[post] = _canon(lower)
    return out


def _posts_with_word_before(shown: list[str]) -> Iterator[tuple[int, str, str]]:
    """(index, position noun, the word before it) for each word of a title after its
    first that is a position and no rank ("deputy" is read apart)."""
    for k in range(1, len(shown)):
        post, before = _canon(_bare(shown[k]).lower()), _bare(shown[k - 1])
        if post in _POSITIONS and post not in _RANK:
            yield k, post, before


def _bare(word: str) -> str:
    return word.strip(".,;:()\"'“”’")


_CAPITALISED_RUN = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")


def _acronyms_spelt(role: str, other: str) -> str:
    """The role with an acronym spelt out as the other role writes it in full
    ("OSP Lt." beside "Oregon State Police Lt.": "Oregon State Police Lt.")."""
    runs: dict[str, str] = {}
    for run in _CAPITALISED_RUN.findall(other):
        names = run.split()
        for i in range(len(names)):
            for j in range(i + 2, len(names) + 1):
                runs.setdefault("".join(w[0] for w in names[i:j]), " ".join(names[i:j]))
    return " ".join(runs.get(w, w) if w.isupper() and len(w) > 1 else w for w in role.split())


def _parts_agree(wa: set[str], wb: set[str]) -> bool:
    if not wa or not wb or _ranks(wa) != _ranks(wb):
        return False  # "deputy foreign minister" is not "foreign minister"
    if _parts_clash(wa, wb):
        return False  # "State Sen." / "State Rep.": a shared qualifier makes no one post
    if len(wa & wb) / min(len(wa), len(wb)) >= 0.8:
        return True
    return bool((wa & _POSITIONS) - _RANK & (wb & _POSITIONS)) or _one_sense(wa, wb)


def _one_sense(wa: set[str], wb: set[str]) -> bool:
    """A post word the titles' lists lack, of one sense in WordNet with a post word
    of the other side ("skipper" / "captain"): two words for one post. Two listed
    words are left to the lists, finer than WordNet, which makes one sense of
    "manager" and "director"."""
    for x in _posts(wa):
        for y in _posts(wb):
            if x != y and (x not in _POSITIONS or y not in _POSITIONS) and _shared_sense(x, y):
                return True
    return False


def _shared_sense(x: str, y: str) -> bool:
    nx, ny = people_noun(x), people_noun(y)
    return nx is not None and ny is not None and bool(nx.senses & ny.senses)


_JOIN = re.compile(r"\s+and\s+|\s*[,&/]\s*", re.IGNORECASE)


def positions(role: str) -> list[set[str]]:
    """The role's words, one set per position it names ("president and general
    manager" names two)."""
    parts = [role_words(p) for p in _JOIN.split(role)]
    return [p for p in parts if p] or [role_words(role)]


def roles_clash(a: str, b: str) -> str:
    """Why two descriptions can't both be right, or '' when they are only different:
    the same position at another rank, or positions from opposite sides of one
    setting. Only titles clash: a description ("an outstanding defensive player",
    "the former Sixers player") tells a career, not the post held today."""
    if not (is_title(a) and is_title(b)):
        return ""
    for wa in positions(a):
        for wb in positions(b):
            clash = _parts_clash(wa, wb)
            if clash:
                return clash
    return ""


def _parts_clash(wa: set[str], wb: set[str]) -> str:
    pa, pb = _posts(wa), _posts(wb)
    if pa & pb and _ranks(wa) != _ranks(wb):
        return "rank"  # deputy minister / minister
    sides_a = {_SIDE[w] for w in pa if w in _SIDE}
    sides_b = {_SIDE[w] for w in pb if w in _SIDE}
    same_setting = {d for d, _ in sides_a} & {d for d, _ in sides_b}
    if same_setting and not sides_a & sides_b:
        return "position"  # head coach / player
    return ""


_DESCRIPTION = frozenset(
    "former ex onetime then retired longtime late future outstanding popular".split()
)
# Words that open a description, not a title; inside one ("Clerk of the Privy
# Council") an article is the title's own.
_DESCRIPTION_OPENERS = frozenset("a an the one his her their its".split())


def is_title(role: str) -> bool:
    """A title held now ("head coach", "Deputy Minister"), not a description
    opening with an article or telling a past or a quality ("a former player")."""
    said = words(role)
    if not said or said[0] in _DESCRIPTION_OPENERS or said[0].endswith("'s"):
        return False
    return not _DESCRIPTION & set(said)


# Descriptions that say nothing an outlet could get wrong about the post: courtesy
# titles, and relations to someone else ("her business partner", "his girlfriend").
_COURTESY = frozenset("mr mrs ms miss mister madam sir dame".split())
# A degree's title written before a name: "Dr" alone tells no post held, and two
# outlets' "Dr" tie nothing they say of the post (one may say director, the other
# deputy director): roles.judge_roles sets it aside when both sources give a post.
# "Prof" and "Rev" tell a post (a professor, a clergyman).
DEGREES = frozenset({"dr"})


def degree_only(role: Role) -> bool:
    """Is the description a degree's title alone ("Dr", "Dr.")?"""
    said = words(role.role)
    return bool(said) and set(said) <= DEGREES


_RELATIONS = frozenset(
    "partner friend girlfriend boyfriend wife husband spouse fiance fiancee son daughter "
    "mother father brother sister uncle aunt cousin nephew niece grandson granddaughter "
    "colleague teammate neighbor neighbour".split()
)


# Words that make a description tell a career or a quality, not the post held:
# "a former player", "An outstanding defensive player", "one of the most popular
# players". Set beside a title ("coach"), both are right: nothing to show.
_CAREER = frozenset(
    "former ex onetime one-time then retired late outstanding popular legendary "
    "famous renowned most".split()
)


def tells_a_post(description: str) -> bool:
    """Does a description, read up to its head noun, tell a post held: not a courtesy
    title, a relation ("his brother") nor a career or a quality ("a former player")?"""
    said = [stem(w) for w in words(description) if w not in _FILLER]
    if not said or set(said) <= _COURTESY or said[-1] in _RELATIONS:
        return False
    return not (_CAREER & set(words(description)) or words(description)[:2] == ["one", "of"])


def once_held(role: Role) -> bool:
    """A post told as once held ("the co-op's former chairman"): a career word that
    keeps it from being compared (informative), with a post left when it is set aside."""
    said = words(role.role)
    # "ex-chairman" is one word to words(): its prefix tells the post once held
    if not (set(said) & _ONCE or any(w.startswith("ex-") for w in said)):
        return False
    post = without_career(role)
    return bool(words(post.role)) and informative(post)


def without_career(role: Role) -> Role:
    """The role with its career words set aside ("former chairman": "chairman")."""
    kept = (_EX.sub("", w) for w in role.role.split() if w.lower() not in _CAREER)
    rest = " ".join(kept)
    return role if rest == role.role else attrs.evolve(role, role=rest)


_ONCE = frozenset("former onetime one-time retired".split())
_EX = re.compile(r"^[Ee]x-")


def informative(role: Role) -> bool:
    """Is the role claim a description to compare? Not a courtesy title, not a
    relation, not a career or a quality, and not a title cut off by a misread name
    ("General" of "General Manager Ed Stefanski", read as the person "Manager Ed
    Stefanski")."""
    said = [stem(w) for w in words(role.role) if w not in _FILLER]
    if not said or set(said) <= _COURTESY or said[-1] in _RELATIONS:
        return False  # "Ms", "her business partner"
    if " ".join(words(role.role)).replace("-", " ").endswith(" in law"):
        return False  # "Ortiz's brother-in-law": a relation by marriage
    if _CAREER & set(words(role.role)) or words(role.role)[:2] == ["one", "of"]:
        return False
    if is_clause(role.role) or is_organisation(role.role):
        return False  # "general manager Tom Hale said Friday night", "Acme's"
    first = words(role.person)[:1]
    return not (first and (_canon(first[0]) in _POSITIONS or first[0] in _CUT_TITLES))


# Words that make a phrase a clause, not a description: a verb of saying, an
# auxiliary or a modal ("Ruiz, team president Ana Cole said", "Ruiz, will
# be the host"); or a phrase that opens with a preposition or a conjunction ("Ruiz,
# with several agents predicting ...", "before the choice was announced)").
_CLAUSE_WORDS = lx.REPORTING_VERBS | frozenset(AUX_LEMMAS) - {"'s", "’s"}
_OPENERS = PREPOSITIONS | SUBORDINATORS | CONJUNCTIONS


def is_clause(role: str) -> bool:
    """Is the 'role' a piece of a clause the extractor took for a description?"""
    said = words(role)
    if not said or any(c in role for c in "()[]"):
        return bool(said)
    return said[0] in _OPENERS or bool(_CLAUSE_WORDS & set(said))


def is_organisation(role: str) -> bool:
    """A name with no position in it ("Denver Hawks", "Acme's"): whom the person
    is with, read as a description. A party or a nationality alone ("Republican")
    and an acronym ("Labour MP") are kept."""
    shown = role.split()
    if not shown or any(_is_post(_canon(w)) for w in words(role)):
        return False
    if not all(w[:1].isupper() for w in shown) or any(w.isupper() for w in shown):
        return False
    return len(shown) >= 2 or shown[-1].endswith(("'s", "’s"))


_CUT_TITLES = frozenset(_ABBREVIATIONS) | frozenset("gm ceo coo cfo".split())


# A title written into a person's name ("Cllr Ruth Abara", "Sen. Ana Ruiz"): a word
# of the titles' lists or an abbreviation of one, before a capitalised name.
_NAME_TITLE = re.compile(r"^([A-Z][a-z]{1,5})\.?\s+(?=[A-Z])")


def name_title(person: str) -> str:
    """The post a title written into the name tells, spelt out ("Cllr Ruth Abara":
    councillor), or '' for none or a courtesy title ("Mr", "Dr")."""
    found = _NAME_TITLE.match(person)
    if found is None:
        return ""
    word = found.group(1).lower()
    if word in ("dr", "prof", "rev"):
        return ""  # "Dr" tells a degree, not the post held
    return _NAME_ABBREVIATIONS.get(word) or _ABBREVIATIONS.get(word, "")
