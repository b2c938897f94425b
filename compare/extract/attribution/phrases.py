"""Noun phrases around a reporting verb: who the subject of a cue is.

`Phrases` finds the speaker phrase before a verb ("Russia's deputy foreign
minister, Sergei Ryabkov, said"), after an inverted verb ("said Michael
Carpenter, US ambassador to the OSCE"), and the subject of a clause without a
speech verb; `make` turns a phrase into an `Attribution` with its canonical
person.
"""

from __future__ import annotations

import re

import attrs

from compare.extract import lexicon as lx
from compare.extract.attribution import patterns as p
from compare.extract.attribution import relatives
from compare.extract.attribution.heads import can_speak, is_verb
from compare.extract.attribution.marks import QuoteSpan
from compare.extract.names import (
    PersonIndex,
    is_person_name,
    is_post_word,
    name_mentions,
    names_a_person,
    names_in,
)


@attrs.frozen
class Attribution:
    mention: str
    mention_start: int
    cue: str | None
    speaker: str | None
    rule: str | None = None  # the attribution rule that found it (see table.RULES)


# A subject before an interruption: a name or a described person ("an intelligence
# source, who was not authorized to speak, told").
_OPENS_SUBJECT = re.compile(r"\s*(?:[A-Z]|(?:a|an|the|one|another|two|three|some)\s)")
# Words that open a clause of their own: the noun phrase after one is that clause's
# subject ("three days after Trump told"), never attached to the phrase before it.
_SUBORDINATORS = frozenset("after before since until till once because while".split())
# A subject right after one of these is the subject of a subordinate clause.
_SUBORDINATE_BEFORE = re.compile(
    r"\b(?:after|before|since|until|till|once|because|while|when|whenever|although|though|if"
    r"|unless|as|whether)\s+$",
    re.IGNORECASE,
)
# A capitalised preposition opening a sentence is no name: "Alongside BLM calls ...".
_PREPOSITION_WORDS = frozenset(
    "alongside despite amid amidst besides beyond across against along around behind below "
    "beneath beside between inside outside toward towards upon via on in at for with from by "
    "into under among through throughout like during over within without following".split()
)
_PERCEIVED = re.compile(
    r"\s+(?:(?:can|could|may|might|will|would)\s+be|was|were|is|are)\s+(?:heard|seen)\s*$"
)
# A restrictive relative clause right before the cue, without commas.
_RESTRICTIVE = re.compile(r"(?<=[a-z])\s+who\s+(?=[a-z])[^,;:“”\"]{0,100}$")
# A verb and "that" right before a clause's subject: "sniped that", "hints that".
# (A name and a comma may stand between: "sniped that Fiorina, a new chief, was".)
_THAT_CLAUSE = re.compile(
    r"\b[a-z]{3,}(?:ed|s)(?P<that>\s+that\s+)(?:[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,3},\s*)?$"
)
# The last word of a head that np_before's adverb and auxiliary trim can take away.
_ADVERB_OR_AUX = re.compile(rf"(?:{p.ADVERB}|{p.AUX}|not)")


def _last_words(text: str) -> list[re.Match[str]]:
    """The words np_before reads (p.WORD_RE): it looks at the last eleven at most and
    at no index counted from the front, so a tail with twelve or more, cut at a space
    (no word spans one), does for a long head."""
    cut = text.rfind(" ", 0, max(0, len(text) - 160))
    if cut >= 0:
        tail = list(p.WORD_RE.finditer(text, cut + 1))
        if len(tail) >= 12:
            return tail
    return list(p.WORD_RE.finditer(text))


class Phrases:
    """Finds speaker phrases in one source's text."""

    def __init__(
        self, text: str, people: PersonIndex, places: frozenset[str] = frozenset()
    ) -> None:
        self.text = text
        self.people = people
        self.places = places  # lowercased places the article's datelines name

    def is_place(self, found: Attribution) -> bool:
        """A dateline's place ("Gaza", "GAZA CITY") is never a speaker."""
        mention = found.mention.lower()
        speaker = (found.speaker or found.mention).lower()
        return mention in self.places and speaker in self.places

    def subject_of_text(self, start: int, end: int) -> Attribution | None:
        subject = self.clause_subject(start, self.text[start:end])
        return self.make(subject[0], subject[1], None) if subject is not None else None

    def subject_of(self, span: QuoteSpan, floor: int) -> Attribution | None:
        """The sentence subject as the speaker of a quote inside it, for when no
        speech verb or earlier quote says who spoke."""
        if p.ASKED.search(self.text, floor, span.open):
            return None  # "Trump was asked, “...”": the subject is the listener
        subject = self.clause_subject(floor, self.text[floor : span.open], nearest=True)
        if subject is None or not can_speak(self.text[subject[0] : subject[1]]):
            return None
        complement = _THAT_CLAUSE.search(self.text, floor, subject[0])
        if complement is not None:
            # "Hewlett sniped that Fiorina was “learning on the job”": the quote is in
            # the clause a verb reports; that verb's subject speaks.
            head = self.text[floor : complement.start("that")] + " "
            outer = self.clause_subject(floor, head, nearest=True)
            if outer is not None and can_speak(self.text[outer[0] : outer[1]]):
                subject = outer
        return self.make(subject[0], subject[1], None)

    def subject_after(self, span: QuoteSpan, limit: int) -> Attribution | None:
        """The main clause's subject after a quote in an opening phrase: "In
        declaring Trump's words “not Christian,” the pope again demonstrated ..."."""
        after = self.text[span.close + 1 : limit]
        comma = re.match(r"[^,;:—–]{0,60}?,\s*", after)
        if comma is None:
            return None
        base = span.close + 1 + comma.end()
        subject = self.clause_subject(base, self.text[base:limit])
        if subject is None or subject[0] != base:
            return None
        return self.make(subject[0], subject[1], None)

    def clause_subject(
        self,
        base: int,
        before: str,
        *,
        nearest: bool = False,
        personal: bool = False,
        main_clause: bool = False,
    ) -> tuple[int, int] | None:
        """For a quote inside a sentence with no speech verb ("Cruz blamed the law on
        “knuckleheaded politicians”"), the speaker is the subject of the sentence:
        the first name, pronoun or described person followed by a verb."""
        last: tuple[int, int] | None = None
        last_personal: tuple[int, int] | None = None  # with `personal`: the nearest person
        for match in p.SUBJECT.finditer(before):
            np_start, np_end = match.span("np")
            words = match.group("np").split()
            if words[0].lower() in _PREPOSITION_WORDS:
                continue  # "On Twitter, others ...", "Alongside BLM calls": a phrase, no subject
            if len(words) > 1 and words[0] in lx.NAME_STOPWORDS and words[1][:1].isupper():
                # "But Cruz would ...": the conjunction is not part of the name.
                np_start = before.index(words[1], np_start)
                words = words[1:]
            first = words[0].lower()
            if (
                main_clause
                and first == "they"
                and _SUBORDINATE_BEFORE.search(before, 0, np_start) is not None
            ):
                # "Bradley apologized for the columns after they came out, saying": a
                # "they" inside a subordinate clause is as often things as people, so
                # a person before it is preferred.
                last = last or (base + np_start, base + np_end)
                continue
            if first in lx.PERSONAL_PRONOUNS:
                found = (base + np_start, base + np_end)
                if not nearest:
                    return found
                last = last_personal = found
                continue
            if words[0] in lx.NAME_STOPWORDS and first not in lx.DETERMINERS:
                continue
            described = any(
                w.lower().rstrip("s") in p.SPEAKER_STEMS or w[:1].isupper() for w in words[1:]
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
            if personal and self._is_personal(self.text[found[0] : found[1]]):
                last_personal = found
        return last_personal or last

    def sentence_subject(self, base: int, head: str) -> tuple[int, int] | None:
        """The subject of a participle ("..., dismissing it as a “...”"): the
        nearest clause subject that is a person ("when he announced X, calling
        ..."; "Carson shared a syllabus called X, writing ..." skips "a
        syllabus"), else the nearest."""
        return self.clause_subject(base, head, nearest=True, personal=True, main_clause=True)

    def _is_personal(self, phrase: str) -> bool:
        if phrase.lower() in lx.PERSONAL_PRONOUNS:
            return True
        return (
            phrase[:1].isupper()
            and p.may_be_person(phrase)
            and (names_a_person(phrase) or self.people.canonical(phrase) is not None)
        )

    # -- noun phrases ----------------------------------------------------------

    def forward_np(self, start: int, rest: str) -> tuple[int, int] | None:
        """The speaker phrase right after an inverted cue: "Michael Carpenter, US
        ambassador to the OSCE, after..." → "Michael Carpenter"."""
        first_word = re.match(r"\s*(\w+)", rest)
        if first_word and first_word.group(1) in p.NOT_AFTER_VERB:
            return None  # "police said of Mark Jones": who was spoken of, not the speaker
        stop = p.BREAK_AFTER.search(rest, 1)
        while stop is not None and _joins_two_posts(rest, stop):
            # "said founder and chairman Ana Ruiz": two posts of one speaker
            stop = p.BREAK_AFTER.search(rest, stop.end())
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
        words = p.WORD_RE.findall(phrase)
        if not words or len(words) > 9:
            return None
        first = words[0]
        if not (
            first[0].isupper() or first.lower() in lx.DETERMINERS or first.lower() in lx.PRONOUNS
        ):
            # "former Sen. Evan Bayh": the name inside the phrase.
            inner = [m for m in name_mentions(phrase) if p.may_be_person(m.text)]
            if inner:
                return start + inner[-1].start, start + inner[-1].end
            return None
        if first.lower() in lx.PRONOUNS or first[0].isupper() or first.lower() in lx.DETERMINERS:
            # A description followed by an appositive name: "Ukraine's representative, X."
            after_phrase = rest[phrase_end:]
            # The name may follow a courtesy title or a lower-case description of its
            # own: "the hospital's director, Dr. Iris Cardona", "the jury's chair,
            # the veteran dancer Rano Yusupova".
            appositive = re.match(_APPOSITIVE_NAME, after_phrase)
            if (
                appositive
                and not p.is_name_like(phrase)
                and is_person_name(appositive.group("name"))
            ):
                s = start + phrase_end + appositive.start("name")
                return s, s + len(appositive.group("name").rstrip("."))
            return start, start + len(phrase)
        return None

    def np_before(self, base: int, head: str) -> tuple[int, int] | None:
        """The subject right before a cue: "Carpenter", "he", "a senior diplomat",
        "Russia's deputy foreign minister, Sergei Ryabkov,"."""
        # Each pattern here scans the whole head (a long sentence's, once per number in
        # it), so it runs only when the head ends as its match must (speed only).
        if head.rstrip().endswith(")"):
            head = re.sub(r"\s*\([^()]{1,40}\)\s*$", lambda m: " " * len(m.group(0)), head)
        # "a reporter can be heard asking": heard or seen speaking, the subject speaks.
        if head.rstrip().endswith(("heard", "seen")):
            head = _PERCEIVED.sub(" ", head)
        trimmed = head.rstrip()
        if trimmed and _ADVERB_OR_AUX.fullmatch(trimmed.rsplit(None, 1)[-1]):
            trimmed = re.sub(rf"(?:(?:^|\s+)(?:{p.ADVERB}|{p.AUX}|not))+\s*$", "", trimmed)
        trimmed = trimmed.rstrip()
        if not trimmed:
            return None
        relative = relatives.relative_at_end(trimmed)
        if relative:
            # "Russia, which has warned of ...": the speaker is the antecedent; for
            # "who", the person a description before it ends with.
            antecedent = self.np_before(base, trimmed[: relative.start()] + " ")
            if antecedent is not None and trimmed.endswith("who"):
                person = relatives.person_in(self.text[antecedent[0] : antecedent[1]])
                if person is not None:
                    return antecedent[0] + person[0], antecedent[0] + person[1]
            return antecedent
        restrictive = _RESTRICTIVE.search(trimmed) if "who" in trimmed else None
        if restrictive:
            # "a White House official who spoke anonymously said": the antecedent
            # speaks, not the last noun of the relative clause.
            antecedent = self.np_before(base, trimmed[: restrictive.start()] + " ")
            if antecedent is not None:
                return antecedent
        if trimmed.endswith(","):
            interruption = re.search(
                r"(?P<subject>[^,]+),\s*(?:[a-z]+ing|who|which|whose|in|at|on|for|after|before"
                r"|during|like|despite|while|a|an)\b[^,]*(?:,[^,]*)?,$",
                trimmed,
            )
            if interruption and not _OPENS_SUBJECT.match(interruption.group("subject")):
                interruption = None
            if interruption:
                # "Others, reacting to the video's release, shouted": the subject stands
                # before the interruption, not inside it.
                subject = self.np_before(base, trimmed[: interruption.end("subject")])
                if subject is not None:
                    return subject
            # An appositive before the verb: find the name inside the commas.
            window_start = max(0, len(trimmed) - 160)
            window = trimmed[window_start:]
            mentions = p.people_named(window)
            full = [m for m in mentions if names_a_person(m.text)]
            chosen = full[-1] if full else (mentions[0] if mentions else None)
            if chosen is not None:
                return base + window_start + chosen.start, base + window_start + chosen.end
            return None  # a list or a clause, not an appositive around a name
        words = _last_words(trimmed)
        if not words:
            return None
        last = words[-1]
        if last.group(0).lower() in lx.PRONOUNS:
            return base + last.start(), base + last.end()
        if (
            last.group(0)[:1].isupper()
            and last.group(0).lower() in lx.PHRASE_BREAKERS
            and (len(words) == 1 or re.search(r"[,;:“”\"—–]\s*$", trimmed[: last.start()]))
            and self.people.canonical(last.group(0)) is not None
        ):
            # "“...,” From said": a surname that is also a small word ("From", "Will",
            # "May"), known as the end of a name the article gives in full ("Al From").
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
            participle = words[first_index - 2] if first_index > 1 else None
            if not gap.strip() and preposition in _SUBORDINATORS:
                pass  # "days after Trump told": the subject of a clause of its own
            elif (
                not gap.strip()
                and preposition in ("to", "with", "on", "for")
                and participle is not None
                and participle.group(0).lower().endswith("ing")
                and not trimmed[participle.end() : before_word.start()].strip()
            ):
                # "a source speaking to Fox News said": the participle's object is no
                # subject; the phrase the participle hangs on speaks.
                return self.np_before(base, trimmed[: participle.start()])
            elif not gap.strip() and preposition in p.PREPOSITIONS:
                owner = self.np_before(base, trimmed[: before_word.start()])
                if phrase_words[-1].group(0).lower() in p.OCCASIONS or re.fullmatch(
                    r"[A-Z][a-z]+day", phrase_words[-1].group(0)
                ):
                    # "Trump at the time said", "Sanders during a rally thanked": the
                    # subject stands before the phrase.
                    if owner is not None and preposition != "of":
                        return owner
                    if preposition != "of":
                        return None  # "but in a later interview said": no subject here
                elif (
                    owner is not None
                    and owner[1] - base >= before_word.start() - 1
                    and not is_verb(self.text[owner[0] : owner[1]].split()[-1])
                ):
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
            or last_word.lower() in p.GROUP_NOUNS  # "police said", "officials said"
        ):
            return None
        return base + phrase_words[0].start(), base + phrase_words[-1].end()

    def make(self, start: int, end: int, cue: str | None, rule: str | None = None) -> Attribution:
        mention = self.text[start:end].strip().rstrip(",.")
        return Attribution(mention, start, cue, self.canonical(mention, start), rule)

    def canonical(self, mention: str, at: int) -> str | None:
        if mention.lower() in lx.PRONOUNS or mention.lower() in ("his", "her", "their", "its"):
            return None  # resolved later, with the quote sequence in view
        resolved = self.people.canonical(mention, at)
        if resolved:
            return resolved
        # A description holding a name: "Foreign Minister Zbigniew Rau of Poland".
        for m in reversed(names_in(mention)):
            if re.search(
                r"\b(?:of|for|at|in|inside|from|with|near)\s+(?:the\s+)?$", mention[: m.start]
            ):
                continue  # "a spokesman for Platte River": an affiliation, not the person
            if m.possessive or not re.match(
                r"\s*(?:$|of\b|,|\(|himself|herself)", mention[m.end :]
            ):
                # "Putin's government", "the Obama administration": the name is not
                # the head of the phrase, so not the speaker.
                continue
            name = self.people.canonical(m.text, at + m.start)
            if name:
                return name
        return mention


# ", [the lower-case description] [Dr.] Name Name" after a description of the speaker
# The description's words stop short of a preposition: in ", a friend of Maria
# Lopez" the name is another person's, not the speaker's.
_APPOSITIVE_NAME = re.compile(
    r"\s*,\s*(?:(?:the|a|an)\s+(?:(?!(?:of|for|to|with|at|from|by|in|on)\b)[a-z][\w'’\-]*\s+){1,3})?"
    r"(?:(?:Dr|Prof|Rev|Mr|Mrs|Ms|Sir|Dame)\.?\s+)?"
    r"(?P<name>[A-Z][\w'’\-.]+(?:\s+[A-Z][\w'’\-.]+){1,3})"
)


def _joins_two_posts(rest: str, stop: re.Match[str]) -> bool:
    """Is the break an "and" between two lower-case posts before a name ("founder
    and chairman Ana Ruiz"), every word before it a post word, and a post word after
    it: one speaker's two posts, not two phrases ("a driver and a passenger")."""
    if stop.group(0).strip() != "and":
        return False
    before = p.WORD_RE.findall(rest[: stop.start()])
    after = re.match(r"\s*([a-z][\w'’\-]*)\s", rest[stop.end() :])
    return (
        bool(before)
        and all(w.islower() and is_post_word(w) for w in before)
        and after is not None
        and is_post_word(after.group(1))
    )
