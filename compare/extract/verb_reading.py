"""Whether a word the lexicon lists as a verb is one where it stands: "they attack" /
"the attack", "prices rose" / "a rose", "the S&P 500 fell" / "five wounded soldiers".
Rules of English grammar over the word and its neighbours (wordclass.py tags the rest)."""

from __future__ import annotations

from compare.extract.lemmas import AUX_LEMMAS, can_be_noun, classes, noun_of_its_own
from compare.extract.neighbours import (
    adjective_only,
    after_apposition,
    after_title,
    compound_modifier,
    is_figure,
    opens_clause,
    plural,
    question,
    takes_object,
    third_person,
    verb_lemma_of,
)
from compare.extract.number_forms import ORDINALS
from compare.extract.tags import (
    ADV,
    AUX,
    CONJ,
    DET,
    NEG,
    NUM,
    POSS,
    PREP,
    PRON,
    PUNCT,
    SUB,
    VERB,
    WORD,
    Token,
)
from compare.extract.wordlists import (
    BREAKS,
    CLAUSE_OPENERS,
    CLAUSE_TAKING,
    DATE_WORDS,
    DETERMINERS,
    FLOATING,
    INDEFINITE,
    OBJECT_OPENERS,
    PREPOSITIONS,
    SAME_PARTICIPLE,
    SCALES,
    SUBJECT_PRONOUNS,
)


def oov_past(word: str, lower: str, found: dict[str, str]) -> bool:
    """A word out of the lexicon ending in -ed reads as a past verb, unless it is a
    name or a hyphenated compound adjective ("so-called", "UK-based")."""
    return (
        not found
        and lower.endswith("ed")
        and len(lower) > 4
        and not word[0].isupper()
        and "-" not in lower
    )


def verb_reading(word: str, lower: str, index: int, before: list[Token], following: str) -> bool:
    prev = before[-1] if before else None
    found = classes(lower)
    if "verb" not in found:
        return oov_past(word, lower, found)
    if word[0].isupper() and index > 0:
        return False  # a name
    spaced = prev is not None and (prev.text == "-" or (len(before) > 1 and before[-2].text == "-"))
    if spaced and compound_modifier(before, following):
        return False
    if prev is not None and prev.tag == ADV and len(before) > 1:
        prev = before[-2]  # "will also boost": the word before the adverb decides
        if prev.lower == "no" and before[-1].lower == "longer" and len(before) > 2:
            prev = before[-3]  # "the party no longer stands"
        elif prev.tag == NEG and len(before) > 2 and before[-3].tag in (AUX, DET, POSS):
            prev = before[-3]  # "is not politically correct", "the not yet answered"
    elif prev is not None and prev.tag == NEG and len(before) > 1 and before[-2].tag == DET:
        prev = before[-2]  # "the not guilty plea"
    if prev is not None and prev.lower in FLOATING and len(before) > 1 and before[-2].tag == PRON:
        prev = before[-2]  # "we all know": the pronoun is the subject
    if lower == "known" and following == "as" and prev is not None and prev.tag == WORD:
        return False  # "a group known as Black Lantern": the noun's name, no verb
    past = found["verb"] != lower and not lower.endswith(("s", "ing"))
    prev_aux = AUX_LEMMAS.get(prev.lower) if prev is not None else None  # "have", "be"...
    if (
        prev_aux == "have"
        and found["verb"] == lower
        and lower not in SAME_PARTICIPLE
        and can_be_noun(lower)
        and following != "to"
    ):
        return False  # "had trouble", "has time": a base form is no participle
    if prev_aux == "have" and third_person(lower, found) and can_be_noun(lower):
        return False  # "had concerns", "has plans": no verb's -s form follows "have"
    if prev_aux == "be" and lower in SAME_PARTICIPLE:
        return True  # "may have been set by", "was cut": a passive, not the adjective
    if prev_aux == "be":
        if "adj" in found and not lower.endswith(("ed", "en", "ing")) and not past:
            # "was full", "is clear": an adjective after a copula; a participle that
            # differs from its verb ("was shot", "was drunk") stays a (passive) verb.
            return False
        if "noun" in found and not lower.endswith(("ing", "ed", "en")):
            # "it's time", "there are pimps": a noun after a copula; only a participle
            # ("was found", "is set") is a verb there.
            return past or lower in SAME_PARTICIPLE
    if (
        prev is not None
        and prev.tag == NUM
        and prev.lower not in SCALES
        and past
        and takes_object(following)
    ):
        # "the S&P 500 fell 0.9%", "in 2010 approved a bond": a past form after a
        # figure, followed by what a verb takes (not "five wounded soldiers"; not after
        # a scale word: "$8 million left on the contract").
        return True
    if (
        prev is not None
        and prev.lower in ("this", "that")
        and opens_clause(before, prev)
        and (
            third_person(lower, found)
            or (past and (following in PREPOSITIONS or following in OBJECT_OPENERS))
        )
    ):
        return True  # "This comes at a time", "That meant the": a pronoun subject
    if prev is not None and prev.tag in (DET, NUM, POSS):
        return False  # "the attack", "five boats", "517 rushing yards"
    after_aux = prev is not None and (prev.tag in (AUX, NEG) or prev.lower == "to")
    if lower in ORDINALS and not after_aux:
        return False  # "third Jenna Sauvé made", "finished third": a rank; "will second it"
    if after_aux:
        return True
    if lower.endswith("ing") and "noun" in found and _finite_auxiliary(following):
        # "No evacuation warning had been issued", "Testing has been halted": an -ing
        # form with no "be" before it cannot be a verb of its own before a finite
        # auxiliary; it heads the subject, whose verb is the auxiliary's
        return False
    if (
        prev is not None
        and prev.tag == PRON
        and (prev.lower in SUBJECT_PRONOUNS or prev.lower in INDEFINITE)
    ):
        return True
    if prev is not None and prev.lower in ("who", "which") and prev.tag == SUB:
        return True  # "rules which take effect", "a man who lives"
    if (
        prev is not None
        and prev.tag == VERB
        and prev.lower.startswith("help")
        and found["verb"] == lower
    ):
        return True  # "helped guide the team"
    if lower in SAME_PARTICIPLE and following == "by":
        return True  # "a fire set by three teenagers"
    if (
        lower in SAME_PARTICIPLE
        and following in OBJECT_OPENERS
        and len(before) > 1
        and prev is not None
        and prev.tag == WORD
        and prev.text[:1].isupper()
        and before[-2].text[:1].isupper()
    ):
        return True  # "Mayor Piotr Sowa cut the ribbon": a full name, a past form, its object
    if (
        lower in SAME_PARTICIPLE
        and following in OBJECT_OPENERS
        and len(before) > 1
        and prev is not None
        and prev.tag == WORD
        and prev.text.islower()
        and not plural(prev.lower)
        and not adjective_only(prev.lower)
        and before[-2].tag == DET
    ):
        # "The storm hit the city", "the council set a deadline": a singular subject
        # after its determiner takes "hits", "sets" in the present, so the form that is
        # its own past, followed by the opener of an object, is that past. Not after a
        # possessive ("Halloran's side beat the Ravens"): read as a verb there, the
        # described doer met the team's name as another doer (an actor clash, false)
        return True
    # Both read a comma right before the word (or before an adverb before it).
    after_comma = bool(before) and (
        before[-1].text == ","
        or (before[-1].tag == ADV and len(before) > 1 and before[-2].text == ",")
    )
    if after_comma and (
        after_apposition(before) or ((third_person(lower, found) or past) and after_title(before))
    ):
        return True  # "Robert Smith, 32, fell"
    # After a noun or adjective, only an inflected form: "own bed", "security wing",
    # "garden shed" end so but are their own lemmas, taken as base forms below.
    base_in_noun_phrase = found["verb"] == lower and prev is not None and prev.tag == WORD
    if lower.endswith(("ing", "ed")) and not base_in_noun_phrase:
        noun_ending = (
            lower.endswith("ing")
            and "noun" in found
            and prev is not None
            and prev.tag == WORD
            and (not following or following in BREAKS or following in ".!?" or following == "of")
        )
        if noun_ending:
            return False  # "an approval rating.", "the police shooting of": a noun
        if lower.endswith("ing") and "noun" in found and _modifier_after_determiner(before):
            return False  # "a boxed warning about", "the new ruling on": the head noun
        # "injured people were...", "with wounded soldiers": an adjective before a noun
        # where no subject can precede it. After a comma an -ing form opens a clause
        # (", predating statehood by 20 years").
        adjectival = (
            prev is None or prev.tag in (PREP, CONJ) or (prev.tag == PUNCT and lower.endswith("ed"))
        )
        # After a preposition a past form can only describe ("of aggravated assault",
        # "with armed men"), even before a word that could be a verb.
        described = lower.endswith("ed") and (prev is None or prev.tag == PREP)
        return not (
            adjectival
            and following
            and can_be_noun(following)
            and ("verb" not in classes(following) or described)
            and not is_figure(following)
            and following not in PREPOSITIONS
        )
    if not can_be_noun(lower):
        return True
    if (
        prev is not None
        and prev.tag == CONJ
        and past
        and (following in PREPOSITIONS or following in DETERMINERS or is_figure(following))
    ):
        return True  # "grew tired and fell from three hooks": an irregular past form
    if (
        prev is not None
        and prev.text == ","
        and lower.endswith(("en", "wn"))
        and found["verb"] != lower
        and (following in DETERMINERS or following in PREPOSITIONS)
    ):
        return True  # ", given a new sentence": an -en participle opens a clause
    if (
        prev is not None
        and prev.tag == WORD
        and found["verb"] == lower
        and following != "of"  # "Could the current form of ..."
        and question(before)
    ):
        return True  # "Could the new stadium open ...?": the verb after the subject
    if prev is None or prev.tag not in (WORD, PRON):
        return False
    if prev.tag == WORD and adjective_only(prev.lower):
        return False  # "new wells", "old rules": a noun after an adjective
    # an -s form of a verb; a base form that ends so ("witness", "access") is read as
    # the other base forms below ("a Lumora witness about": no -s form after a noun)
    if lower.endswith("s") and found["verb"] != lower:
        if (
            len(before) > 1
            and before[-2].tag == WORD
            and (following in OBJECT_OPENERS or is_figure(following))
            and third_person(lower, found)
        ):
            return True  # "the sister company outlines several plans": then its object
        # "Lindsay Lohan checks into": after a name, not a compound noun
        name = len(before) > 1 and prev.text[0].isupper() and before[-2].text[0].isupper()
        if len(before) > 1 and before[-2].tag in (NUM, WORD) and not name:
            return False  # "517 rushing yards", "heart transplants": a compound noun
        if len(before) > 1 and before[-2].tag == PREP and before[-2].lower not in CLAUSE_OPENERS:
            return False  # "including unemployment rates in", "against Somali pirates on"
        if (
            len(before) > 1
            and before[-2].tag == VERB
            and prev.text.islower()
            and verb_lemma_of(before[-2].lower) not in CLAUSE_TAKING
        ):
            return False  # "earned copyright strikes on": the object of the verb before
        # "The campaign goes on", "the company plans to": a noun, then a verb form
        # followed by what a verb takes.
        # ("the rights of": a noun before "of")
        return (
            following in PREPOSITIONS
            or following in DETERMINERS
            or following in ("to", "as")
            or following in DATE_WORDS  # "the campaign starts Monday"
        ) and following != "of"
    if plural(prev.lower) and not past:
        # "the robots measure between", "poll numbers show a": a plural noun, then a
        # base form followed by what a verb takes.
        return (
            takes_object(following)
            and following not in ("of", "and", "or")
            and following not in ".,;:!?"
            and bool(following)
        )
    if (
        len(before) > 1
        and before[-2].tag == NUM
        and prev.text[0].isupper()
        and not prev.lower.endswith("s")
    ):
        return False  # "26 Somali crew": the noun after a figure and a nationality
    if past and "noun" in found and _past_verb_only(following):
        # "a ransomware crew claimed": the past verb comes next, so a noun that is
        # also an old irregular past form ("crew", of "crow") is the noun
        return False
    if past and noun_of_its_own(lower):
        return False  # "a field crew for": the noun, not the past of "crow"
    # An irregular past form after a noun ("prices rose", "he left").
    return past


def _modifier_after_determiner(before: list[Token]) -> bool:
    """A determiner, then one word that only describes: an adjective ("new") or a
    past form ("boxed"). An -ing word next is the noun they describe ("a boxed
    warning"); a noun there ("a man walking") would leave the -ing a verb. An
    adjective that is nothing else, or a day's name, needs no determiner: no
    subject stands between it and the -ing word ("congressional hearing on",
    "Sunday evening at")."""
    if not before or before[-1].tag != WORD:
        return False
    word = before[-1].lower
    if adjective_only(word) or word in DATE_WORDS:
        return True
    if len(before) < 2 or before[-2].tag != DET:
        return False
    return word.endswith("ed") and "noun" not in classes(word)


def _past_verb_only(word: str) -> bool:
    """A past form in -ed that is nothing but a verb ("claimed"; not "masked men")."""
    return word.endswith("ed") and set(classes(word)) == {"verb"}


def _finite_auxiliary(word: str) -> bool:
    """A tensed auxiliary or a modal ("has", "was", "could"); not "being", "been",
    "be", "having", whose -ing or bare forms follow other words ("the housing being
    built")."""
    return AUX_LEMMAS.get(word) is not None and word not in ("be", "been", "being", "having")
