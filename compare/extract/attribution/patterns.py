"""The patterns attribution rules read: reporting verbs, subjects, leads.

Every pattern is bounded (no nested unbounded repetition over the same
characters), so that text without sentence ends cannot make them backtrack
for long; tests/test_quotes.py times a 100 KB worst case.
"""

from __future__ import annotations

import re

from compare.extract import lexicon as lx
from compare.extract.names import Mention, name_mentions, split_title

VERB_ALT = "|".join(sorted(lx.REPORTING_VERBS, key=len, reverse=True))
ADVERB = (
    r"(?:(?!(?:rally|family|ally|assembly|supply|reply|monopoly|anomaly|bully|italy)\b)[a-z]+ly"
    r"|also|later|then|again|earlier|once|too|further|previously|now|still|just)"
)
AUX = r"(?:has|have|had|was|were|is|are|will|would|could|may|might|did|does|do)"
# "said", "told reporters", "said in a statement", "wrote on Twitter".
CUE = re.compile(rf"(?<![\w\-])(?P<verb>{VERB_ALT})(?![\w\-])")  # not "so-called"
# Verbs that take the speaker after them: "..., said X" / "..., warned X".
INVERTING = (
    "said says added adds asked asks wrote writes warned warns explained explains noted "
    "continued replied responded argued insisted declared recalled observed remarked "
    "acknowledged admitted conceded complained cautioned urged suggested stressed emphasized "
    "emphasised quipped joked concluded countered charged tweeted announced reported "
    "shouted exclaimed predicted recounted agrees agreed offered offers "
    "remembered remembers recalls notes observes continues argues insists cautions "
    "wondered wonders mused muses boasted boasts marveled marvelled sighed read reads"
).split()
SPEECH_VERBS = lx.REPORTING_VERBS | frozenset(INVERTING)
INVERTED = re.compile(
    rf"^[\s,]*(?:{ADVERB}\s+)?(?P<verb>{'|'.join(INVERTING)})\b(?:\s+{ADVERB})?\s+(?P<rest>.+)$",
    re.DOTALL,
)
DASH = re.compile(r"^\s*[—–]\s*(?P<rest>[A-Z].*)$", re.DOTALL)
# "according to X"; "as reported by X", "– as described by X –": the same layout.
ACCORDING = re.compile(
    r"\b(?P<lead>according to|as\s+(?:first\s+)?(?:reported|described|noted|stated|told"
    r"|written|recounted|quoted)\s+by)\s+(?P<rest>.+)$",
    re.DOTALL | re.IGNORECASE,
)
# "in Bolton’s view", "as Rosenberg put it", ", explained Rosenberg, “...".
IN_VIEW = re.compile(
    # "In Trump's mind, ..." opening the sentence too.
    r"\b(?:[Ii]n|[Tt]o)\s+(?P<np>(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*)['’]s?\s+"
    r"(?:view|views|words|opinion|estimation|telling|mind|eyes|account)\b"
    # "as The Post's Ruth Marcus puts it": an outlet's writer.
    r"|\b[Aa]s\s+(?:(?:[Tt]he\s+)?[A-Z][\w\-]*['’]s\s+)?(?P<np2>(?:[A-Z][\w\-]*\s+){0,3}[A-Z][\w\-]*"
    r"|he|she|they)\s+(?:put|puts|says|said)\s+it\b"
)
# A period that ends an abbreviation or an initial ("Sen.", "John C. Smith"), not a phrase.
NOT_ABBREVIATION = (
    r"(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bMrs)(?<!\bGen)(?<!\bSen)"
    r"(?<!\bRep)(?<!\bGov)(?<!\bLt)(?<!\bCol)(?<!\bProf)(?<!\bCapt)(?<!\bSgt)(?<!\bAdm)"
    r"(?<!\bMaj)(?<!\bRev)(?<!\bSens)(?<!\bReps)(?<!\b[A-Z])"
)
BREAK_AFTER = re.compile(
    rf"\s*(?:[,;:!?(]|{NOT_ABBREVIATION}\.|—|–|\b(?:after|before|in|on|at|during|when|while|who|which|that|"
    r"to|from|with|about|as|adding|saying|referring|speaking|noting|but|and|because|"
    r"if|told|said|says|last|this|earlier|later|whether|whom|whose|where|why|how)\b)"
)
WORD_RE = re.compile(r"[\w'’\-.]+")
FINITE = (
    r"(?:(?:[a-z]+ly|then|also|later|earlier|first|once|now|still|again|just|even|never|often"
    r"|already|further|quickly|soon)\s+)?"
    # "didn’t", "wasn’t", "can’t": a negated auxiliary is finite too.
    r"(?:(?:is|was|are|were|has|have|had|would|could|did|does|do|should|ca|wo)n[’']t"
    r"|is|was|are|were|has|have|had|will|would|can|could|did|does|do|should"
    r"|may|might|must|also|said|[a-z]{2,}ed|[a-z]{2,}[^s\W]s|"
    + "|".join(lx.IRREGULAR_PAST)
    + r")\b"
)
# A word inside a noun phrase: not a preposition, conjunction or verb-like function word.
NOT_BREAKER = (
    "(?!(?:" + "|".join(sorted(lx.PHRASE_BREAKERS - {"of", "and"}, key=len, reverse=True)) + r")\b)"
)
NP_WORD = NOT_BREAKER + r"[\w'’\-]+(?:\.[\w'’\-]+)*\.?"  # "U.S." is one word
LOWER_NP_WORD = NOT_BREAKER + r"[a-z][\w\-]*"
# "on Tuesday", "last week": a time between a subject and its verb.
WHEN = (
    r"(?:\s+(?:on\s+|late\s+|early\s+)?"
    r"(?:[A-Z][a-z]+day(?:\s+(?:morning|afternoon|evening|night))?"
    r"|last\s+[a-z]+|this\s+[a-z]+|yesterday|today))?"
)
SUBJECT = re.compile(
    r"(?:^[\s(\[\-–—•*]*|(?<=[,;:—–])\s*|(?<=\s-)\s|\b(?:[Aa]nd|[Bb]ut|[Ww]hile|[Aa]s|[Yy]et|[Ss]o|[Ww]hen|[Aa]fter|[Bb]efore"
    r"|[Bb]ecause|[Ss]ince|[Ii]f|[Aa]lthough|[Tt]hough|[Uu]ntil|[Oo]nce)\s+"
    # "And then Trump went ...": an adverb between the conjunction and the subject.
    r"(?:(?:then|now|later|also|still|even|so)\s+)?)"
    # "Then he cut into Bush, calling him ...": an adverb opening the sentence.
    r"(?:(?<![\w'’])(?:Then|Later|Now|Still|Again|Finally|Next|Soon)\s+(?=[Hh]e\s|[Ss]he\s|They\s|We\s|I\s))?"
    r"(?P<np>(?:[Hh]e|[Ss]he|They|they|I|We|we"
    # "Yildirim's LinkedIn page lists", before "Yildirim" alone can take "'s" as "has".
    rf"|[A-Z][\w\-]*['’]s\s+(?:{NP_WORD}\s+){{0,3}}{NP_WORD}"
    r"|(?!(?:The|A|An|His|Her|Their|Its|Our|My|Your)\s+[a-z])"
    r"(?:[A-Z][\w'’.\-]*)(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w'’.\-]*){0,5}"
    # "73 percent of Americans".
    rf"|(?<!\d[,.])\d[\d,.]*(?:\s+percent|%)?(?:\s+of)?(?:\s+{NP_WORD}){{1,3}}"
    # "Democratic presidential candidate Bernie Sanders": a description, then the name.
    # "Former Obama spokesman Robert Gibbs": two capitalised words may lead it.
    rf"|(?:[A-Z][\w\-]*\s+){{0,2}}(?:{LOWER_NP_WORD}\s+){{1,3}}[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){{0,3}}"
    r"|(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne|[Aa]nother|[Ss]ome|[Mm]any|[Ss]everal"
    r"|[Mm]ost|[Ee]ach|[Bb]oth|[Aa]ll|[Hh]undreds|[Tt]housands|[Dd]ozens|[Mm]illions)"
    rf"(?:\s+of)?\s+(?:{NP_WORD}\s+){{0,4}}{NP_WORD}"
    # "One operative inside Trump Tower", "A spokesman for Platte River".
    rf"(?:\s+(?:inside|in|at|from|for|with|near)\s+(?:the\s+)?{NP_WORD}(?:\s+{NP_WORD}){{0,2}})?))"
    r"(?:\s*\([^()]{1,40}\))?(?:\s+(?:himself|herself|themselves|itself))?"
    rf"(?:['’](?:s|re|m|ve|d|ll)\s+[a-z]+|\s*(?:,[^,]{{1,140}},[”\"’]?\s*)?,?{WHEN}\s+{FINITE}"
    # "Chrabaszcz, who goes by “Vito,”": the quote inside the subject's relative clause.
    r"|\s*,\s+(?:who|which)\s+[a-z]+)"
)
# Bare plural or collective nouns that speak as a body: "police said", "prosecutors argued".
GROUP_NOUNS = frozenset(
    "police authorities prosecutors investigators officers troops soldiers witnesses "
    "residents protesters demonstrators organizers organisers critics supporters observers "
    "analysts experts doctors rescuers firefighters paramedics officials lawmakers "
    "regulators economists scientists researchers voters activists diplomats sources "
    "government ministry military army administration".split()
)
SPEAKER_STEMS = (
    lx.ROLE_STEMS
    | frozenset(
        "candidate campaign senator governor ad statement report poll group party committee "
        "spokesman spokeswoman official president leader".split()
    )
    | GROUP_NOUNS
)
# A passive before the cue ("was asked", "were told"): its subject is the listener.
PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be|get|got|gets)\s+(?:[a-z]+ly\s+)?$")
ASKED = re.compile(
    r"\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?(?:asked|told|quoted|questioned|pressed)\b"
)
# A passive cue with its agent: "was asked by", "had been described by".
PASSIVE_BY = re.compile(
    r"(?:\b(?:was|were|is|are|been|being)\s+(?:[a-z]+ly\s+)?(?:asked|called|labell?ed|described"
    r"|dubbed|branded|termed|quoted|told)"
    # "Asked by Ana Ruiz whether ...": a passive participle opening the sentence.
    r"|(?:^|[,;:]\s*)\s*Asked)\s+by(?=\s+\w)"
)
# A passive naming verb right before the quote, its agent after it: "labeled a “...” by X".
PASSIVE_NAMING = re.compile(
    r"\b(?:(?:was|were|is|are|been|being)\s+(?:[a-z]+\s+)?|(?:[a-z]+ly|often)\s+)(?:called|labell?ed|described"
    r"|dubbed|branded|termed)(?:\s+as)?(?:\s+(?:a|an|the))?\s*$"
)
BY = re.compile(r"^[\s,]*by\s+(?=[A-Z]|the\s|a\s|an\s)")
# An attribution closing the clause right after the quote: "“...,” she said." /
# "“...,” the senator says directly to the camera". Read before the words in front.
CLOSING_CUE = re.compile(
    r"^[\s,]*(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}"
    r"|(?:the|a|an)\s+(?:[\w'’\-]+\s+){0,2}[\w'’\-]+)"
    r"\s+(?:[a-z]+ly\s+)?(?:said|says|added|adds|told|tells|wrote|writes|explained|explains"
    r"|continued|continues|noted|notes|asked|asks|argued|argues|insisted|insists"
    # "“France is no longer France,” he claimed.": any tagline verb of speech.
    r"|claimed|claims|reported|reports|alleged|alleges|recalled|recalls|described|declared"
    r"|responded|replied|predicted|warned|warns|admitted|acknowledged|tweeted|quipped|joked"
    r"|stressed|emphasized|concluded|conceded|countered|complained|cautioned|observed"
    r"|recounted)\b"
)
# Verbs that name a thing when the quote follows at once: "a class called “Perception”".
NAMING = frozenset("called named dubbed titled entitled labeled labelled nicknamed".split())
# A head ending in a common noun ("a class"), not a name, pronoun or "the senator".
THING_LAST = re.compile(
    r"(?<![\w'’\-])(?!(?:he|she|they|we|i|"
    + "|".join(sorted(SPEAKER_STEMS, key=len, reverse=True))
    + r")s?\b)[a-z][\w\-]*\s*$"
)
# ", Nefzi said." closing the sentence, however far from the quote.
CUE_AT_END = re.compile(
    r",\s*(?P<np>[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}"
    # ", the lawsuit alleges.", ", the Daily Caller reports."
    rf"|(?:the|a|an)\s+(?:{NP_WORD}\s+){{0,3}}{NP_WORD}"
    # ", Justice Department trial counsel Caroline Wolverton wrote in a filing."
    r"|(?:[A-Z][\w'’.\-]*\s+){0,3}(?:[a-z][\w\-]*\s+){1,3}[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})"
    r"\s+(?:[a-z]+ly\s+)?(?P<verb>said|says|added|adds|wrote|writes|explained|noted|argued"
    r"|recalled|continued|reported|reports|alleged|alleges|claimed|claims)"
    # "... wrote in a court filing.", "... said on Tuesday."
    r"(?:\s+(?:in|on|at|during|via)\s+(?:[\w'’\-]+\s+){0,3}?[\w'’\-]+)?\s*[.!?]?[”\"’]?\s*$"
)
# Words after an inverted verb that start no speaker: "police said of the victim".
NOT_AFTER_VERB = frozenset("of about to for in on at with that this it".split())
_NAME_THEN_VERB = (
    r"^[\s,]*(?P<np>[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e|[Ii]t|[A-Z][\w'’\-]+\.?(?:\s+[A-Z][\w'’.\-]+){0,3}"
    # "“Nooooo!” the crowd cried out" / "a Democratic staffer in the room wondered".
    rf"|(?:the|a|an|one|another)\s+(?:{NP_WORD}\s+){{0,3}}{NP_WORD}"
    rf"(?:\s+(?:in|at|from|of|for|on)\s+(?:the\s+)?{NP_WORD}(?:\s+{NP_WORD})?)?)"
    r"\s+(?:(?:[a-z]+ly|now|also|then|later|still|again|just|even|once)\s+)?"
    r"(?P<verb>[a-z]{3,}ed(?:\s+(?:back|in|on|up|out))?|[a-z]{3,}[^s\W]s"
    r"|shot back|went on|" + "|".join(lx.IRREGULAR_PAST) + r"|read)\b"
)
NAME_THEN_VERB = re.compile(_NAME_THEN_VERB + r"(?!\s+(?:that|to|of|the|a|an)\b)")
# After a quote closed by a comma the sentence goes on: a name and its verb are the
# tagline even with an object ("“...,” Okafor assured the crowd").
NAME_VERB_OBJECT = re.compile(_NAME_THEN_VERB + r"(?!\s+(?:that|to|of)\b)")
# "“...,” they conclude.": after a plural pronoun the present has no -s.
PLURAL_THEN_VERB = re.compile(
    r"^[\s,]*(?P<np>[Tt]hey|I|[Ww]e)\s+(?:(?:[a-z]+ly|now|also|then|still|again|just)\s+)?"
    r"(?P<verb>[a-z]{3,})\s*[.!?,;]"
)
# A sentence ends in the words between a quote and its cue; "Ms." and "J." do not end one.
SENTENCE_END = re.compile(rf"{NOT_ABBREVIATION}[.!?](?:\s|$)|[“”\"]")
INTRO = re.compile(
    # "..., to which O'Malley interjected: “...”": a relative pronoun before the subject.
    r"(?:^|[,;:.]\s+|\b(?:and|but|then|with|which|whom)\s+|^\W*"
    # "At the bottom it reads, “...": a pronoun may follow an opening phrase.
    r"|(?<=\s)(?=(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|I|[Ww]e)\s))(?P<np>[Hh]e|[Ss]he|[Ii]t|[Tt]hey|I|[Ww]e"
    # "Article 33 affirms:", "Isaiah 45:1 reads:": a document and its number.
    r"|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}(?:\s+\d+(?:[:.]\d+)?(?=\s+[a-z]))?"
    # "The snarky, anti-GOP headline reads: “...".
    rf"|(?:The|A|An|His|Her|Its|Their)\s+(?:{NOT_BREAKER}[\w'’\-/]+,?\s+){{0,5}}?[\w'’\-]+)"
    r"\s+(?:[a-z]+ly\s+)?"
    r"(?P<verb>[a-z]{3,}(?:s|ed)|[a-z]{3,}ing(?=\s*:)|said|wrote|told|spoke|went on|put it"
    r"|(?:shot|fired|hit|pushed)\s+back)"
    r"\s*[,:]\s*$"
)
# Words that open a phrase between a speaker and the verb ("Trump at the time said",
# "the head of the union said").
PREPOSITIONS = frozenset(
    "at during in on for after before with from by since until over into under among "
    "throughout within without through like amid following of".split()
)
# Nouns of a time or an occasion: "at the time", "during a rally", "in an interview".
OCCASIONS = frozenset(
    "time times moment day days week weeks month months year years morning afternoon "
    "evening night weekend rally rallies debate debates interview interviews event events "
    "meeting meetings speech speeches statement statements conference hearing hearings "
    "briefing session sessions appearance visit trip stop campaign address broadcast show "
    "program programme call dinner luncheon breakfast forum summit town-hall".split()
)
# Words right before a quote that say who speaks it, tried in this order:
# name -> (pattern, whether it names the verb, whether the phrase must be a person's name).
LEADS: dict[str, tuple[re.Pattern[str], bool, bool]] = {
    # "what it calls “psychographic” profiles", "what the writers described as “...”".
    "what-x-calls": (
        re.compile(
            # "what X, a historian of the era, called", "what the Times and the Post
            # each called", "what former employees have called".
            r"\bwhat\s+(?P<np>[\w'’\-]+(?:\s+[\w'’\-]+){0,7}?)(?:,[^,“”\"]{1,80},)?"
            r"\s+(?:(?:each|both|all|also|once|has|have|had|been)\s+){0,2}(?:[a-z]+ly\s+)?"
            r"(?P<verb>calls|called|describes|described|terms|termed|dubs|dubbed|labels|labeled"
            r"|labelled|considers|considered|sees|saw)(?:\s+as)?(?:\s+(?:a|an|the))?\s*$"
        ),
        True,
        False,
    ),
    # "Because of how the schedule was built, explained Rosenberg, “...".
    "inverted-before": (
        re.compile(
            rf",\s*(?:{ADVERB}\s+)?(?P<verb>{'|'.join(INVERTING)})\s+(?P<np>[A-Z][\w'’.\-]*"
            r"(?:\s+[A-Z][\w'’.\-]*){0,3})\s*[,:]\s*$"
        ),
        True,
        False,
    ),
    # "At the bottom it reads, “..." / "Cruz says, “...": subject + verb + comma.
    "subject-verb-comma": (INTRO, True, False),
    # "Clinton: “...", "From Carpenter: “..."
    "name-colon": (
        re.compile(
            # "From Bush's post:", "More from Blumenthal:"; not "was from Mexico:".
            r"(?:^|[-—–:.]\s+)(?:(?:[Mm]ore\s+)?(?:from|From)\s+)?(?P<np>(?:[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})"
            r"|(?:the|The)\s+\w+)(?:\s*\([^()]{1,24}\))?\s*:\s*$"
        ),
        False,
        False,
    ),
    # "... doesn’t surprise Republican pollster Daron Shaw: “...".
    "person-colon": (
        # "Rep. Ana Ruiz (D-Ohio): “...": a party and state in brackets may follow.
        re.compile(
            r"(?P<np>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){1,3})(?:\s*\([^()]{1,24}\))?\s*:\s*$"
        ),
        False,
        True,
    ),
}
NAME_THEN_COMMA = re.compile(r"\s+(?P<np>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3})\s*,")
COORDINATED = re.compile(r"\b(?:and|but|or)(?:\s+(?:also|then|later|quickly))?\s*$")


def people_named(text: str) -> list[Mention]:
    """Name mentions in `text` that may be people (not "Russia's", not "the OSCE")."""
    return [m for m in name_mentions(text) if not m.possessive and may_be_person(m.text)]


def may_be_person(name: str) -> bool:
    # Judge the name, not its title: "Circuit Court Judge David McKeague".
    words = (split_title(name)[1] or name).split()
    return not any(w in lx.NON_PERSON_WORDS or _is_acronym(w) for w in words)


def _is_acronym(word: str) -> bool:
    # "OSCE", "NATO"; an initial ("T." in "Gregory T. Angelo") is part of a name.
    return word.isupper() and len(word) > 1 and not (len(word) == 2 and word.endswith("."))


def is_name_like(phrase: str) -> bool:
    words = phrase.split()
    return all(w[:1].isupper() for w in words)


# Nouns of something said, owned by its speaker: "Romney's “47 percent” comment",
# "her claim that she “never sent ...”", "the contention of Clinton that ...".
SPEECH_NOUNS = (
    "claim|comment|remark|statement|assertion|pledge|promise|vow|words|argument|admission"
    "|response|reply|answer|warning|tweet|post|message|insistence|contention|suggestion"
    "|boast|complaint|accusation|criticism|denial|insult|description|characterization"
    "|declaration|announcement|prediction|proclamation|assurance|threat|plea"
    "|quip|joke|slogan|mantra|refrain|catchphrase|pronouncement|rhetoric|speech|call"
    "|testimony|allegation|retort|lament|confession"
)
_OWNER = (
    r"(?P<np>[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}(?=['’]s?\s))"
    r"(?:['’]s?)?"
)
# Words between owner and noun: "controversial", "own", "Facebook"; no article or verb.
_OWNED_WORDS = (
    r"(?:(?!(?:a|an|the|and|or|but|that|who|which|is|was|are|were|has|had|have)\b)"
    r"[A-Za-z][\w\-]*,?\s+){0,3}"
)
# A word between the noun and the quote; no second owner or speech noun (the
# nearest owner speaks: "Trump's response to Clinton's claim that “...”").
_TAIL_WORD = (
    r"(?![\w\-]+['’]s?\s)(?!(?:" + SPEECH_NOUNS + r"|was|were|is|are|be|been|has|have|had)s?\b)"
    r"[\w'’\-]+"
)
POSSESSED_BEFORE = re.compile(
    rf"(?:^|(?<=[\s(—–]))(?:{_OWNER}\s+{_OWNED_WORDS}(?P<noun>{SPEECH_NOUNS})s?"
    r"|(?:the|a|an)\s+(?P<noun2>" + SPEECH_NOUNS + r")s?\s+of\s+"
    # "the contention of former secretary of state Ana Ruiz that": a title may lead.
    r"(?P<np2>(?:[a-z][\w\-]*\s+){0,5}?[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}))"
    # What joins the noun to the quote when the quote is what was said: "to be",
    # "that she", "of a", "for a federal", "during the debate that", "was:". Not a
    # predicate ("Trump's remarks were “intolerable”", "denounced his words as
    # “...”"): that is the judge's word about them.
    rf"(?P<tail>(?:\s+(?:{_TAIL_WORD},?\s+){{0,5}}?"
    # After "that" a clause of its own: "claim that it was “safe”".
    r"(?:that(?:\s+(?![\w\-]+['’]s?\s)[\w'’\-]+){0,4}|"
    rf"to(?:\s+be)?(?:\s+{_TAIL_WORD}){{0,3}}"
    rf"|(?:of|for)(?:\s+{_TAIL_WORD}){{0,2}}|(?:was|is)\s*:)|\s*:)?\s*)$"
)
# "Romney’s “47 percent” comment": the owner before the quote, the noun after it.
OWNER_BEFORE = re.compile(rf"(?:^|(?<=[\s(—–])){_OWNER}\s*$")
NOUN_AFTER = re.compile(rf"^\s*(?:[A-Za-z][\w\-]*\s+){{0,3}}?(?:{SPEECH_NOUNS})s?\b")


# Published things that carry words of their own: "a headline that said “...”",
# "the paper's editorial telling him to “...”". Not what a person sends or holds
# up ("a tweet saying", "a sign saying"): the clause's subject speaks those.
WRITTEN = "cover|headline|editorial|caption"
_WRITTEN_NP = (
    r"(?P<np>(?:(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w\-]*['’]s?)\s+"
    # "a hand-written", "the newspaper’s": no verb, participle or "and" inside.
    r"(?:(?!(?:and|or|[\w\-]+ing)\b)" + NOT_BREAKER + r"[\w'’\-]+\s+){0,2}?)?"
    r"(?:" + WRITTEN + r")s?)"
)
WRITTEN_BEFORE = re.compile(rf"(?:^|(?<=\s)){_WRITTEN_NP}\s+$", re.IGNORECASE)
WRITTEN_THAT = re.compile(rf"(?:^|(?<=\s)){_WRITTEN_NP}\s+that\s+$", re.IGNORECASE)


# A cue in a clause opened by "when", "after", ... that a comma closes before a new
# clause with its own subject and verb: "When Okafor announced his run, he called the
# council “clowns”" (the quote belongs to the main clause). "As" is left out: "As Ruiz
# told the crowd, the plan is “dead”" credits the quote to the "as" clause.
_SUBORDINATE_OPENING = re.compile(
    r"(?:^|[,;]\s*)(?:[Ww]hen|[Ww]henever|[Aa]fter|[Bb]efore|[Ww]hile|[Ss]ince|[Oo]nce"
    r"|[Bb]ecause|[Uu]ntil)\s+[^,;:“”\"]{1,80}$"
)
_NEW_CLAUSE = re.compile(
    r",\s*(?:he|she|they|we|I|[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})\s+"
    r"(?:[a-z]+ly\s+)?(?:[a-z]{2,}ed|[a-z]{2,}[^s\W]s|has|had|was|is|will|would)\b"
)


def closed_subordinate(head: str, tail: str) -> bool:
    """Whether a cue (between `head` and `tail`) sits in a subordinate clause that
    closes before the quote, a new main clause following it."""
    return bool(_SUBORDINATE_OPENING.search(head) and _NEW_CLAUSE.search(tail))
