"""Speakers named by a noun or a clause rather than a reporting verb: the owner
of a noun of speech ("Trump's pledge to be “neutral”") and the subject of a
clause ending in a colon ("but he gave them a warning: “...”")."""

from __future__ import annotations

import re

from compare.extract import lexicon as lx
from compare.extract.attribution import patterns as p
from compare.extract.attribution.attributor import Attributor, Site
from compare.extract.attribution.heads import can_speak
from compare.extract.attribution.phrases import Attribution


def possessed_speech(attributor: Attributor, site: Site) -> Attribution | None:
    """ "Trump's pledge to be “neutral”", "her claim that she “never sent”",
    "Romney's “47 percent” comment": the owner of a noun of speech said it."""
    owned = p.POSSESSED_BEFORE.search(site.before)
    if owned is not None and not owned.group("tail").strip():
        # "Trump's remarks “have had ...”": a predicate, the judge's words about
        # them; "his slogan “Make America ...”" names them.
        owned = owned if attributor.text[site.span.start : site.span.start + 1].isupper() else None
    if owned is not None and not p.CUE.search(owned.group("tail")):
        group = "np" if owned.group("np") else "np2"
        start, end = owned.span(group)
    else:
        owner = p.OWNER_BEFORE.search(site.before)
        if owner is None or not p.NOUN_AFTER.match(site.after):
            return None
        start, end = owner.span("np")
    words = site.before[start:end].split()
    while len(words) > 1 and words[0] in lx.NAME_STOPWORDS:
        start += site.before.index(words[1], start) - start  # "From Bush's post:"
        words = words[1:]
    return attributor.make(site.before_start + start, site.before_start + end, None)


def colon_clause(attributor: Attributor, site: Site) -> Attribution | None:
    """ "..., but he gave the Texan a back-handed compliment: “...”": a clause
    ending in a colon introduces the quote; its subject speaks."""
    if not site.before.rstrip().endswith(":") or not site.span.closed:
        return None  # (a quote running on is often attributed in the next paragraph)
    subject = attributor.clause_subject(site.before_start, site.before, nearest=True)
    if subject is None or not can_speak(attributor.text[subject[0] : subject[1]]):
        return None
    for cue in p.CUE.finditer(attributor.text, subject[1], site.span.open):
        if not re.search(
            r"\b(?:a|an|the|his|her|their|its)\s+$", attributor.text[: cue.start()][-12:]
        ):
            return None  # "Okafor told reporters:": the cue rules read it, with its verb
    if p.CLOSING_CUE.match(site.after):
        return None  # "...: “...,” she recounted": the tagline after the quote
    return attributor.make(subject[0], subject[1], None)
