"""Direct quotes and who said them.

Two steps. `quote_spans` finds the quoted stretches of each paragraph from its
quotation marks (every style, apostrophes told apart, unbalanced marks
tolerated). `attribute` then reads the words around each quote for one of the
usual news layouts: "...," X said / said X / X said: "..." / X told reporters
that "..." / according to X / "..." — X, and falls back to the speaker of the
quote before it for quote-only sentences and paragraphs.
"""

from __future__ import annotations

import re

import attrs

from compare.extract import lexicon as lx
from compare.extract.names import (
    Mention,
    PersonIndex,
    is_person_name,
    name_mentions,
    names_a_person,
    split_title,
)

_MARKS = re.compile(r"[“”„«»‹›\"'‘’]")
_OPENERS = {"“": '”"', "„": "“”", "«": "»", "‹": "›", '"': '"”“', "‘": "’'", "'": "'’"}
_DOUBLE = frozenset('“„«‹"')
_OPEN_CONTEXT = frozenset(" \t\n([{—–-/:;,")


@attrs.frozen
class QuoteSpan:
    """A quotation in the clean text: content offsets (without the marks)."""

    open: int  # offset of the opening mark
    close: int  # offset of the closing mark, or the block end when left open
    start: int  # content start
    end: int  # content end
    block: int
    closed: bool


def quote_spans(
    text: str, block_start: int, block_end: int, block: int, *, next_opens_quote: bool = False
) -> list[QuoteSpan]:
    """Quoted stretches of one paragraph. `next_opens_quote`: the next paragraph
    starts with an opening mark, the convention for a quote that runs on."""
    spans: list[QuoteSpan] = []
    opened: tuple[int, str] | None = None  # (offset, mark)
    for match in _MARKS.finditer(text, block_start, block_end):
        i = match.start()
        mark = text[i]
        prev = text[i - 1] if i > block_start else " "
        nxt = text[i + 1] if i + 1 < block_end else " "
        if opened is None:
            if _can_open(mark, prev, nxt):
                if mark in "'‘" and not _closer_ahead(text, i + 1, block_end, mark):
                    continue  # a lone apostrophe-like mark: "'90s", "rock 'n' roll"
                opened = (i, mark)
            continue
        start, opener = opened
        if mark in _OPENERS[opener] and _can_close(mark, prev, nxt, opener):
            spans.append(_span(text, start, i, block, closed=True))
            opened = None
    if opened is not None:
        start, opener = opened
        # An opening mark left open is a quote running on to the next paragraph
        # only when it opens the paragraph; elsewhere it is a stray mark.
        if (start == block_start or next_opens_quote) and opener in _DOUBLE:
            spans.append(_span(text, start, block_end, block, closed=False))
    return [s for s in spans if _has_words(text[s.start : s.end])]


def _can_open(mark: str, prev: str, nxt: str) -> bool:
    if mark in "”»›’":
        return False
    if nxt.isspace():
        return False
    if mark in "'‘":
        return prev in _OPEN_CONTEXT or (prev in '“"' and not nxt.isspace())
    if mark == '"':
        return prev in _OPEN_CONTEXT or prev in "‘'“"
    return True


def _can_close(mark: str, prev: str, nxt: str, opener: str) -> bool:
    if prev.isspace() and mark != '"':
        return False
    if mark in "'’" and opener in "'‘":
        # An apostrophe has a letter after it ("don’t", "Russia’s").
        return not nxt.isalnum()
    return True


def _closer_ahead(text: str, start: int, end: int, opener: str) -> bool:
    for match in re.finditer(r"['’]", text[start:end]):
        j = start + match.start()
        nxt = text[j + 1] if j + 1 < end else " "
        if not nxt.isalnum() and not text[j - 1].isspace():
            return True
    return False


def _span(text: str, open_at: int, close_at: int, block: int, *, closed: bool) -> QuoteSpan:
    start, end = open_at + 1, close_at
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuoteSpan(open_at, close_at, start, end, block, closed)


def _has_words(content: str) -> bool:
    return any(ch.isalpha() for ch in content)


# -- attribution --------------------------------------------------------------

_VERB_ALT = "|".join(sorted(lx.REPORTING_VERBS, key=len, reverse=True))
_ADVERB = (
    r"(?:(?!(?:rally|family|ally|assembly|supply|reply|monopoly|anomaly|bully|italy)\b)[a-z]+ly"
    r"|also|later|then|again|earlier|once|too|further|previously|now|still|just)"
)
_AUX = r"(?:has|have|had|was|were|is|are|will|would|could|may|might|did|does|do)"
# "said", "told reporters", "said in a statement", "wrote on Twitter".
CUE = re.compile(rf"(?<![\w\-])(?P<verb>{_VERB_ALT})(?![\w\-])")  # not "so-called"
# Verbs that take the speaker after them: "..., said X" / "..., warned X".
_INVERTING = (
    "said says added adds asked asks wrote writes warned warns explained explains noted "
    "continued replied responded argued insisted declared recalled observed remarked "
    "acknowledged admitted conceded complained cautioned urged suggested stressed emphasized "
    "emphasised quipped joked concluded countered charged tweeted announced reported "
    "shouted exclaimed predicted recounted agrees agreed offered offers "
    "remembered remembers recalls notes observes continues argues insists cautions "
    "wondered wonders mused muses boasted boasts marveled marvelled sighed read reads"
).split()
_SPEECH_VERBS = lx.REPORTING_VERBS | frozenset(_INVERTING)
_INVERTED = re.compile(
    rf"^[\s,]*(?:{_ADVERB}\s+)?(?P<verb>{'|'.join(_INVERTING)})\b(?:\s+{_ADVERB})?\s+(?P<rest>.+)$",
    re.DOTALL,
)
_DASH = re.compile(r"^\s*[—–]\s*(?P<rest>[A-Z].*)$", re.DOTALL)
_ACCORDING = re.compile(r"\baccording to\s+(?P<rest>.+)$", re.DOTALL | re.IGNORECASE)
# "in Bolton’s view", "as Rosenberg put it", ", explained Rosenberg, “...".
_IN_VIEW = re.compile(
    r"\b(?:in|to)\s+(?P<np>(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*)['’]s?\s+"
    r"(?:view|views|words|opinion|estimation|telling|mind|eyes|account)\b"
    r"|\bas\s+(?P<np2>(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*|he|she|they)\s+(?:put|puts|says|said)\s+it\b"
)
_BREAK_AFTER = re.compile(
    r"\s*(?:[,;:.!?(]|—|–|\b(?:after|before|in|on|at|during|when|while|who|which|that|"
    r"to|from|with|about|as|adding|saying|referring|speaking|noting|but|and|because|"
    r"if|told|said|says|last|this|earlier|later)\b)"
)
_WORD_RE = re.compile(r"[\w'’\-.]+")
_FINITE = (
    r"(?:(?:[a-z]+ly|then|also|later|earlier|first|once|now|still|again|just|even|never|often|already)\s+)?(?:is|was|are|were|has|have|had|will|would|can|could|did|does|do|should"
    r"|may|might|must|also|[a-z]{2,}ed|[a-z]{2,}[^s\W]s|" + "|".join(lx.IRREGULAR_PAST) + r")\b"
)
# A word inside a noun phrase: not a preposition, conjunction or verb-like function word.
_NOT_BREAKER = (
    "(?!(?:" + "|".join(sorted(lx.PHRASE_BREAKERS - {"of", "and"}, key=len, reverse=True)) + r")\b)"
)
_NP_WORD = _NOT_BREAKER + r"[\w'’\-]+(?:\.[\w'’\-]+)*\.?"  # "U.S." is one word
_LOWER_NP_WORD = _NOT_BREAKER + r"[a-z][\w\-]*"
# "on Tuesday", "last week": a time between a subject and its verb.
_WHEN = (
    r"(?:\s+(?:on\s+|late\s+|early\s+)?"
    r"(?:[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?"
    r"|last\s+[a-z]+|this\s+[a-z]+|yesterday|today))?"
)
_SUBJECT = re.compile(
    r"(?:^[\s(\[\-–—•*]*|(?<=[,;:—–])\s*|(?<=\s-)\s|\b(?:[Aa]nd|[Bb]ut|[Ww]hile|[Aa]s|[Yy]et|[Ss]o|[Ww]hen|[Aa]fter|[Bb]efore"
    r"|[Bb]ecause|[Ss]ince|[Ii]f|[Aa]lthough|[Tt]hough|[Uu]ntil|[Oo]nce)\s+)"
    r"(?P<np>(?:[Hh]e|[Ss]he|They|they|I|We|we"
    # "Yildirim's LinkedIn page lists", before "Yildirim" alone can take "'s" as "has".
    rf"|[A-Z][\w\-]*['’]s\s+(?:{_NP_WORD}\s+){{0,3}}{_NP_WORD}"
    r"|(?!(?:The|A|An|His|Her|Their|Its|Our|My|Your)\s+[a-z])"
    r"(?:[A-Z][\w'’.\-]*)(?:\s+(?:of\s+|and\s+)?[A-Z][\w'’.\-]*){0,5}"
    # "73 percent of Americans".
    rf"|(?<!\d[,.])\d[\d,.]*(?:\s+percent|%)?(?:\s+of)?(?:\s+{_NP_WORD}){{1,3}}"
    # "Democratic presidential candidate Bernie Sanders": a description, then the name.
    rf"|(?:[A-Z][\w\-]*\s+)?(?:{_LOWER_NP_WORD}\s+){{1,3}}[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){{0,3}}"
    r"|(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Aa]nother|[Ss]ome|[Mm]any|[Ss]everal"
    r"|[Mm]ost|[Ee]ach|[Bb]oth|[Aa]ll|[Hh]undreds|[Tt]housands|[Dd]ozens|[Mm]illions)"
    rf"(?:\s+of)?\s+(?:{_NP_WORD}\s+){{0,4}}{_NP_WORD}"
    # "One operative inside Trump Tower", "A spokesman for Platte River".
    rf"(?:\s+(?:inside|in|at|from|for|with|near)\s+(?:the\s+)?{_NP_WORD}(?:\s+{_NP_WORD}){{0,2}})?))"
    r"(?:\s*\([^()]{1,40}\))?(?:\s+(?:himself|herself|themselves|itself))?"
    rf"(?:['’](?:s|re|m|ve|d|ll)\s+[a-z]+|\s*(?:,[^,]{{1,140}},[”\"’]?\s*)?,?{_WHEN}\s+{_FINITE}"
    # "Chrabaszcz, who goes by “Vito,”": the quote inside the subject's relative clause.
    r"|\s*,\s+(?:who|which)\s+[a-z]+)"
)
_SPEAKER_STEMS = lx.ROLE_STEMS | frozenset(
    "candidate campaign senator governor ad statement report poll group party committee "
    "spokesman spokeswoman official president leader".split()
)
_NAME_THEN_VERB = re.compile(
    r"^[\s,]*(?P<np>[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[Ii]t|[A-Z][\w'’\-]+\.?(?:\s+[A-Z][\w'’.\-]+){0,3}"
    # "“Nooooo!” the crowd cried out" / "a Democratic staffer in the room wondered".
    rf"|(?:the|a|an|one|another)\s+(?:{_NP_WORD}\s+){{0,3}}{_NP_WORD}"
    rf"(?:\s+(?:in|at|from|of|for|on)\s+(?:the\s+)?{_NP_WORD}(?:\s+{_NP_WORD})?)?)"
    r"\s+(?:(?:[a-z]+ly|now|also|then|later|still|again|just|even|once)\s+)?"
    r"(?P<verb>[a-z]{3,}ed(?:\s+(?:back|in|on|up|out))?|[a-z]{3,}[^s\W]s"
    r"|shot back|went on|"
    + "|".join(lx.IRREGULAR_PAST)
    + r"|read)\b(?!\s+(?:that|to|of|the|a|an)\b)"
)
# "“...,” they conclude.": after a plural pronoun the present has no -s.
_PLURAL_THEN_VERB = re.compile(
    r"^[\s,]*(?P<np>[Tt]hey|I|[Ww]e)\s+(?:(?:[a-z]+ly|now|also|then|still|again|just)\s+)?"
    r"(?P<verb>[a-z]{3,})\s*[.!?,;]"
)
# A sentence ends in the words between a quote and its cue; "Ms." and "J." do not end one.
_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bMrs)(?<!\bGen)(?<!\bSen)"
    r"(?<!\bRep)(?<!\bGov)(?<!\bLt)(?<!\bCol)(?<!\bProf)(?<!\b[A-Z])[.!?](?:\s|$)|[“”\"]"
)
_INTRO = re.compile(
    r"(?:^|[,;:.]\s+|\b(?:and|but|then|with)\s+|^\W*"
    # "At the bottom it reads, “...": a pronoun may follow an opening phrase.
    r"|(?<=\s)(?=(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|I|[Ww]e)\s))(?P<np>[Hh]e|[Ss]he|[Ii]t|[Tt]hey|I|[Ww]e"
    r"|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}"
    # "The snarky, anti-GOP headline reads: “...".
    rf"|(?:The|A|An|His|Her|Its|Their)\s+(?:{_NOT_BREAKER}[\w'’\-/]+,?\s+){{0,5}}?[\w'’\-]+)"
    r"\s+(?:[a-z]+ly\s+)?"
    r"(?P<verb>[a-z]{3,}(?:s|ed)|[a-z]{3,}ing(?=\s*:)|said|wrote|told|spoke|went on|put it"
    r"|(?:shot|fired|hit|pushed)\s+back)"
    r"\s*[,:]\s*$"
)
# Words that open a phrase between a speaker and the verb ("Trump at the time said",
# "the head of the union said").
_PREPOSITIONS = frozenset(
    "at during in on for after before with from by since until over into under among "
    "throughout within without through like amid following of".split()
)
# Nouns of a time or an occasion: "at the time", "during a rally", "in an interview".
_OCCASIONS = frozenset(
    "time times moment day days week weeks month months year years morning afternoon "
    "evening night weekend rally rallies debate debates interview interviews event events "
    "meeting meetings speech speeches statement statements conference hearing hearings "
    "briefing session sessions appearance visit trip stop campaign address broadcast show "
    "program programme call dinner luncheon breakfast forum summit town-hall".split()
)
# Words right before a quote that say who speaks it, tried in this order:
# (pattern, whether it names the verb, whether the phrase must be a person's name).
_LEADS = (
    # "what it calls “psychographic” profiles", "what the writers described as “...”".
    (
        re.compile(
            r"\bwhat\s+(?P<np>[\w'’\-]+(?:\s+[\w'’\-]+){0,3}?)\s+(?:[a-z]+ly\s+)?"
            r"(?P<verb>calls|called|describes|described|terms|termed|dubs|dubbed|labels|labeled"
            r"|labelled|considers|considered|sees|saw)(?:\s+as)?\s*$"
        ),
        True,
        False,
    ),
    # "Because of how the schedule was built, explained Rosenberg, “...".
    (
        re.compile(
            rf",\s*(?:{_ADVERB}\s+)?(?P<verb>{'|'.join(_INVERTING)})\s+(?P<np>[A-Z][\w'’.\-]*"
            r"(?:\s+[A-Z][\w'’.\-]*){0,3})\s*[,:]\s*$"
        ),
        True,
        False,
    ),
    # "At the bottom it reads, “..." / "Cruz says, “...": subject + verb + comma.
    (_INTRO, True, False),
    # "Clinton: “...", "From Carpenter: “..."
    (
        re.compile(
            r"(?:^|[-—–:.]\s+|\b(?:from|From)\s+)(?P<np>(?:[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})"
            r"|(?:the|The)\s+\w+)\s*:\s*$"
        ),
        False,
        False,
    ),
    # "... doesn’t surprise Republican pollster Daron Shaw: “...".
    (re.compile(r"(?P<np>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){1,3})\s*:\s*$"), False, True),
)
_NAME_THEN_COMMA = re.compile(r"\s+(?P<np>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})\s*,")
_COORDINATED = re.compile(r"\b(?:and|but|or)(?:\s+(?:also|then|later|quickly))?\s*$")


@attrs.frozen
class Attribution:
    mention: str
    mention_start: int
    cue: str | None
    speaker: str | None


class Attributor:
    """Finds the speaker of each quote in one source."""

    def __init__(self, text: str, people: PersonIndex) -> None:
        self.text = text
        self.people = people

    # Context around a quote: the words after the closing mark up to the end
    # of its sentence, and those before the opening mark since the sentence began.
    def after(self, span: QuoteSpan, limit: int) -> tuple[int, str]:
        start = min(span.close + 1, limit)
        return start, self.text[start:limit]

    def before(self, span: QuoteSpan, floor: int) -> tuple[int, str]:
        return floor, self.text[floor : span.open]

    def attribute(
        self, span: QuoteSpan, floor: int, limit: int, *, quote_starts_sentence: bool
    ) -> Attribution | None:
        after_start, after = self.after(span, limit)
        before_start, before = self.before(span, floor)
        found = None
        if quote_starts_sentence or re.match(
            r"^[\s,]*(?:[a-z]+ly\s+)?(?:said|says|added|told|"
            r"warned|wrote|asked)\b",
            after,
        ):
            found = self._after_quote(after_start, after)
        if found is None and before.strip():
            found = self._before_quote(before_start, before)
        if found is None and not quote_starts_sentence:
            found = self._after_quote(after_start, after)
        if found is None:
            found = self._according_to(before_start, before) or self._according_to(
                after_start, after
            )
        return found

    def subject_of_text(self, start: int, end: int) -> Attribution | None:
        subject = self._clause_subject(start, self.text[start:end])
        return self._make(subject[0], subject[1], None) if subject is not None else None

    def subject_of(self, span: QuoteSpan, floor: int) -> Attribution | None:
        """The sentence subject as the speaker of a quote inside it, for when no
        speech verb or earlier quote says who spoke."""
        subject = self._clause_subject(floor, self.text[floor : span.open], nearest=True)
        return self._make(subject[0], subject[1], None) if subject is not None else None

    def subject_after(self, span: QuoteSpan, limit: int) -> Attribution | None:
        """The main clause's subject after a quote in an opening phrase: "In
        declaring Trump's words “not Christian,” the pope again demonstrated ..."."""
        after = self.text[span.close + 1 : limit]
        comma = re.match(r"[^,;:—–]{0,60}?,\s*", after)
        if comma is None:
            return None
        base = span.close + 1 + comma.end()
        subject = self._clause_subject(base, self.text[base:limit])
        if subject is None or subject[0] != base:
            return None
        return self._make(subject[0], subject[1], None)

    def _clause_subject(
        self, base: int, before: str, *, nearest: bool = False
    ) -> tuple[int, int] | None:
        """For a quote inside a sentence with no speech verb ("Cruz blamed the law on
        “knuckleheaded politicians”"), the speaker is the subject of the sentence:
        the first name, pronoun or described person followed by a verb."""
        last: tuple[int, int] | None = None
        for match in _SUBJECT.finditer(before):
            np_start, np_end = match.span("np")
            words = match.group("np").split()
            if len(words) > 1 and words[0] in lx.NAME_STOPWORDS and words[1][:1].isupper():
                # "But Cruz would ...": the conjunction is not part of the name.
                np_start = before.index(words[1], np_start)
                words = words[1:]
            first = words[0].lower()
            if first in lx.PERSONAL_PRONOUNS:
                found = (base + np_start, base + np_end)
                if not nearest:
                    return found
                last = found
                continue
            if words[0] in lx.NAME_STOPWORDS and first not in lx.DETERMINERS:
                continue
            described = any(
                w.lower().rstrip("s") in _SPEAKER_STEMS or w[:1].isupper() for w in words[1:]
            )
            clause_start = (
                match.start("np") == 0 or before[: match.start("np")].rstrip()[-1:] in ",;:"
            )
            if first in lx.DETERMINERS and not described and not clause_start:
                continue  # mid-clause "the city": only a clause's own subject counts
            found = (base + np_start, base + np_end)
            if not nearest:
                return found
            last = found
        return last

    def _after_quote(self, base: int, after: str) -> Attribution | None:
        inverted = _INVERTED.match(after)
        if inverted:
            verb = inverted.group("verb")
            rest_start = base + inverted.start("rest")
            np = self._forward_np(rest_start, inverted.group("rest"))
            if np is not None:
                return self._make(np[0], np[1], verb)
        if self.text[max(0, base - 2)] in ",!?":
            # "“It's about time,” exhorted Clinton's introducer, ...": after a quote
            # closed with a comma, any past-tense verb before a speaker inverts.
            loose_inverted = re.match(
                r"^\s*(?P<verb>[a-z]{4,}ed)\s+(?P<rest>(?:[A-Z]|(?:the|a|an)\s).*)$",
                after,
                re.DOTALL,
            )
            if loose_inverted:
                rest_start = base + loose_inverted.start("rest")
                np = self._forward_np(rest_start, loose_inverted.group("rest"))
                if np is not None and re.match(r"\s*(?:[,.;!?]|$)", self.text[np[1] : np[1] + 3]):
                    # Only a speaker closing the clause: not "thanked Obama for ...".
                    return self._make(np[0], np[1], loose_inverted.group("verb"))
        dash = _DASH.match(after)
        if dash:
            np = self._forward_np(base + dash.start("rest"), dash.group("rest"))
            if np is not None:
                return self._make(np[0], np[1], None)
        loose = _NAME_THEN_VERB.match(after) or _PLURAL_THEN_VERB.match(after)
        if loose and not CUE.match(after, loose.start("verb")):
            # "“...,” Toomey fumed." — right after a quote, any verb of a named
            # speaker reports the quote.
            return self._make(base + loose.start("np"), base + loose.end("np"), loose.group("verb"))
        # "..., Carpenter said." / "..., he added." / "..., Russia's deputy minister, X, said"
        for cue in CUE.finditer(after):
            head = after[: cue.start()]
            if _SENTENCE_END.search(head) or len(_WORD_RE.findall(head)) > 14:
                break
            if _COORDINATED.search(head):
                break  # "X denounced it as “...” and warned ...": X's second verb
            inverted = _INVERTED.match(after[cue.start() :])
            if (
                inverted
                and head.rstrip().endswith(",")
                and re.match(r"(?:[A-Z]|(?:a|an|the|one|another)\s)", inverted.group("rest"))
            ):
                # "...” for Clinton, said Kunin." — the name after the verb speaks.
                rest_start = base + cue.start() + inverted.start("rest")
                np = self._forward_np(rest_start, inverted.group("rest"))
                if np is not None:
                    return self._make(np[0], np[1], inverted.group("verb"))
            np = self._np_before(base, head)
            if np is not None:
                return self._make(np[0], np[1], cue.group("verb"))
            opening = re.match(r"[\s,]*", head)
            lead = name_mentions(head, opening.end() if opening else 0)
            if (
                lead
                and lead[0].start == (opening.end() if opening else 0)
                and _may_be_person(lead[0].text)
            ):
                # "“...,” Nate Silver, the polling guru who founded X tweeted": the name
                # opens the words between the quote and the verb.
                return self._make(base + lead[0].start, base + lead[0].end, cue.group("verb"))
            inverted = _INVERTED.match(after[cue.start() :])
            if inverted and len(_WORD_RE.findall(head)) <= 6:
                # "... about the decision, said X, executive director of Y."
                rest_start = base + cue.start() + inverted.start("rest")
                np = self._forward_np(rest_start, inverted.group("rest"))
                if np is not None:
                    return self._make(np[0], np[1], inverted.group("verb"))
            break
        return None

    def _before_quote(self, base: int, before: str) -> Attribution | None:
        """ "X said: “...", "X told reporters that “...", "X called it a “..." """
        for pattern, has_verb, needs_person in _LEADS:
            lead = pattern.search(before)
            if lead and (not needs_person or names_a_person(lead.group("np"))):
                verb = lead.group("verb") if has_verb else None
                return self._make(base + lead.start("np"), base + lead.end("np"), verb)
        for cue in reversed(list(CUE.finditer(before))):
            head = before[: cue.start()]
            verb = cue.group("verb")
            named = (
                _NAME_THEN_COMMA.match(before, cue.end())
                if verb in _INVERTING and head.rstrip().endswith(",")
                else None
            )
            if named:
                # "The paradox of Nancy, says Carl Anthony, historian ..., is that “...".
                return self._make(base + named.start("np"), base + named.end("np"), verb)
            if verb.endswith("ing") and re.search(r",\s*$", head):
                # "..., Spicer said, adding, “...”": the speaker of the cue before.
                earlier = list(CUE.finditer(head))
                if earlier and not head[earlier[-1].end() :].strip(" ,"):
                    np_earlier = self._np_before(base, head[: earlier[-1].start()])
                    if np_earlier is not None:
                        return self._make(np_earlier[0], np_earlier[1], earlier[-1].group("verb"))
            if _COORDINATED.search(head):
                # "he looked ..., furrowed his brow and said": the subject of the series.
                series = self._clause_subject(base, head, nearest=True)
                if series is not None:
                    return self._make(series[0], series[1], verb)
                continue  # "... said it had ... and accused": the subject is further back
            if re.search(r"(?:\b(?:a|an|the|his|her|their|its|our)|['’]s)\s*$", head):
                continue  # a noun here: "the call", "Clinton's call"
            np: tuple[int, int] | None
            if verb.endswith("ing"):
                if re.search(r"\b(?:that|of|by|for|about|from|without|on)\s*$", head):
                    continue  # a gerund ("that dismissing X was fraught"), not a cue
                absolute = re.search(
                    r"(?:^|[,;—–-]\s*|\band\s+)(?P<np>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})\s*$",
                    head,
                )
                if absolute and absolute.group("np").split()[0] not in lx.NAME_STOPWORDS:
                    # "– Ryan saying he was “...” and Trump calling it a “...”": the
                    # name right before the participle is its subject.
                    np = base + absolute.start("np"), base + absolute.end("np")
                else:
                    np = self._sentence_subject(base, head)
            else:
                np = self._np_before(base, head)
            if np is not None:
                tail = before[cue.end() :].strip()
                if verb in ("told", "tells") and tail:
                    listener = re.match(r"[\w’']+(?:\s+[\w’']+)?", tail)
                    verb = f"{verb} {listener.group(0)}" if listener else verb
                return self._make(np[0], np[1], verb)
        return None

    def _sentence_subject(self, base: int, head: str) -> tuple[int, int] | None:
        """The subject of a participle ("..., dismissing it as a “...”") is the
        nearest clause subject before it ("when he announced X, calling ...")."""
        return self._clause_subject(base, head, nearest=True)

    def signature(self, start: int, end: int) -> Attribution | None:
        """A paragraph that only signs the quote before it: "— Bernie Sanders.",
        "-President Obama, tweeting after the speech.", "Michelle Marks, Philadelphia."."""
        line = self.text[start:end]
        if len(_WORD_RE.findall(line)) > 14:
            return None
        dashed = _DASH.match(line) or re.match(r"^\s*-\s*(?P<rest>[A-Z].*)$", line, re.DOTALL)
        if dashed:
            np = self._forward_np(start + dashed.start("rest"), dashed.group("rest"))
            return self._make(np[0], np[1], None) if np is not None else None
        # Without a dash only a person's name, perhaps with a place or title after a comma.
        bare = re.match(r"^\s*(?P<name>[^,.;:!?“”\"]+?)\s*(?:,[^“”\"]*)?\.?\s*$", line)
        if bare and (
            names_a_person(bare.group("name"))
            or self.people.canonical(bare.group("name"), start) is not None
        ):
            return self._make(start + bare.start("name"), start + bare.end("name"), None)
        return None

    def headline_speaker(self, start: int, end: int) -> Attribution | None:
        """Who speaks in a headline: the name before its colon ("Issa: ...") or
        the names before its verb ("Bolton and Gorka slam ...")."""
        words = r"[A-Z][\w'’.\-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’.\-]*){0,5}"
        match = re.match(rf"\s*(?P<np>{words})\s*:", self.text[start:end]) or re.match(
            rf"\s*(?P<np>{words})\s+(?P<verb>[a-z]+)\b", self.text[start:end]
        )
        if match is None:
            return None
        verb = match.groupdict().get("verb")
        if verb is not None and verb not in lx.HEADLINE_VERBS:
            return None
        return self._make(start + match.start("np"), start + match.end("np"), verb)

    def introducer(self, start: int, end: int) -> Attribution | None:
        """Who a sentence ending in a colon introduces: its subject ("Clinton
        released this statement:"), an inverted speaker ("Stated Stone:"), or
        else the person it names ("17-year-old Jared Potts echoed:")."""
        line = self.text[start:end]
        inverted = re.match(
            r"\s*(?P<verb>[A-Za-z][a-z]+)\s+(?P<np>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})\s*:\s*$",
            line,
        )
        if inverted and inverted.group("verb").lower() in _SPEECH_VERBS:
            return self._make(start + inverted.start("np"), start + inverted.end("np"), None)
        subject = self.subject_of_text(start, end)
        if subject is not None:
            return subject
        full = [m for m in _people_named(line) if names_a_person(m.text)]
        if full:
            return self._make(start + full[0].start, start + full[0].end, None)
        return None

    def last_reporter(self, start: int, end: int) -> Attribution | None:
        """Whoever a paragraph last reports as speaking: "Bush said Libya ..."."""
        chunk = self.text[start:end]
        for cue in reversed(list(CUE.finditer(chunk))):
            if cue.group("verb") in lx.WEAK_CUES:
                continue
            np = self._np_before(start, chunk[: cue.start()])
            if np is not None:
                return self._make(np[0], np[1], cue.group("verb"))
        return None

    def _according_to(self, base: int, context: str) -> Attribution | None:
        match = _ACCORDING.search(context)
        if not match:
            view = _IN_VIEW.search(context)
            if view is None:
                return None
            group = "np" if view.group("np") else "np2"
            return self._make(base + view.start(group), base + view.end(group), None)
        rest_start, rest = base + match.start("rest"), match.group("rest")
        work = re.match(r"(?:[a-z]+\s+){1,3}?by\s+(?=[A-Z])", rest)
        if work:
            # "according to calculations by Amy Glasmeier of MIT": the author.
            rest_start, rest = rest_start + work.end(), rest[work.end() :]
        np = self._forward_np(rest_start, rest)
        return self._make(np[0], np[1], "according to") if np else None

    # -- noun phrases ----------------------------------------------------------

    def _forward_np(self, start: int, rest: str) -> tuple[int, int] | None:
        """The speaker phrase right after an inverted cue: "Michael Carpenter, US
        ambassador to the OSCE, after..." → "Michael Carpenter"."""
        stop = _BREAK_AFTER.search(rest, 1)
        # "of" joins a name to its affiliation; keep reading through it.
        phrase_end = stop.start() if stop else len(rest)
        familiar = re.match(
            r"\s+(?:with|to|on)\s+(?:the\s+)?[\w’'\-]+(?:\s+[\w’'\-]+)?(?=\s*[,.;]|\s*$)",
            rest[phrase_end:],
        )
        if familiar and re.search(r"\b(?:familiar|close|briefed)$", rest[:phrase_end]):
            # "one Democrat familiar with the discussion", "a person close to the campaign".
            phrase_end += familiar.end()
        phrase = rest[:phrase_end].rstrip()
        if not phrase:
            return None
        words = _WORD_RE.findall(phrase)
        if not words or len(words) > 9:
            return None
        first = words[0]
        if not (
            first[0].isupper() or first.lower() in lx.DETERMINERS or first.lower() in lx.PRONOUNS
        ):
            # "former Sen. Evan Bayh": the name inside the phrase.
            inner = [m for m in name_mentions(phrase) if _may_be_person(m.text)]
            if inner:
                return start + inner[-1].start, start + inner[-1].end
            return None
        if first.lower() in lx.PRONOUNS or first[0].isupper() or first.lower() in lx.DETERMINERS:
            # A description followed by an appositive name: "Ukraine's representative, X."
            after_phrase = rest[phrase_end:]
            appositive = re.match(
                r"\s*,\s*(?P<name>[A-Z][\w'’\-.]+(?:\s+[A-Z][\w'’\-.]+){1,3})", after_phrase
            )
            if (
                appositive
                and not _is_name_like(phrase)
                and is_person_name(appositive.group("name"))
            ):
                s = start + phrase_end + appositive.start("name")
                return s, s + len(appositive.group("name").rstrip("."))
            return start, start + len(phrase)
        return None

    def _np_before(self, base: int, head: str) -> tuple[int, int] | None:
        """The subject right before a cue: "Carpenter", "he", "a senior diplomat",
        "Russia's deputy foreign minister, Sergei Ryabkov,"."""
        head = re.sub(r"\s*\([^()]{1,40}\)\s*$", lambda m: " " * len(m.group(0)), head)
        trimmed = re.sub(rf"(?:(?:^|\s+)(?:{_ADVERB}|{_AUX}|not))+\s*$", "", head.rstrip())
        trimmed = trimmed.rstrip()
        if not trimmed:
            return None
        relative = re.search(r",\s*(?:who|which)$", trimmed)
        if relative:
            # "Russia, which has warned of ...": the speaker is the antecedent.
            return self._np_before(base, trimmed[: relative.start()] + " ")
        if trimmed.endswith(","):
            interruption = re.search(
                r"(?P<subject>[^,]+),\s*(?:[a-z]+ing|who|which|whose|in|at|on|for|after|before"
                r"|during|like|despite|while)\b[^,]*(?:,[^,]*)?,$",
                trimmed,
            )
            if interruption and not re.search(r"[A-Z]", interruption.group("subject")[:1] or "x"):
                interruption = None
            if interruption:
                # "Others, reacting to the video's release, shouted": the subject stands
                # before the interruption, not inside it.
                subject = self._np_before(base, trimmed[: interruption.end("subject")])
                if subject is not None:
                    return subject
            # An appositive before the verb: find the name inside the commas.
            window_start = max(0, len(trimmed) - 160)
            window = trimmed[window_start:]
            mentions = _people_named(window)
            full = [m for m in mentions if names_a_person(m.text)]
            chosen = full[-1] if full else (mentions[0] if mentions else None)
            if chosen is not None:
                return base + window_start + chosen.start, base + window_start + chosen.end
            return None  # a list or a clause, not an appositive around a name
        words = list(_WORD_RE.finditer(trimmed))
        if not words:
            return None
        last = words[-1]
        if last.group(0).lower() in lx.PRONOUNS:
            return base + last.start(), base + last.end()
        # Walk back over the words of a noun phrase.
        first_index = len(words) - 1
        for k in range(len(words) - 1, max(-1, len(words) - 9), -1):
            word = words[k].group(0)
            gap = trimmed[words[k].end() : words[k + 1].start()] if k + 1 < len(words) else ""
            if re.search(r"[,;:.!?“”\"—–(]", gap):
                break
            lower = word.lower()
            if lower in lx.DETERMINERS:
                first_index = k
                break  # a determiner opens the phrase
            if lower in lx.PHRASE_BREAKERS and lower != "of":
                break
            if lower in lx.REPORTING_VERBS and k != len(words) - 1:
                break
            first_index = k
        phrase_words = words[first_index:]
        while phrase_words and phrase_words[0].group(0).lower() == "of":
            phrase_words = phrase_words[1:]
        if not phrase_words:
            return None
        if first_index > 0:
            before_word = words[first_index - 1]
            gap = trimmed[before_word.end() : phrase_words[0].start()]
            preposition = before_word.group(0).lower()
            if not gap.strip() and preposition in _PREPOSITIONS:
                owner = self._np_before(base, trimmed[: before_word.start()])
                if phrase_words[-1].group(0).lower() in _OCCASIONS or re.fullmatch(
                    r"[A-Z][a-z]+day", phrase_words[-1].group(0)
                ):
                    # "Trump at the time said", "Sanders during a rally thanked": the
                    # subject stands before the phrase.
                    if owner is not None and preposition != "of":
                        return owner
                elif owner is not None and owner[1] - base >= before_word.start() - 1:
                    # "the head of the party said", "one Democrat familiar with the
                    # talks": the phrase the preposition hangs on.
                    return owner[0], base + phrase_words[-1].end()
        head_word = phrase_words[0].group(0)
        last_word = phrase_words[-1].group(0)
        if last_word.lower() in lx.PHRASE_BREAKERS:
            return None
        if not head_word[0].isupper() and last_word[0].isupper():
            # "election law expert Rick Hasen": the name inside the description.
            phrase_start = phrase_words[0].start()
            inner = name_mentions(trimmed, phrase_start)
            if inner:
                return base + inner[-1].start, base + inner[-1].end
        if not (
            head_word[0].isupper()
            or head_word[0].isdigit()  # "21 percent said"
            or head_word.lower() in lx.DETERMINERS
            or last_word.lower().rstrip("s") in lx.ROLE_STEMS
        ):
            return None
        return base + phrase_words[0].start(), base + phrase_words[-1].end()

    def _make(self, start: int, end: int, cue: str | None) -> Attribution:
        mention = self.text[start:end].strip().rstrip(",.")
        return Attribution(mention, start, cue, self._canonical(mention, start))

    def _canonical(self, mention: str, at: int) -> str | None:
        if mention.lower() in lx.PRONOUNS:
            return None  # resolved later, with the quote sequence in view
        resolved = self.people.canonical(mention, at)
        if resolved:
            return resolved
        # A description holding a name: "Foreign Minister Zbigniew Rau of Poland".
        for m in reversed(name_mentions(mention)):
            if re.search(
                r"\b(?:of|for|at|in|inside|from|with|near)\s+(?:the\s+)?$", mention[: m.start]
            ):
                continue  # "a spokesman for Platte River": an affiliation, not the person
            name = self.people.canonical(m.text, at + m.start)
            if name:
                return name
        return mention


def _people_named(text: str) -> list[Mention]:
    """Name mentions in `text` that may be people (not "Russia's", not "the OSCE")."""
    return [m for m in name_mentions(text) if not m.possessive and _may_be_person(m.text)]


def _may_be_person(name: str) -> bool:
    # Judge the name, not its title: "Circuit Court Judge David McKeague".
    words = (split_title(name)[1] or name).split()
    return not any(w in lx.NON_PERSON_WORDS or (w.isupper() and len(w) > 1) for w in words)


def _is_name_like(phrase: str) -> bool:
    words = phrase.split()
    return all(w[:1].isupper() for w in words)
