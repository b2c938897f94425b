"""Quote attribution as an ordered table of named rules.

Each rule reads one layout of news writing and carries the sentences it
exists for (`examples`: the chosen quote of each example text, the last by
default, is credited to `speaker` by that rule; tests/test_quotes.py runs
them all). A quote's
`rule` field names the rule that found its speaker and `claimdiff extract
--explain` prints it with the rule's summary.

Order. Rules of the stage "after" read the words after the closing mark,
"before" those before the opening mark, "around" either side. For a quote
opening its sentence (or followed by "said", "told", ...), "after" rules
are tried first, else "before" rules first; "around" comes last. When no
rule inside the sentence fires, the "beyond" rules (applied by
`quoting.extract_quotes`, in the order listed) look at the paragraph, the
line below, the headline or the quote before.
"""

from __future__ import annotations

import re

import attrs

from compare.extract.attribution.attributor import Attributor, Site
from compare.extract.attribution.beyond import BEYOND
from compare.extract.attribution.owners import colon_clause, possessed_speech
from compare.extract.attribution.patterns import CLOSING_CUE
from compare.extract.attribution.phrases import Attribution
from compare.extract.attribution.rule import INTRO as _INTRO
from compare.extract.attribution.rule import Example, Finder, Rule
from compare.extract.attribution.rule import examples as _ex

__all__ = ["BY_NAME", "RULES", "Example", "Rule", "attribute"]


def _lead(name: str) -> Finder:
    return lambda attributor, site: attributor.lead(site, name)


# The rules inside the quote's sentence; `beyond.BEYOND` follows them.
_INSIDE: tuple[Rule, ...] = (
    Rule(
        "inverted-after",
        "after",
        "a speech verb right after the quote, then the speaker",
        _ex(
            ("“The bridge is closed,” said Ana Ruiz, the city engineer.", "Ana Ruiz"),
            # Two lower-case posts joined by "and" are one speaker's.
            ("“The bridge is closed,” said founder and chairman Ana Ruiz.", "Ana Ruiz"),
            # A name set off after the description, behind a title or a description.
            ("“The wards are full,” said the clinic's director, Dr. Ines Varo.", "Ines Varo"),
            ("“It is alive,” said the panel's chair, the retired judge Olu Bade.", "Olu Bade"),
        ),
        Attributor.inverted_after,
    ),
    Rule(
        "inverted-ed-after",
        "after",
        "after a comma-closed quote, any past-tense verb then the speaker",
        _ex(("“It is about time,” exhorted Mayor Tom Okafor.", "Tom Okafor")),
        Attributor.inverted_ed_after,
    ),
    Rule(
        "dash-after",
        "after",
        "a dash after the quote, then the speaker",
        _ex(("“We will rebuild it.” — Ana Ruiz", "Ana Ruiz")),
        Attributor.dash_after,
    ),
    Rule(
        "name-verb-after",
        "after",
        "the speaker then any verb right after the quote",
        _ex(
            ("“This is a disgrace!” Tom Okafor shrugged.", "Tom Okafor"),
            # After a comma closing the quote, the verb may take an object.
            ("“The bridge stays open, folks,” Tom Okafor assured the crowd.", "Tom Okafor"),
        ),
        Attributor.name_verb_after,
    ),
    Rule(
        "cue-after",
        "after",
        "the subject of a reporting verb after the quote",
        _ex(
            ("“The bridge is closed,” the city engineer, Ana Ruiz, said.", "Ana Ruiz"),
            ("“The bridge is closed,” Ana Ruiz said on Monday.", "Ana Ruiz"),
        ),
        Attributor.cue_after,
    ),
    Rule(
        "cue-after-said-name",
        "after",
        "after the quote and a phrase, a comma, a speech verb, then the speaker",
        _ex(("“It is over” for the bridge, said Ana Ruiz.", "Ana Ruiz")),
        parent="cue-after",
    ),
    Rule(
        "cue-after-name",
        "after",
        "a name opening the words between the quote and its verb",
        _ex(
            (
                "“It is over,” Ana Ruiz, whose office runs things quietly wrote.",
                "Ana Ruiz",
            ),
        ),
        parent="cue-after",
    ),
    Rule(
        "cue-at-end",
        "after",
        "a long stretch after the quote, then “, X said.” closing the sentence",
        _ex(
            (
                "“We are horrified” by the shooting at the club, which drew attention from "
                "across the whole country and abroad for many days, Tom Okafor said.",
                "Tom Okafor",
            ),
            # A described speaker, and a phrase after the verb.
            (
                "The lack of crossings was “particularly hard” on the east side, the "
                "lawsuit alleges.",
                "the lawsuit",
            ),
            (
                "“If the state finds more records, it will search them” for any that could "
                "answer the request the residents' group filed last spring about the old "
                "crossing, city trial counsel Ana Ruiz wrote in a court filing.",
                "Ana Ruiz",
            ),
        ),
        Attributor.cue_at_end,
    ),
    Rule(
        "what-x-calls",
        "before",
        "what someone calls, describes or terms as the quote",
        _ex(
            ("Ana Ruiz objected to what Tom Okafor called “careless planning”.", "Tom Okafor"),
            # An apposition, "each" or "have" between the speaker and the verb.
            (
                "It was, in what Ana Ruiz, a treasurer for the rival campaign, called "
                "“hand-to-hand combat,” a long night.",
                "Ana Ruiz",
            ),
            ("The plan is what former engineers have called a “fraud”.", "former engineers"),
        ),
        _lead("what-x-calls"),
    ),
    Rule(
        "inverted-before",
        "before",
        "a comma, a speech verb and the speaker, right before the quote",
        _ex(
            ("Because of the flood, explained Ana Ruiz, “the bridge is closed.”", "Ana Ruiz"),
        ),
        _lead("inverted-before"),
    ),
    Rule(
        "subject-verb-comma",
        "before",
        "the speaker and a verb, then a comma or colon, right before the quote",
        _ex(
            ("Tom Okafor says, “The bridge is closed.”", "Tom Okafor"),
            # A document and its number speak for it.
            ("Article 12 states: “No bridge shall close without notice.”", "Article 12"),
        ),
        _lead("subject-verb-comma"),
    ),
    Rule(
        "name-colon",
        "before",
        "a name and a colon right before the quote",
        _ex(
            (_INTRO + "Okafor: “The bridge is closed.”", "Okafor"),
            # A party and state in brackets may stand between the name and the colon.
            (_INTRO + "Rep. Tom Okafor (D-Ohio): “The bridge is closed.”", "Tom Okafor"),
        ),
        _lead("name-colon"),
    ),
    Rule(
        "person-colon",
        "before",
        "a person's full name and a colon at the end of a clause before the quote",
        _ex(
            ("The vote did not surprise engineer Ana Ruiz: “We knew it.”", "Ana Ruiz"),
        ),
        _lead("person-colon"),
    ),
    Rule(
        "possessed-speech",
        "before",
        "a noun of speech (“claim”, “pledge”, “comment”): its owner",
        _ex(
            ("Tom Okafor's pledge to keep the bridge “open for good” was broken.", "Tom Okafor"),
            ("Ana Ruiz mocked Tom Okafor's “bridge to nowhere” remark.", "Tom Okafor"),
            # The nearest owner: the claim is Okafor's, the response Ruiz's.
            (
                "Ana Ruiz's response to Tom Okafor's claim that it was “safe” came fast.",
                "Tom Okafor",
            ),
            ("The engineers disputed the assertion of Ana Ruiz that it was “sound”.", "Ana Ruiz"),
            # A title in lower case before the name.
            (
                "It backs the contention of former city engineer Ana Ruiz that it was “unsafe”.",
                "Ana Ruiz",
            ),
        ),
        possessed_speech,
    ),
    Rule(
        "colon-clause",
        "before",
        "a clause ending in a colon before the quote: its subject",
        _ex(
            (
                "Ana Ruiz praised the plan, but she gave the council a warning: “Do not wait.”",
                "Ana Ruiz",
            ),
        ),
        colon_clause,
    ),
    Rule(
        "cue-before",
        "before",
        "the subject of a reporting verb before the quote",
        _ex(
            ("Tom Okafor told reporters that the plan was “a disgrace”.", "Tom Okafor"),
            ("The city engineer, Ana Ruiz, said the bridge was “unsafe”.", "Ana Ruiz"),
            # After "after", "until", "because": the subject of that clause speaks.
            ("The vote came two days after Tom Okafor told reporters it was “dead”.", "Tom Okafor"),
            # A cue inside a relative clause that closes before the quote is not its cue.
            (
                "Tom Okafor said the plan, which some have argued was rushed, was “a disgrace”.",
                "Tom Okafor",
            ),
            # Inside an aside between dashes, "who" speaks for the phrase before it.
            (
                "Tom Okafor — who once called the bridge “a death trap” in an interview "
                "with the Herald — said it would close.",
                "Tom Okafor",
            ),
            # "in a later interview" is no subject: the cue before it has one.
            (
                "Ana Ruiz said she knew nothing, but in a later interview said it was “a mistake”.",
                "Ana Ruiz",
            ),
            # "who" speaks for the person before it: the name a description ends with,
            # with or without a comma, and a comma after the verb only introduces it.
            (
                "The plan drew a sharp reaction from Mayor Tom Okafor, who called it “a mess”.",
                "Tom Okafor",
            ),
            ("The plan came from Ana Ruiz, who said, “It is a mess.”", "Ana Ruiz"),
            ("One post was a tweet from Ana Ruiz who wrote, “Rules are for others.”", "Ana Ruiz"),
        ),
        Attributor.cue_before,
    ),
    Rule(
        "cue-before-said-name",
        "before",
        "an inverted speech verb and the speaker between commas before the quote",
        _ex(
            ("The trouble, says Ana Ruiz, is that “nobody listens.”", "Ana Ruiz"),
        ),
        parent="cue-before",
    ),
    Rule(
        "adding",
        "before",
        "“adding” after an earlier cue: that cue's subject",
        _ex(
            ("The bridge is closed, Tom Okafor said, adding, “It is unsafe.”", "Tom Okafor"),
        ),
        parent="cue-before",
    ),
    Rule(
        "series-subject",
        "before",
        "a speech verb at the end of a series of verbs: the series' subject",
        _ex(
            ("Tom Okafor stood up, looked at the crowd and said “no more”.", "Tom Okafor"),
        ),
        parent="cue-before",
    ),
    Rule(
        "participle-subject",
        "before",
        "a speech participle (“calling it”): the subject of its clause",
        _ex(
            ("Tom Okafor rejected the plan on Monday, calling it “a disgrace”.", "Tom Okafor"),
            # "with X saying": X is the participle's subject.
            (
                "The council backed it, with Mayor Tom Okafor calling it “a fair deal”.",
                "Tom Okafor",
            ),
            # "they" in a clause inside the sentence is often things, not the speaker.
            (
                "Ana Ruiz apologized for the posts after they surfaced, saying they were “old”.",
                "Ana Ruiz",
            ),
        ),
        parent="cue-before",
    ),
    Rule(
        "written-thing",
        "before",
        "“an editorial telling”, “a headline that said”: the published thing",
        _ex(
            (
                "Ana Ruiz wrote after the paper's editorial telling her to “resign now.”",
                "the paper's editorial",
            ),
            ("The post ran under a headline that said, “Bridge to close.”", "a headline"),
        ),
        parent="cue-before",
    ),
    Rule(
        "passive-agent",
        "around",
        "a passive cue (“was asked by”, “labeled ... by”): the agent after “by”",
        _ex(
            ("Tom Okafor was asked by moderator Ana Ruiz whether he was “ready.”", "Ana Ruiz"),
            ("The inquiry was often labeled a “witch hunt” by Ana Ruiz.", "Ana Ruiz"),
            (
                "Tom Okafor was asked by radio host Ana Ruiz whether it would cost “too much.”",
                "Ana Ruiz",
            ),
        ),
        Attributor.passive_agent,
    ),
    Rule(
        "according-to",
        "around",
        "“according to” the speaker",
        _ex(
            ("The bridge was “beyond repair,” according to Ana Ruiz.", "Ana Ruiz"),
            # "as described by", "as reported by": the same layout.
            (
                "The budget was “plainly reckless” – as described by auditor Ana Ruiz – and "
                "it failed.",
                "Ana Ruiz",
            ),
        ),
        Attributor.according_to,
    ),
    Rule(
        "in-view",
        "around",
        "“in X’s view”, “as X put it”",
        _ex(
            ("The plan was, as Ana Ruiz put it, “a bridge too far”.", "Ana Ruiz"),
            ("In Tom Okafor's mind, calling it “a death trap” was fair.", "Tom Okafor"),
            ("As the Herald's Ana Ruiz puts it, the plan is “a bridge too far”.", "Ana Ruiz"),
        ),
        parent="according-to",
    ),
)
RULES: tuple[Rule, ...] = (*_INSIDE, *BEYOND)
BY_NAME = {rule.name: rule for rule in RULES}
_STAGE: dict[str, tuple[Rule, ...]] = {
    stage: tuple(r for r in RULES if r.stage == stage and r.find is not None)
    for stage in ("after", "before", "around")
}
# A reporting verb right after the quote: read the words after it first.
_VERB_NEXT = re.compile(r"^[\s,]*(?:[a-z]+ly\s+)?(?:said|says|added|told|warned|wrote|asked)\b")


def attribute(attributor: Attributor, site: Site) -> Attribution | None:
    """The first rule inside the sentence that finds a speaker, named by `rule`."""
    after_first = (
        site.starts_sentence or _VERB_NEXT.match(site.after) or CLOSING_CUE.match(site.after)
    )
    stages = ("after", "before", "around") if after_first else ("before", "after", "around")
    for stage in stages:
        if stage == "before" and not site.before.strip():
            continue
        for rule in _STAGE[stage]:
            assert rule.find is not None
            found = rule.find(attributor, site)
            if found is not None and not attributor.is_place(found):
                return found if found.rule else attrs.evolve(found, rule=rule.name)
    return None
