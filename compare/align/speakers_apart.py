"""Two speakers of one quote told apart by what each whole article says of them.

The quote judge (quotes.py) compares the speakers the quotes' own sentences name; a
speaker reached through a pronoun or an earlier quote ("..., she said") or a lone
surname it cannot tell from a full name ("Tsai" / "Lin Chih-hao") is no evidence
there. Each article as a whole settles more:

- `named_apart`: both speakers are names and neither article writes any word of the
  other's speaker's name anywhere. The article that says "she said" never names the
  other outlet's speaker, so its "she" is not that person: the one quote is credited
  to two people.
- `described_apart`: one speaker is a description ("a spokesman for the firm", "the
  trainer"), the other a name, and the description's own article names that person
  elsewhere under a title that does not fit the description ("Detective Inspector
  Ana Ruiz said ..."): the article tells the quote's speaker and that person apart.
  When it names the person but gives no title, nothing tells whether the description
  is theirs, and the pair gets no ✓ (`described_unsure`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache

import attrs
from rapidfuzz.distance import Levenshtein

from compare.align.model import Conflict, Judgement, Severity, Verdict
from compare.align.people import same_person
from compare.align.quote_speakers import named_here, speakers_clash
from compare.align.quotes import judge_quotes, speaker_difference
from compare.align.sentence_claims import SentenceClaims
from compare.align.settings import Options
from compare.align.speaker_genders import sexes_apart
from compare.align.titles import POSITIONS, role_words, roles_agree, tells_a_post
from compare.align.words import STOPWORDS, display_words, words
from compare.extract import Quote
from compare.extract.attribution.patterns import may_be_person
from compare.extract.claims import Claim, Role
from compare.extract.lemmas import classes
from compare.extract.names import split_title
from compare.extract.people_nouns import counting_nouns, narrow_kinds_apart, people_noun

# The same words credited to two people are one quote only when long enough (the
# quote judge's bar for two named speakers, quotes.MIN_WORDS_ACROSS_SPEAKERS).
_MIN_WORDS = 6
_DESCRIPTION_OPENERS = frozenset("the a an".split())


def _name_words(speaker: str | None) -> list[str]:
    """The words of a speaker that is a person's name, titles in front left out
    ("Chief Inspector Ana Ruiz" → Ana, Ruiz); [] for a description or a body's name.
    The last word must be no word of the language: a capitalised "Environmental" or
    "Federal" opening a sentence, or "Scientific Integrity Program", is no surname
    (a surname that is a word too, "Brown", is passed over)."""
    if not speaker or not speaker[:1].isupper() or re.search(r"['’]s\b", speaker):
        return []
    name = split_title(speaker)[1] or speaker
    shown = display_words(name)
    if not shown or not all(w[:1].isupper() for w in shown):
        return []
    last = shown[-1].lower()
    if last in STOPWORDS or classes(last) or not may_be_person(name):
        return []
    return shown


def _told_beside(a: Quote, b: Quote) -> bool:
    """Does either quote's sentence, outside the quote, write a word of the other's
    speaker's name ("said Zadan and Meron" against "Neil Meron")? Then the two may
    be one speaker of several, or the extractor took one of two."""
    for quote, other in ((a, b), (b, a)):
        outside = quote.sentence.replace(quote.text, " ")
        # a word both names hold ("Van" of "Pieter Van Loon" and "Anke Van Dijk")
        own = _name_words(quote.speaker)
        if any(_writes(outside, w) for w in _name_words(other.speaker) if w not in own):
            return True
    return False


def _writes(text: str, word: str) -> bool:
    return re.search(r"(?<![\w'’-])" + re.escape(word) + r"(?![\w-])", text) is not None


def _writes_near(text: str, word: str) -> bool:
    """Does the text write the name word, or a capitalised word one letter from it
    ("Heffner" / "Hefner": one outlet's misspelling of the same name)?"""
    if _writes(text, word):
        return True
    if len(word) < _SPELT_APART:
        return False
    return any(
        abs(len(other) - len(word)) <= 1 and Levenshtein.distance(other, word) == 1
        for other in set(_CAPITALISED.findall(text))
    )


# Names of this many letters or more are read through a one-letter misspelling.
_SPELT_APART = 5
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]+")


def _long_enough(a: Quote, b: Quote) -> bool:
    return min(len(words(a.text)), len(words(b.text))) >= _MIN_WORDS


def named_apart(a: Quote, b: Quote, texts: Mapping[str, str]) -> bool:
    """Two speakers' names, neither article writing a word of the other's speaker's
    name: two people, however each article reached its speaker."""
    if not _long_enough(a, b) or same_person(a.speaker, b.speaker) is True:
        return False
    name_a, name_b = _name_words(a.speaker), _name_words(b.speaker)
    text_a, text_b = texts.get(a.source), texts.get(b.source)
    if not name_a or not name_b or text_a is None or text_b is None:
        return False
    if {w.lower() for w in name_a} & {w.lower() for w in name_b}:
        return False
    return not any(_writes_near(text_b, w) for w in name_a) and not any(
        _writes_near(text_a, w) for w in name_b
    )


def resolved_apart(a: Quote, b: Quote, claims: Iterable[Claim]) -> bool:
    """One speaker a description its article resolved to a named person ("the
    spokeswoman", after "Ana Ruiz, a spokeswoman for the council"), the other named
    in the quote's own sentence and someone else by name, with titles none of which
    fits the description: the description is not the other speaker's."""
    for said, named in ((a, b), (b, a)):
        mention = said.speaker_mention or ""
        if not _description(mention) or len(_name_words(said.speaker)) < 2:
            continue
        if not _long_enough(a, b) or not named_here(named) or len(_name_words(named.speaker)) < 2:
            return False
        if same_person(said.speaker, named.speaker) is not False:
            return False
        titles = _titles_of(named.speaker or "", claims)
        return bool(titles) and not any(roles_agree(mention, t) for t in titles)
    return False


def surname_apart(a: Quote, b: Quote) -> bool:
    """A lone capitalised name against a full name, both in the quotes' own
    sentences ("Tsai said" / "Chairman Lin Chih-hao told"), the lone word none of
    the full name's words nor one letter from its surname: another person's name,
    not a short form of this one."""
    if not _long_enough(a, b) or not (named_here(a) and named_here(b)):
        return False
    for lone, full in ((a, b), (b, a)):
        one, whole = _name_words(lone.speaker), _name_words(full.speaker)
        if len(one) != 1 or len(whole) < 2 or len(one[0]) < 3:
            continue
        word = one[0]
        if any(word.lower() == w.lower() for w in whole):
            return False
        surname = whole[-1]
        near = len(word) >= _SPELT_APART and Levenshtein.distance(word, surname) <= 1
        return not near and same_person(lone.speaker, full.speaker) is not True
    return False


def pronoun_apart(a: Quote, b: Quote, texts: Mapping[str, str], sentences: SentenceClaims) -> bool:
    """One speaker reached through "he" or "she" or carried from the text before
    (a quote with no speech verb after "Ana Ruiz spoke at the site."), the other
    named in the quote's sentence; the words right before the quote name the
    first speaker and no word of the other's name: the sentence before with the
    quote's own sentence up to it, or the quote's paragraph (the one before, when
    the quote opens its own). The pronoun can only be the person named there."""
    for said, named in ((a, b), (b, a)):
        reached = (said.speaker_mention or "").lower() in _PRONOUNS or (
            said.speaker_basis == "carried"
        )
        if not reached:
            continue
        if not _long_enough(a, b) or not named_here(named):
            return False
        name_said, name_named = _name_words(said.speaker), _name_words(named.speaker)
        text = texts.get(said.source)
        if len(name_said) < 2 or len(name_named) < 2 or text is None:
            return False
        if same_person(said.speaker, named.speaker) is not False:
            return False
        before = sentences.sentence_before(said.source, said.sentence_start)
        own = text[said.sentence_start : max(said.sentence_start, said.start)]
        windows = (before + " " + own, _paragraph_before(text, said.sentence_start))
        # a word both names hold ("Van" of "Pieter Van Loon" and "Anke Van Dijk")
        # names neither
        other_words = [w for w in name_named if w not in name_said]
        return any(
            _writes(window, name_said[-1]) and not any(_writes(window, w) for w in other_words)
            for window in windows
        )
    return False


_PRONOUNS = frozenset({"he", "she"})


def _paragraph_before(text: str, start: int) -> str:
    """The quote's paragraph up to its sentence, or the paragraph before when the
    quote's sentence opens its own."""
    opening = text.rfind("\n\n", 0, start)
    opening = 0 if opening < 0 else opening
    if not text[opening:start].strip():
        opening = max(0, text.rfind("\n\n", 0, max(0, opening - 1)))
    return text[opening:start]


def _description(speaker: str | None) -> bool:
    """A description of one person by a post ("the trainer", "a spokesman for the
    firm"), not of several ("the pair", "officials")."""
    said = words(speaker or "")
    if not said or said[0] not in _DESCRIPTION_OPENERS or (speaker or "")[:1].isupper():
        return False
    head = _HEAD.sub("", speaker or "").split()[-1].lower()
    return head in POSITIONS or head in counting_nouns()


# what follows the head noun of a description: "a spokesman [for the firm]"
_HEAD = re.compile(r"\s+(?:for|of|at|from|with|in|on|who|that)\s.*$", re.DOTALL)


def _titles_of(name: str, claims: Iterable[Claim]) -> list[str]:
    """The titles the articles give the named person: their roles, and a title
    written before the name in a speaker's mention ("Detective Inspector Ana Ruiz")."""
    found: list[str] = []
    for claim in claims:
        if isinstance(claim, Role) and same_person(claim.person, name) is True:
            found.append(claim.role)
        elif (
            isinstance(claim, Quote)
            and claim.speaker_mention
            and same_person(claim.speaker, name) is True
        ):
            title = split_title(claim.speaker_mention)[0]
            if title:
                found.append(title)
    return found


def _description_and_name(a: Quote, b: Quote) -> tuple[Quote, Quote] | None:
    if _description(a.speaker) and _name_words(b.speaker):
        return a, b
    if _description(b.speaker) and _name_words(a.speaker):
        return b, a
    return None


def _named_in_own_article(described: Quote, named: Quote, texts: Mapping[str, str]) -> bool:
    text = texts.get(described.source)
    shown = _name_words(named.speaker)
    return text is not None and bool(shown) and _writes(text, shown[-1])


def described_apart(a: Quote, b: Quote, texts: Mapping[str, str], claims: Iterable[Claim]) -> bool:
    """A description against a name, the description's article naming that person
    elsewhere under titles none of which fits the description."""
    pair = _description_and_name(a, b)
    if pair is None or not _long_enough(a, b):
        return False
    described, named = pair
    if not _named_in_own_article(described, named, texts):
        return False
    titles = _titles_of(named.speaker or "", claims)
    return bool(titles) and not any(roles_agree(described.speaker or "", t) for t in titles)


def described_against_titles(a: Quote, b: Quote, texts: Mapping[str, str]) -> bool:
    """A description against a name whose own article describes that person, set off
    beside the full name in another sentence, as something the description is not ("the
    skipper said" / "Marchetti said", where that article writes "its lawyer, Ilse
    Marchetti"): the named article tells who the person is, and that is not what the
    other's description says. A description set off in the quote's own sentence ("said
    Ivo Marsh, the mayor's spokesman") is left to the quote judge, which reads it."""
    pair = _described_and_full_name(a, b)
    if pair is None or not _long_enough(a, b):
        return False
    described, named = pair
    shown = _full_name(named.speaker)
    text = texts.get(named.source)
    if len(shown) < 2 or text is None:
        return False
    # a description set off in the quote's own sentence is the quote judge's to compare
    elsewhere = text[: named.sentence_start] + " " + text[named.sentence_end :]
    found = _set_off(elsewhere, " ".join(shown))
    told = (described.speaker or "").lower()
    return bool(found) and not any(roles_agree(told, t) for t in found)


def _described_and_full_name(a: Quote, b: Quote) -> tuple[Quote, Quote] | None:
    if _described(a.speaker) and _full_name(b.speaker):
        return a, b
    if _described(b.speaker) and _full_name(a.speaker):
        return b, a
    return None


def _full_name(speaker: str | None) -> list[str]:
    """The words of a speaker that is a person's full name (two capitalised words or
    more, a title in front left out), whatever the surname is in the language too."""
    if not speaker or re.search(r"['’]s\b", speaker):
        return []
    name = split_title(speaker)[1] or speaker
    shown = display_words(name)
    if len(shown) < 2 or not all(w[:1].isupper() for w in shown) or not may_be_person(name):
        return []
    return shown


_SET_OFF_BEFORE = (
    r"\b(?i:his|her|their|its|the|a|an)\s+((?:[a-z][\w’'-]*\s+){{0,3}}[a-z][\w’'-]*),\s+{name}\b"
)
_SET_OFF_AFTER = (
    r"\b{name},\s+((?i:his|her|their|its|the|a|an)\s+(?:[\w’'-]+\s+){{0,5}}?[a-z][\w’'-]*)\s*[,.;]"
)


def _set_off(text: str, name: str) -> list[str]:
    """The descriptions an article sets off beside a full name, read as descriptions
    of one person by a post ("its lawyer, Ilse Marchetti" → "the lawyer")."""
    found = []
    for pattern in (_SET_OFF_BEFORE, _SET_OFF_AFTER):
        for match in re.finditer(pattern.format(name=re.escape(name)), text):
            said = _as_description(match.group(1))
            if _description(said) and tells_a_post(_HEAD.sub("", said)):
                found.append(said)
    return found


def _as_description(title: str) -> str:
    """A title read as a description ("its lawyer" → "the lawyer")."""
    shown = title.split()
    if shown and shown[0].lower() in _POSSESSIVES:
        shown = shown[1:]
    return "the " + " ".join(shown) if shown else ""


_POSSESSIVES = frozenset("his her their its the a an".split())


def unnamed_beside_another(a: Quote, b: Quote) -> bool:
    """One quote credited to a named person, the other to nobody the extractor read,
    in a sentence that names someone else outside the quote ("The feeling was summed up
    by Tobiah Wrenfield, a deckhand: '...'" / "'...,' said Pavla Ostrander"): the
    sentence offers another speaker, so the pair is not checked to be one speaker's
    words (no ✓)."""
    for named, unnamed in ((a, b), (b, a)):
        shown = _name_words(named.speaker) or _full_name(named.speaker)
        if not shown or _a_person(unnamed.speaker):
            continue
        outside = unnamed.sentence.replace(unnamed.text, " ")
        if any(_writes(outside, w) for w in shown):
            continue
        if _names_a_person(outside):
            return True
    return False


def _a_person(speaker: str | None) -> bool:
    """Is the speaker read as a person: a name, a description of one by a post, or a
    pronoun? (Not "The feeling", a misread subject, nor no speaker at all.)"""
    if not speaker:
        return False
    said = words(speaker)
    return bool(
        _name_words(speaker)
        or _full_name(speaker)
        or _described(speaker)
        or (len(said) == 1 and said[0] in _PERSONAL)
    )


_PERSONAL = frozenset("he she they i we".split())


def _described(speaker: str | None) -> bool:
    """_description, for one opening its sentence too ("The skipper said")."""
    if not speaker:
        return False
    return _description(speaker[:1].lower() + speaker[1:])


def _names_a_person(text: str) -> bool:
    """Does the text name a person: two or three capitalised words, not opening it,
    the last no word of the language?"""
    shown = display_words(text)
    run: list[str] = []
    for k, word in enumerate([*shown, ""]):
        if k > 0 and word[:1].isupper() and word.lower() not in STOPWORDS:
            run.append(word)
            continue
        if 2 <= len(run) <= 3:
            last = run[-1].lower()
            if not classes(last) and may_be_person(" ".join(run)):
                return True
        run = []
    return False


def described_otherwise(a: Quote, b: Quote, claims: Iterable[Claim]) -> bool:
    """A description by a post against a name that the articles describe only by
    posts none of which fits it ("the trainer" / "Miriam Hale", whom her article
    calls the trainer's solicitor), whether or not the description's own article
    names that person: the post the quote is credited to is not the named
    speaker's."""
    pair = _description_and_name(a, b)
    if pair is None or not _long_enough(a, b):
        return False
    described, named = pair
    if not named_here(named) or len(_name_words(named.speaker)) < 2:
        return False
    titles = _titles_of(named.speaker or "", claims)
    description = described.speaker or ""
    head = _HEAD.sub("", description).split()[-1].lower()
    return bool(titles) and not any(
        roles_agree(description, t) or _one_kind(head, t) for t in titles
    )


def _one_kind(head: str, title: str) -> bool:
    """Does the title name a post by a noun for people of one kind with the
    description's head noun in WordNet, one a kind of the other or both of one
    narrow kind ("officer" / "Captain", "minister" / "Rev.": clergymen; not
    "trainer" / "solicitor", merely both workers)?"""
    if people_noun(head) is None:
        return False
    return any(
        people_noun(w) is not None and not narrow_kinds_apart(head, w) for w in role_words(title)
    )


_AGED = re.compile(r"\b(\d{1,3})-year-old\b")
_AGE_AFTER = re.compile(r"^,\s*(?:aged\s+)?(\d{1,3})\s*[,.;)]")


def speaker_age(quote: Quote) -> int | None:
    """The age the quote's own sentence gives its speaker: in the description ("the
    80-year-old farmer"), or set off after the name ("Ana Ruiz, 74, said")."""
    named = quote.speaker_span
    if named is None or not quote.sentence_start <= named.start < quote.sentence_end:
        return None  # named in another sentence, or not where the text says
    aged = _AGED.search(quote.speaker_mention or quote.speaker or "")
    if aged is not None:
        return int(aged.group(1))
    after = _AGE_AFTER.match(quote.sentence[named.end - quote.sentence_start :])
    return int(after.group(1)) if after is not None else None


def aged_apart(a: Quote, b: Quote) -> bool:
    """Do the two quotes' sentences give their speakers two different ages ("Ana
    Ruiz, 74" / "the 80-year-old farmer")? Then the quote is not checked to be one
    person's, whoever is wrong."""
    age_a, age_b = speaker_age(a), speaker_age(b)
    return age_a is not None and age_b is not None and age_a != age_b


def described_unsure(a: Quote, b: Quote, texts: Mapping[str, str]) -> bool:
    """A description against a name the description's article writes elsewhere:
    the article had the name to give and gave a description, so the two are not
    checked to be one speaker."""
    pair = _description_and_name(a, b)
    return pair is not None and _named_in_own_article(*pair, texts)


def judge_quotes_in_context(
    members: Sequence[Quote], options: Options, sentences: SentenceClaims
) -> Judgement:
    """judge_quotes, then the speakers told apart by their whole articles: a group
    judged to agree (or left unchecked for its speakers) whose speakers the articles
    name apart is a speaker conflict; a description against a name its own article
    writes elsewhere loses its ✓."""
    judgement = judge_quotes(members, options)
    if judgement.verdict != Verdict.AGREE or not sentences.texts:
        return judgement
    reference, texts = members[0], sentences.texts
    for other in members[1:]:
        if speakers_clash(reference, other) is not None or _told_beside(reference, other):
            continue
        claims = _claims_of(sentences, (reference.source, other.source))
        if (
            named_apart(reference, other, texts)
            or pronoun_apart(reference, other, texts, sentences)
            or surname_apart(reference, other)
            or resolved_apart(reference, other, claims)
            or described_apart(reference, other, texts, claims)
            or described_against_titles(reference, other, texts)
            or described_otherwise(reference, other, claims)
            or (_long_enough(reference, other) and sexes_apart(reference, other, claims, texts))
        ):
            said = speaker_difference(reference, other)
            return Judgement(
                verdict=Verdict.DIFFER,
                differences=(said,),
                conflict=Conflict.SPEAKER,
                severity=Severity.CONFLICT,
                title=f"{said.a} vs {said.b}",
            )
    if not judgement.unchecked and any(
        described_unsure(reference, other, texts)
        or unnamed_beside_another(reference, other)
        or aged_apart(reference, other)
        for other in members[1:]
    ):
        return attrs.evolve(judgement, unchecked=True)
    return judgement


def _claims_of(sentences: SentenceClaims, sources: tuple[str, ...]) -> list[Claim]:
    by_source = _people_claims(sentences)
    return [c for source in sources for c in by_source.get(source, ())]


@lru_cache(maxsize=1)
def _people_claims(sentences: SentenceClaims) -> dict[str, list[Claim]]:
    """Each article's roles and quotes, what a person's titles are read from: one
    comparison's index is read once, not once per quote group."""
    found: dict[str, list[Claim]] = {}
    for claim in sentences.claims():
        if isinstance(claim, (Role, Quote)):
            found.setdefault(claim.source, []).append(claim)
    return found
