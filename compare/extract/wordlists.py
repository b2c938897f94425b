"""Closed English word lists for the word classes (wordclass.py): determiners,
prepositions, pronouns, adverbs and the small sets its rules consult."""

from __future__ import annotations

DETERMINERS = frozenset(
    "the a an this these those his her its their our my your every each any no some another "
    "such what whose both all several many few other".split()
)
PREPOSITIONS = frozenset(
    "in on at by for with from to into onto of off over under about after before since until "
    "during through throughout across against among between near around toward towards "
    "without within upon via per than like despite amid behind beyond below above along "
    "outside inside up down out including excluding as".split()
)
SUBORDINATORS = frozenset(
    "who whom which that when while where whereas because although though if unless".split()
)
CONJUNCTIONS = frozenset("and or but nor".split())
SUBJECT_PRONOUNS = frozenset("i you he she it we they who which that there".split())
# Indefinite pronouns take a verb like any subject ("Nobody cares", "everyone knows").
INDEFINITE = frozenset(
    "someone somebody anyone anybody everyone everybody nobody everything something nothing".split()
)
PRONOUNS = SUBJECT_PRONOUNS | INDEFINITE | frozenset("me him us them one".split())
NEGATIONS = frozenset("not n't n’t never cannot".split())
ADVERBS = frozenset(
    "also still already just now then reportedly allegedly later again yet even only ever "
    "previously recently finally immediately subsequently initially reportedly apparently "
    "further quickly so overnight today tonight yesterday tomorrow earlier afterwards ago "
    "meanwhile instead too here always usually often sometimes soon seldom".split()
)
NEGATIVE_SUBJECTS = frozenset("no none nobody nothing neither".split())
NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
    "hundred thousand million billion trillion dozen dozens hundreds thousands millions "
    "billions half lakh lakhs crore crores".split()
)
_TENS = frozenset("twenty thirty forty fifty sixty seventy eighty ninety".split())
_UNITS = frozenset("one two three four five six seven eight nine".split())


def is_number_word(lower: str) -> bool:
    """A number told in words: "three", "dozen", or tens and units joined by a hyphen
    ("forty-three"), which English writes as one word; not "one-man" or "ten-year"."""
    if lower in NUMBER_WORDS:
        return True
    tens, hyphen, units = lower.partition("-")
    return bool(hyphen) and tens in _TENS and units in _UNITS


BREAKS = frozenset(',;:()[]—–"“”')
# Scale words end an amount; a past form after them describes it ("$8 million left").
SCALES = frozenset("hundred thousand million billion trillion dozen m bn k lakh crore".split())
# Degree words between an auxiliary and a participle ("is most remembered", "was very
# pleased", "has been better known") are adverbs there, whatever else they can be
# ("most people", "more than 40", "a better deal").
DEGREE = frozenset("most more less least very much well better best".split())
# Floating quantifiers after a pronoun subject: "we all know", "they both said".
FLOATING = frozenset("all both each".split())
# Irregular verbs whose past participle is their base form: after "is"/"was" they are
# still passive verbs ("is set", "was cut"), unlike a noun ("is time").
SAME_PARTICIPLE = frozenset(
    "set put cut hit let shut hurt cost beat spread read quit bet bid burst cast split "
    "thrust upset broadcast forecast shed run come become overcome".split()
)

# Determiners that open a noun phrase, an owner's included ("the toll", "its fees",
# "these plans"): the words a phrase's head is read after.
NOUN_DETERMINERS = frozenset("the a an its their his her our this that these those".split())

# Determiners that open a verb's object and never a time phrase after a noun ("the
# company outlines several plans"; but "heart transplants this year").
OBJECT_OPENERS = frozenset("the a an his her its their our my your several both".split())
# Verbs that take a clause: after them a noun and a verb form may be its subject and
# verb ("said officials wants"), so the pair is not read as one object.
CLAUSE_TAKING = frozenset(
    "say tell think believe know hope fear feel find show suggest mean insist argue claim "
    "warn ensure report add note see hear expect assume doubt guess".split()
)
# The names of the days of the week and of the months.
CALENDAR_NAMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december".split()
)
# Dates a verb may take directly: "the campaign starts Monday", "opens October 5"
# ("may" left out: "it may close" is the verb).
DATE_WORDS = (CALENDAR_NAMES - {"may"}) | frozenset("today tomorrow yesterday".split())

# Clause rules (clauses.py).
# Verbs whose clause is about the verb after them: "going to tax" is about taxing,
# "failed to approve" states that approving did not happen.
# Implicative verbs tell whether the later verb's act happened: "managed to launch"
# launched it, "neglected to lock" did not lock (FAILING: the act did not happen).
TRANSPARENT = frozenset(
    "go have fail refuse decline expect use begin continue start seem manage neglect forget".split()
)
FAILING = frozenset("fail refuse decline neglect forget".split())
# "started charging", "kept rising": the clause is about the -ing verb.
ASPECTUAL = frozenset("start begin stop continue keep finish resume".split())
# Words that open a subordinate clause when a subject and verb follow them (else they
# are prepositions or adverbs: "as many as", "after the vote").
CLAUSE_OPENERS = frozenset("as how why whether after before since until once".split())
# "were said to have been rescued", "is believed to be": in the passive before "to" these
# report the later verb's fact.
SAID_TO = frozenset(
    "say report believe think know understand consider estimate expect rumour rumor suspect".split()
)
AS_HEDGES = frozenset("many much few little far long soon well".split())
ADVERBIAL = CLAUSE_OPENERS | frozenset(
    "when while because although though if unless whereas".split()
)
# Reporting verbs: a sentence's fact is in what was said, not in the saying.
REPORTING = frozenset(
    "say tell add report state claim note explain write insist announce confirm declare "
    "reply respond according".split()
)


QUANTIFIERS = frozenset("some all many most none each both several few half".split())
RELATIVES = frozenset(("who", "which", "that"))
