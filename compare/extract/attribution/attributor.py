"""The attribution rules themselves: each method reads one layout.

The order in which they are tried, their names and the sentences each exists
for are in `table.RULES`; a method returns an `Attribution` whose `rule` names
the sub-rule when it covers several.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from compare.extract import lexicon as lx
from compare.extract.attribution import patterns as p
from compare.extract.attribution.marks import QuoteSpan
from compare.extract.attribution.phrases import Attribution, Phrases
from compare.extract.names import name_mentions, names_a_person

# A passive after the verb: "seized upon by Republicans", "picked up by the press".
_PASSIVE_AFTER = re.compile(r"\s+(?:(?:upon|on|up|out)\s+)?by\b")
# "..., with Senator Ana Ruiz telling reporters “...”": "with", then the subject of
# the participle (a name with its title, or a described speaker).
_WITH_SUBJECT = re.compile(
    r"(?:^|[,;—–]\s*)with\s+(?P<np>(?:[A-Z][\w'’\-.]*\s+){0,3}[A-Z][\w'’\-]+"
    r"|(?:a|an|the)\s+(?:[\w'’\-]+\s+){0,3}[\w'’\-]+)\s*$"
)


# How far back the first window of _cues_from_the_end reaches.
_CUE_WINDOW = 120


def _cues_from_the_end(chunk: str) -> Iterator[re.Match[str]]:
    """reversed(list(p.CUE.finditer(chunk))), read a window at a time from the end:
    the last speaker usually stands near the end of a long sentence or paragraph,
    and scanning all of it for each number in it made the work grow with the square
    of its length. A cue is one whole word (letters between characters that are no
    word character or hyphen), so windows cut at a space find the same matches."""
    end = len(chunk)
    while end > 0:
        cut = chunk.rfind(" ", 0, max(0, end - _CUE_WINDOW))
        yield from reversed(list(p.CUE.finditer(chunk, cut + 1, end)))
        end = cut  # the space: the next window ends before it


def _with_subject(head: str) -> re.Match[str] | None:
    """ ", with X saying": a noun phrase, not a clause ("talks with the west had
    concluded before dismissing ..." is no absolute construction)."""
    found = _WITH_SUBJECT.search(head)
    if found is None:
        return None
    words = found.group("np").lower().split()[1:]
    if any(w in lx.PHRASE_BREAKERS or w.endswith("ed") for w in words):
        return None
    return found


# A determiner or adjective before an -ing word makes it a noun ("a common saying").
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|one|this|that|his|her|their|its|common|popular|old)\s+$")
# A pronoun and a word after "said": a reported clause ("said they would"), not a speaker.
_PRONOUN_CLAUSE = re.compile(r"(?:he|she|they|it|we|I|you)\s+[a-z]")


def _may_speak(phrase: str) -> bool:
    """An inverted speaker phrase names someone: a name, or a noun of a person or
    body ("the official", "a spokesman for X"), not "the days when ..."."""
    words = phrase.split()
    if words[0].lower() in lx.PRONOUNS:
        return len(words) == 1  # "said they would vote ...": a clause
    return words[0][:1].isupper() or any(
        w.lower().rstrip("s,") in p.SPEAKER_STEMS or w[:1].isupper() for w in words[1:]
    )


@attrs.frozen
class Site:
    """A quote and the words around it in its sentence: `before` runs from the
    sentence (or the previous quote) to the opening mark, `after` from the
    closing mark to the sentence end (or the next quote)."""

    span: QuoteSpan
    before_start: int
    before: str
    after_start: int
    after: str
    starts_sentence: bool

    @classmethod
    def of(cls, text: str, span: QuoteSpan, floor: int, limit: int, *, starts: bool) -> Site:
        after_start = min(span.close + 1, limit)
        return cls(
            span, floor, text[floor : span.open], after_start, text[after_start:limit], starts
        )


class Attributor(Phrases):
    """Finds the speaker of each quote in one source."""

    # -- after the quote: "“...,” said X", "“...,” X said", "“...” — X" -----------

    def inverted_after(self, site: Site) -> Attribution | None:
        inverted = p.INVERTED.match(site.after)
        if inverted is None or _PRONOUN_CLAUSE.match(inverted.group("rest")):
            return None  # "“liberals” said they would vote ...": a clause, no inversion
        np = self.forward_np(site.after_start + inverted.start("rest"), inverted.group("rest"))
        return self.make(np[0], np[1], inverted.group("verb")) if np is not None else None

    def inverted_ed_after(self, site: Site) -> Attribution | None:
        base, after = site.after_start, site.after
        if self.text[max(0, base - 2)] not in ",!?":
            return None
        # "“It's about time,” exhorted Clinton's introducer, ...": after a quote
        # closed with a comma, any past-tense verb before a speaker inverts.
        loose_inverted = re.match(
            r"^\s*(?P<verb>[a-z]{4,}ed)\s+(?P<rest>(?:[A-Z]|(?:the|a|an)\s).*)$",
            after,
            re.DOTALL,
        )
        if loose_inverted:
            rest_start = base + loose_inverted.start("rest")
            np = self.forward_np(rest_start, loose_inverted.group("rest"))
            if np is not None and re.match(r"\s*(?:[,.;!?]|$)", self.text[np[1] : np[1] + 3]):
                # Only a speaker closing the clause: not "thanked Obama for ...".
                return self.make(np[0], np[1], loose_inverted.group("verb"))
        return None

    def dash_after(self, site: Site) -> Attribution | None:
        dash = p.DASH.match(site.after)
        if dash is None:
            return None
        np = self.forward_np(site.after_start + dash.start("rest"), dash.group("rest"))
        return self.make(np[0], np[1], None) if np is not None else None

    def name_verb_after(self, site: Site) -> Attribution | None:
        base, after = site.after_start, site.after
        loose = p.NAME_THEN_VERB.match(after) or p.PLURAL_THEN_VERB.match(after)
        if loose is None and self.text[site.span.end - 1 : site.span.end] == ",":
            loose = p.NAME_VERB_OBJECT.match(after)
        if loose and _PASSIVE_AFTER.match(after, loose.end("verb")):
            return None  # "“...,” another moment seized upon by X": the phrase was acted on
        if loose and self.text[site.span.end - 1 : site.span.end] not in (",", ".", "!", "?", "…"):
            return None  # "should “segregate” Islamic radicals": a word in a sentence, no utterance
        if loose and not p.CUE.match(after, loose.start("verb")):
            # "“...,” Toomey fumed." — right after a quote, any verb of a named
            # speaker reports the quote.
            return self.make(base + loose.start("np"), base + loose.end("np"), loose.group("verb"))
        return None

    def cue_after(self, site: Site) -> Attribution | None:
        base, after = site.after_start, site.after
        # "..., Carpenter said." / "..., he added." / "..., Russia's deputy minister, X, said"
        for cue in p.CUE.finditer(after):
            head = after[: cue.start()]
            if cue.group("verb").endswith("ing") and _NOUN_BEFORE.search(head):
                continue  # "“...,” is one common saying here": a noun, not a cue
            if not site.starts_sentence and re.fullmatch(r"\s*:\s*", after[cue.end() :]):
                break  # "After X said “...,” Trump said: “...”": the cue opens the next quote
            if p.SENTENCE_END.search(head) or len(p.WORD_RE.findall(head)) > 14:
                break
            if p.COORDINATED.search(head):
                break  # "X denounced it as “...” and warned ...": X's second verb
            if p.PASSIVE.search(head):
                break  # "“...?” Trump was asked": the subject heard the words
            dashes = re.findall(r"\s[—–-]\s", head + " ")
            if len(dashes) % 2 == 1 and re.search(r"\s[—–-]\s*$", head):
                # "X — who called it “...” in May — said": the dash closes an aside
                # opened before the quote; the verb's subject stands before the aside.
                break
            if cue.group("verb").endswith("ing") and head.rstrip().endswith(","):
                break  # "“X” on his page, writing ...": the participle's subject is before
            inverted = p.INVERTED.match(after[cue.start() :])
            if (
                inverted
                and head.rstrip().endswith(",")
                and re.match(r"(?:[A-Z]|(?:a|an|the|one|another)\s)", inverted.group("rest"))
            ):
                # "...” for Clinton, said Kunin." — the name after the verb speaks.
                rest_start = base + cue.start() + inverted.start("rest")
                np = self.forward_np(rest_start, inverted.group("rest"))
                if np is not None and _may_speak(self.text[np[0] : np[1]]):
                    return self.make(np[0], np[1], inverted.group("verb"), "cue-after-said-name")
            np = self.np_before(base, head)
            if np is not None:
                return self.make(np[0], np[1], cue.group("verb"))
            opening = re.match(r"[\s,]*", head)
            lead = name_mentions(head, opening.end() if opening else 0)
            if (
                lead
                and lead[0].start == (opening.end() if opening else 0)
                and p.may_be_person(lead[0].text)
            ):
                # "“...,” Nate Silver, the polling guru who founded X tweeted": the name
                # opens the words between the quote and the verb.
                return self.make(
                    base + lead[0].start, base + lead[0].end, cue.group("verb"), "cue-after-name"
                )
            inverted = p.INVERTED.match(after[cue.start() :])
            if inverted and len(p.WORD_RE.findall(head)) <= 6:
                # "... about the decision, said X, executive director of Y."
                rest_start = base + cue.start() + inverted.start("rest")
                np = self.forward_np(rest_start, inverted.group("rest"))
                if np is not None and _may_speak(self.text[np[0] : np[1]]):
                    return self.make(np[0], np[1], inverted.group("verb"), "cue-after-said-name")
            break
        return None

    def cue_at_end(self, site: Site) -> Attribution | None:
        """ "“We are horrified” by the shooting that drew wide attention, Nefzi
        said.": a long stretch, then the speaker and a cue closing the sentence."""
        end = p.CUE_AT_END.search(site.after)
        if end is None or p.SENTENCE_END.search(site.after, 0, end.start()):
            return None
        base = site.after_start
        return self.make(base + end.start("np"), base + end.end("np"), end.group("verb"))

    # -- before the quote: "X said: “...", "X told reporters that “..." ------------

    def lead(self, site: Site, name: str) -> Attribution | None:
        """One of the layouts in `patterns.LEADS`, right before the opening mark."""
        pattern, has_verb, needs_person = p.LEADS[name]
        lead = pattern.search(site.before)
        if lead and (not needs_person or names_a_person(lead.group("np"))):
            verb = lead.group("verb") if has_verb else None
            base = site.before_start
            return self.make(base + lead.start("np"), base + lead.end("np"), verb)
        return None

    def cue_before(self, site: Site) -> Attribution | None:
        """ "X said “...", "X told reporters that “...", "X called it a “..." """
        base, before = site.before_start, site.before
        for cue in reversed(list(p.CUE.finditer(before))):
            head = before[: cue.start()]
            verb = cue.group("verb")
            if p.closed_subordinate(head, before[cue.end() :]):
                continue  # "When X announced ..., he called it “...”": the main clause's
            named = (
                p.NAME_THEN_COMMA.match(before, cue.end())
                if verb in p.INVERTING and head.rstrip().endswith(",")
                else None
            )
            if named:
                # "The paradox of Nancy, says Carl Anthony, historian ..., is that “...".
                return self.make(
                    base + named.start("np"), base + named.end("np"), verb, "cue-before-said-name"
                )
            if verb.endswith("ing") and re.search(r",\s*$", head):
                # "..., Spicer said, adding, “...”": the speaker of the cue before.
                earlier = list(p.CUE.finditer(head))
                if earlier and not head[earlier[-1].end() :].strip(" ,"):
                    np_earlier = self.np_before(base, head[: earlier[-1].start()])
                    if np_earlier is not None:
                        return self.make(
                            np_earlier[0], np_earlier[1], earlier[-1].group("verb"), "adding"
                        )
            if p.COORDINATED.search(head):
                # "he looked ..., furrowed his brow and said": the subject of the series.
                series = self.clause_subject(base, head, nearest=True)
                if series is not None:
                    return self.make(series[0], series[1], verb, "series-subject")
                continue  # "... said it had ... and accused": the subject is further back
            if re.search(r"(?:\b(?:a|an|the|his|her|their|its|our)|['’]s)\s*$", head):
                continue  # a noun here: "the call", "Clinton's call"
            if p.PASSIVE.search(head):
                continue  # "Trump was asked, “...”": the subject heard the words
            named_as = before[cue.end() :].strip().lower()
            if (
                verb in p.NAMING
                and named_as in ("", "a", "an", "the")
                and p.THING_LAST.search(head)
            ):
                continue  # "a class called “Perception”", "a formula called the “CPI”": a name
            relative = re.search(r",\s*(?:which|who)\b[^,]*$", head)
            if relative and re.search(r",\s*\S", before[cue.end() :].rstrip()):
                # "..., which some have argued was intended ..., was an “insult”": the cue
                # is inside a relative clause that closes before the quote (a comma
                # right before the quote only introduces it: "who said, “...”").
                continue
            np: tuple[int, int] | None
            rule = "participle-subject" if verb.endswith("ing") else None
            if verb.endswith("ing"):
                if re.search(r"\b(?:that|of|by|for|about|from|without|on)\s*$", head):
                    continue  # a gerund ("that dismissing X was fraught"), not a cue
                absolute = re.search(
                    r"(?:^|[,;—–-]\s*|\band\s+)(?P<np>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})\s*$",
                    head,
                ) or _with_subject(head)
                written = p.WRITTEN_BEFORE.search(head)
                if written:
                    # "held up a sign saying “...”", "the paper's editorial telling him
                    # to “...”": the participle hangs on the written thing before it.
                    np = base + written.start("np"), base + written.end("np")
                    rule = "written-thing"
                elif absolute and absolute.group("np").split()[0] not in lx.NAME_STOPWORDS:
                    # "– Ryan saying he was “...” and Trump calling it a “...”": the
                    # name right before the participle is its subject.
                    np = base + absolute.start("np"), base + absolute.end("np")
                else:
                    np = self.sentence_subject(base, head)
            elif verb in ("said", "says") and (written := p.WRITTEN_THAT.search(head)):
                # "under a headline that said, “...”": the relative's antecedent.
                np = base + written.start("np"), base + written.end("np")
                rule = "written-thing"
            else:
                np = self.np_before(base, head)
            if np is not None:
                tail = before[cue.end() :].strip()
                if verb in ("told", "tells") and tail:
                    listener = re.match(r"[\w’']+(?:\s+[\w’']+)?", tail)
                    verb = f"{verb} {listener.group(0)}" if listener else verb
                return self.make(np[0], np[1], verb, rule)
        return None

    def passive_agent(self, site: Site) -> Attribution | None:
        """ "Rubio was asked by moderator Gerard Baker whether ... “...”", "often
        labeled a “witch hunt” by Democrats": the agent after "by" speaks."""
        before = p.PASSIVE_BY.search(site.before)
        if before is not None:
            rest_start = site.before_start + before.end()
            np = self.forward_np(rest_start, self.text[rest_start : site.span.open])
        elif p.PASSIVE_NAMING.search(site.before) and (by := p.BY.match(site.after)):
            rest_start = site.after_start + by.end()
            np = self.forward_np(rest_start, site.after[by.end() :])
        else:
            return None
        return self.make(np[0], np[1], None) if np is not None else None

    def according_to(self, site: Site) -> Attribution | None:
        return self._according_to(site.before_start, site.before) or self._according_to(
            site.after_start, site.after
        )

    # -- beyond the sentence: used by quoting.extract_quotes ---------------------

    def signature(self, start: int, end: int) -> Attribution | None:
        """A paragraph that only signs the quote before it: "— Bernie Sanders.",
        "-President Obama, tweeting after the speech.", "Michelle Marks, Philadelphia."."""
        line = self.text[start:end]
        if len(p.WORD_RE.findall(line)) > 14:
            return None
        dashed = p.DASH.match(line) or re.match(r"^\s*-\s*(?P<rest>[A-Z].*)$", line, re.DOTALL)
        if dashed:
            np = self.forward_np(start + dashed.start("rest"), dashed.group("rest"))
            return self.make(np[0], np[1], None) if np is not None else None
        # Without a dash only a person's name, perhaps with a place or title after a comma.
        bare = re.match(r"^\s*(?P<name>[^,.;:!?“”\"]+?)\s*(?:,[^“”\"]*)?\.?\s*$", line)
        if bare and (
            names_a_person(bare.group("name"))
            or self.people.canonical(bare.group("name"), start) is not None
        ):
            return self.make(start + bare.start("name"), start + bare.end("name"), None)
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
        return self.make(start + match.start("np"), start + match.end("np"), verb)

    def introducer(self, start: int, end: int) -> Attribution | None:
        """Who a sentence ending in a colon introduces: its subject ("Clinton
        released this statement:"), an inverted speaker ("Stated Stone:"), or
        else the person it names ("17-year-old Jared Potts echoed:")."""
        line = self.text[start:end]
        inverted = re.match(
            r"\s*(?P<verb>[A-Za-z][a-z]+)\s+(?P<np>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})\s*:\s*$",
            line,
        )
        if inverted and inverted.group("verb").lower() in p.SPEECH_VERBS:
            return self.make(start + inverted.start("np"), start + inverted.end("np"), None)
        subject = self.subject_of_text(start, end)
        if subject is not None:
            return subject
        full = [m for m in p.people_named(line) if names_a_person(m.text)]
        if full:
            return self.make(start + full[0].start, start + full[0].end, None)
        return None

    def last_reporter(self, start: int, end: int) -> Attribution | None:
        """Whoever a paragraph last reports as speaking: "Bush said Libya ..."."""
        chunk = self.text[start:end]
        for cue in _cues_from_the_end(chunk):
            if cue.group("verb") in lx.WEAK_CUES:
                continue
            np = self.np_before(start, chunk[: cue.start()])
            if np is not None:
                return self.make(np[0], np[1], cue.group("verb"))
        return None

    def _according_to(self, base: int, context: str) -> Attribution | None:
        match = p.ACCORDING.search(context)
        if not match:
            view = p.IN_VIEW.search(context)
            if view is None:
                return None
            group = "np" if view.group("np") else "np2"
            return self.make(base + view.start(group), base + view.end(group), None, "in-view")
        rest_start, rest = base + match.start("rest"), match.group("rest")
        work = re.match(r"(?:[a-z]+\s+){1,3}?by\s+(?=[A-Z])", rest)
        if work:
            # "according to calculations by Amy Glasmeier of MIT": the author.
            rest_start, rest = rest_start + work.end(), rest[work.end() :]
        np = self.forward_np(rest_start, rest)
        return self.make(np[0], np[1], match.group("lead").lower()) if np else None
