"""Property tests (hypothesis): two articles whose one sentence differs ONLY in one
slot the judges check are never shown as agreeing on it (issue 13).

Which judge checks which slot, route by route (compare/align/builtin.py registers them):

- statement (statement_judge): AGREE only when no rule finds a difference and none
  leaves the pair unchecked. Checked: negation and opposite predicates (frames, then
  the word diff, then one clause each), figures, tallies, dates and weekdays, clock
  times and places both sentences state (sentence_facts), the actor (two named
  subjects of one predicate and object; swapped roles; two named doers unpaired).
  Unchecked: sentences alike but for one short stretch swapped for unrelated words
  or two parts swapped around a verb (swapped_words), a person whose titles differ
  (statement_roles).
- number (numbers.judge_pair): the figure within the tolerance or a hedge, the tally,
  and the frames (the negation, an opposite predicate, the thing counted, the actor,
  the day, time and place of the clause).
- date / time / place (when_where): the resolved day or the words, the clock time,
  the place name; a pair that differs is never grouped at all.
- quote (quotes.judge_quotes): every word inside the quotation but little words one
  version lacks; modifiers one version lacks and speakers not checked to be one
  person leave the pair unpaired; two named speakers differ.
- role (roles.judge_roles): the titles of one person.

Sentences are built from parts written for these tests, in several domains (a
council, courts, sport, business, health, weather, accidents); none comes from a
benchmark or corpus. A sentence cut into statements (at ";") may hold a clause
without the slot: an agreement on that clause is no agreement over the slot
(`agreeing` reads only alignments with a member over the words that differ).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from compare import Comparison, Verdict, compare_texts

PUBLISHED = "---\npublished: 2025-03-10\n---\n\n"
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# One scene per domain: who acts, the act (past tense, base form, an opposite
# past tense and its base form), on what, and who else is counted.
DOMAINS = {
    "council": (
        ["the city council", "the port authority", "the school district", "the union executive"],
        [("approved", "approve", "rejected", "reject"), ("raised", "raise", "cut", "cut"),
         ("backed", "back", "opposed", "oppose"), ("closed", "close", "opened", "open")],
        ["the new budget", "the harbour plan", "the wage proposal", "the ferry fares"],
        ["residents", "members", "people"],
    ),
    "court": (
        ["the appeals court", "the district judge", "the jury", "the state tribunal"],
        [("upheld", "uphold", "overturned", "overturn"),
         ("accepted", "accept", "rejected", "reject"), ("approved", "approve", "denied", "deny")],
        ["the fraud ruling", "the plea deal", "the bail request", "the eviction order"],
        ["witnesses", "lawyers", "protesters"],
    ),
    "sport": (
        ["the club", "the league", "the national federation", "the team owner"],
        [("hired", "hire", "fired", "fire"), ("accepted", "accept", "refused", "refuse"),
         ("opened", "open", "closed", "close"), ("welcomed", "welcome", "condemned", "condemn")],
        ["the new coach", "the stadium deal", "the transfer offer", "the training ground"],
        ["fans", "players", "supporters"],
    ),
    "business": (
        ["the bank", "the mining company", "the airline", "the retail group"],
        [("raised", "raise", "lowered", "lower"), ("bought", "buy", "sold", "sell"),
         ("increased", "increase", "decreased", "decrease"), ("hired", "hire", "fired", "fire")],
        ["its profit forecast", "the ferry operator", "the quarterly dividend", "the shop staff"],
        ["shareholders", "analysts", "employees"],
    ),
    "health": (
        ["the hospital board", "the health ministry", "the regional clinic", "the drug agency"],
        [("approved", "approve", "rejected", "reject"), ("opened", "open", "closed", "close"),
         ("expanded", "expand", "reduced", "reduce"), ("allowed", "allow", "banned", "ban")],
        ["the new vaccine", "the cancer ward", "the screening programme", "the night clinic"],
        ["patients", "nurses", "doctors"],
    ),
    "weather": (
        ["the weather service", "the coast guard", "the flood agency", "the county"],
        [("issued", "issue", "withdrew", "withdraw"), ("opened", "open", "closed", "close"),
         ("lifted", "lift", "imposed", "impose"), ("raised", "raise", "lowered", "lower")],
        ["the storm warning", "the coastal road", "the travel ban", "the flood barrier"],
        ["households", "drivers", "residents"],
    ),
    "accident": (
        ["the rail operator", "the fire brigade", "the bus company", "the highway agency"],
        [("reopened", "reopen", "closed", "close"), ("confirmed", "confirm", "denied", "deny"),
         ("resumed", "resume", "suspended", "suspend"), ("admitted", "admit", "denied", "deny")],
        ["the main line", "the crash report", "the night service", "the bridge repairs"],
        ["passengers", "drivers", "commuters"],
    ),
}  # fmt: skip
# Figures as digits and as words, with the other version's figure.
FIGURES = [("14", "41"), ("230", "320"), ("1,200", "2,100"), ("75", "57"), ("fourteen", "forty"),
           ("sixteen", "sixty"), ("three", "eight")]  # fmt: skip
DAYS = [("Tuesday", "Thursday"), ("Monday", "Friday"), ("Wednesday", "Saturday"),
        ("March 4", "March 14"), ("June 2", "July 2")]  # fmt: skip
PLACES = [("Dunmore", "Kilbride"), ("Ashford", "Wexley"), ("Carrow", "Port Ellis")]
TIMES = [("9 a.m.", "4 p.m."), ("11 a.m.", "7 p.m."), ("10:30 a.m.", "2:15 p.m.")]
TEMPLATES = [
    "{s} {v} {o} on {d} in {p} after {n} {c} spoke at the {t} hearing, officials said.",
    "On {d}, {s} {v} {o} in {p} at {t}, and {n} {c} watched the vote online.",
    "{s} {v} {o} at a {t} meeting in {p} on {d} that {n} {c} attended.",
    # a figure both give alike beside the one that differs; a clause after ";"
    "{s} {v} {o} and named twelve inspectors in {p} on {d}; {n} {c} came at {t}.",
    # a figure that describes a noun
    "On {d}, {s} {v} {o} in {p} after a {n}-minute debate that began at {t}.",
    # a clause after ", and", after "while", a relative clause
    "{s} {v} {o} in {p} on {d}, and {n} {c} gathered outside at {t}.",
    "{s} {v} {o} at {t} on {d} in {p}, while {n} {c} protested outside.",
    "{s} {v} {o}, which {n} {c} had demanded, in {p} at {t} on {d}.",
    "In {p} on {d}, {n} {c} saw {s} {v2} {o} at {t}.",
    # the passive, a share, a hedged figure
    "{o} was {v} by {s} in {p} at {t} on {d}, with {n} {c} present.",
    "On {d} at {t}, {s} {v} {o} in {p}; about {n} percent of {c} agreed.",
]
# An attribution the second article closes the sentence with: who is credited
# is no part of the fact, and a check must not lean on the rest being identical.
TOLD = ["", ", a spokesman told reporters", ", according to officials"]
# Sentences both articles give alike around the one that differs.
CONTEXTS = [("", ""), ("The meeting had been called a week earlier. ", ""),
            ("", " Officials said more details would follow.")]  # fmt: skip


Choose = Callable[[Sequence[Any]], Any]


def scene_from(choose: Choose) -> dict[str, Any]:
    """A template and the parts of one scene: each slot as a pair of versions."""
    subjects, verbs, objects, counted = DOMAINS[choose(sorted(DOMAINS))]
    return {
        "template": choose(TEMPLATES),
        "s": choose(subjects),
        "verb": choose(verbs),
        "o": choose(objects),
        "c": choose(counted),
        "n": choose(FIGURES),
        "d": choose(DAYS),
        "p": choose(PLACES),
        "t": choose(TIMES),
        "context": choose(CONTEXTS),
        "told": choose(TOLD),
        "short": choose([False, True]),
    }


@st.composite
def scenes(draw: st.DrawFn) -> dict[str, Any]:
    return scene_from(lambda options: draw(st.sampled_from(options)))


def versions(
    scene: dict[str, Any], slot: str, template: str = "", *, short: str = "b"
) -> tuple[str, str]:
    """The scene's sentence as two articles give it, differing only in `slot`
    (a part's name, "not", "opposite" or "no longer")."""
    past, base, opposite_past, opposite_base = scene["verb"]
    parts = {k: v[0] if isinstance(v, tuple) else v for k, v in scene.items() if len(k) == 1}
    parts.update(v=past, v2=base, v3=base + "s")
    one, other = dict(parts), dict(parts)
    if slot == "not":
        other.update(v=f"did not {base}", v2=f"not {base}")
    elif slot == "never":
        other.update(v=f"never {past}", v2=f"never {base}")
    elif slot == "refused":
        other.update(v=f"refused to {base}", v2=f"refuse to {base}")
    elif slot == "opposite":
        other.update(v=opposite_past, v2=opposite_base)
    elif slot == "no longer":
        other.update(v3=f"no longer {base}s")
    else:
        one[slot], other[slot] = scene[slot]
    said = str(other["s"]).split()
    if scene.get("short") and slot != "s" and len(said) >= 3:
        for version in {"": (), "b": (other,), "ab": (one, other)}[short]:
            version["s"] = " ".join([said[0], *said[2:]])  # a second mention: "the board"
    template = template or scene["template"]
    return sentence(template, **one), sentence(template, **other)


Where = dict[str, tuple[int, int] | None]


def articles(scene: dict[str, Any], slot: str, template: str = "") -> tuple[str, str, Where]:
    """The two articles (the sentence's two versions with the sentences around
    them, the second told with its attribution, its subject perhaps shortened),
    and where in each the slot's words are."""
    before, after = scene["context"]
    a, b = versions(scene, slot, template)
    told = b
    if scene["told"] and b.endswith("."):  # in place of the sentence's own attribution
        told = b[:-1].removesuffix(", officials said") + scene["told"] + "."
    # the slot where only the slot differs: b shortened on both sides, a on neither
    a_whole = before + a + after
    where_a = changed(a_whole, before + versions(scene, slot, template, short="")[1] + after)[0]
    both = versions(scene, slot, template, short="ab")
    where_b = changed(before + both[0] + after, before + both[1] + after)[1]
    return a_whole, before + told + after, {"a": where_a, "b": where_b}


def compare_pair(a: str, b: str) -> Comparison:
    return compare_texts({"a": PUBLISHED + a, "b": PUBLISHED + b})


def agreeing(comparison: Comparison, kind: str, where: Where | None = None) -> list:
    """Agreeing alignments of the kind across both articles, and with `where` only
    those with a member over the words the slot differs in. A clause of
    the sentence without them ("; 14 residents came at 9 a.m." when only the
    weekday of the clause before it differs) says the same fact in both, and may
    agree. Member offsets count from the start of the article text, as `changed` does."""
    return [
        al
        for al in comparison.alignments
        if str(al.kind) == kind
        and al.verdict == Verdict.AGREE
        and {m.source for m in al.members} == {"a", "b"}
        and (where is None or any(_over(where[m.source], m.start, m.end) for m in al.members))
    ]


def changed(a: str, b: str) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """Where two versions of a sentence differ, as whole words: a character range in
    each, or None for a side that has no words of its own ("Mayor" / "Deputy
    Mayor": the other side's words tell)."""
    wa, wb = list(re.finditer(r"\S+", a)), list(re.finditer(r"\S+", b))
    start = 0
    while start < min(len(wa), len(wb)) and wa[start][0] == wb[start][0]:
        start += 1
    end = 0
    while end < min(len(wa), len(wb)) - start and wa[-1 - end][0] == wb[-1 - end][0]:
        end += 1
    ranges = [(w[start].start(), w[len(w) - end - 1].end()) if len(w) - end > start else None
              for w in (wa, wb)]  # fmt: skip
    return ranges[0], ranges[1]


def between(a: str, b: str) -> Where:
    return dict(zip("ab", changed(a, b), strict=True))


def _over(where: tuple[int, int] | None, start: int, end: int) -> bool:
    return where is not None and start < where[1] and where[0] < end


def sentence(template: str, **parts: str) -> str:
    text = template.format(**parts).replace("..", ".")  # "at 9 a.m."
    return text[0].upper() + text[1:]


# The slot, and the kinds of claim that state it besides the statement.
CLAIM_KINDS = {"n": ["number"], "d": ["date"], "p": ["place"], "t": ["time"]}


def assert_never_agreed(scene: dict[str, Any], slot: str, template: str = "") -> None:
    a, b, where = articles(scene, slot, template)
    comparison = compare_pair(a, b)
    for kind in ["statement", *CLAIM_KINDS.get(slot, [])]:
        assert not agreeing(comparison, kind, where), (kind, a, b)


@SETTINGS
@given(scenes())
def test_a_changed_figure_is_never_agreed(scene):
    assert_never_agreed(scene, "n")


@SETTINGS
@given(scenes())
def test_a_changed_day_is_never_agreed(scene):
    assert_never_agreed(scene, "d")


@SETTINGS
@given(scenes())
def test_a_changed_place_is_never_agreed(scene):
    assert_never_agreed(scene, "p")


@SETTINGS
@given(scenes())
def test_a_changed_clock_time_is_never_agreed(scene):
    assert_never_agreed(scene, "t")


@SETTINGS
@given(scenes())
def test_an_inserted_not_is_never_agreed(scene):
    assert_never_agreed(scene, "not")


@SETTINGS
@given(scenes(), st.sampled_from(["never", "refused"]))
def test_never_or_a_refusal_is_never_agreed(scene, slot):
    assert_never_agreed(scene, slot)


@SETTINGS
@given(scenes())
def test_an_opposite_verb_is_never_agreed(scene):
    assert_never_agreed(scene, "opposite")


# One sentence told in two orders: the adverbials fronted or last, the clause of
# who watched first or last.
REORDERED = [
    ("On {d}, {s} {v} {o} in {p} at {t} after {n} {c} attended.",
     "{s} {v} {o} in {p} at {t} on {d} after {n} {c} attended."),
    ("In {p}, {s} {v} {o} on {d}, and {n} {c} watched at {t}.",
     "{s} {v} {o} on {d} in {p}, and {n} {c} watched at {t}."),
    ("{n} {c} watched as {s} {v} {o} in {p} on {d} at {t}.",
     "{s} {v} {o} in {p} on {d} at {t} as {n} {c} watched."),
]  # fmt: skip


@SETTINGS
@given(
    scenes(), st.sampled_from(REORDERED), st.sampled_from(["n", "d", "p", "t", "not", "opposite"])
)
def test_a_changed_fact_told_in_another_order_is_never_agreed(scene, orders, slot):
    a = versions(scene, slot, orders[0], short="")[0]
    b = versions(scene, slot, orders[1], short="")[1]
    where = {
        "a": changed(*versions(scene, slot, orders[0], short=""))[0],
        "b": changed(*versions(scene, slot, orders[1], short=""))[1],
    }
    comparison = compare_pair(a, b)
    for kind in CLAIM_KINDS.get(slot, []):
        assert not agreeing(comparison, kind, where), (a, b)
    # each article is one sentence stating the slot: no statement agreement at all
    assert not agreeing(comparison, "statement"), (a, b)


PRESENT_TEMPLATES = [
    "{s} {v3} {o} in {p}, officials said on {d}.",
    "In {p}, {s} {v3} {o}, a spokesman said at {t} on {d}; {n} {c} were told.",
]


@SETTINGS
@given(scenes(), st.sampled_from(PRESENT_TEMPLATES))
def test_an_added_no_longer_is_never_agreed(scene, template):
    assert_never_agreed(scene, "no longer", template)


ACTORS = [("Mayor Ellen Voss", "Governor Tom Reyes"), ("Judge Carla Mendes", "Senator Paul Okafor"),
          ("Chair Rita Lamb", "Treasurer Sam Idris"),
          ("Coach Dan Marsh", "Captain Lee Ortiz")]  # fmt: skip


@SETTINGS
@given(scenes(), st.sampled_from(ACTORS))
def test_another_named_actor_is_never_agreed(scene, actors):
    assert_never_agreed({**scene, "s": actors}, "s")


TITLES = [("Deputy Mayor", "Mayor"), ("Assistant Chief", "Chief"), ("Vice President", "President"),
          ("Acting Director", "Director"), ("Senator", "Governor")]  # fmt: skip
TITLED = [
    "{s} Ellen Voss {v} {o} in {p} on {d}, officials said.",
    "On {d}, {o} was {v} by {s} Ellen Voss at {t}.",
    '"We had no choice," {s} Ellen Voss said in {p} on {d}.',
]


@SETTINGS
@given(scenes(), st.sampled_from(TITLES), st.sampled_from(TITLED))
def test_another_title_is_never_agreed(scene, titles, template):
    a, b = versions({**scene, "s": titles}, "s", template)
    comparison = compare_pair(a, b)
    assert not agreeing(comparison, "role"), (a, b)
    assert not agreeing(comparison, "statement", between(a, b)), (a, b)


# Two named sides, an act one does to the other, and the words after it.
SIDES = [("Kestrel Bank", "Harlow Insurance"), ("Dunmore City", "the Carrow Rovers"),
         ("Ana Ruiz", "Tom Reyes"), ("the Wexley Hawks", "Ashford United")]  # fmt: skip
ACTS = ["will buy", "beat", "sued", "defeated", "took over", "hired"]
SWAP_TEMPLATES = [
    "{x} {act} {y} in {p} on {d}, officials said.",
    "On {d}, {x} {act} {y} at {t}, and {n} {c} watched.",
]


@SETTINGS
@given(scenes(), st.sampled_from(SIDES), st.sampled_from(ACTS), st.sampled_from(SWAP_TEMPLATES))
def test_a_swapped_subject_and_object_is_never_agreed(scene, sides, act, template):
    parts = {k: v[0] if isinstance(v, tuple) else v for k, v in scene.items() if len(k) == 1}
    x, y = sides
    a = sentence(template, **{**parts, "x": x, "y": y, "act": act})
    b = sentence(template, **{**parts, "x": y, "y": x, "act": act})
    assert not agreeing(compare_pair(a, b), "statement", between(a, b)), (a, b)


QUOTES = st.sampled_from(
    ["We will rebuild the harbour wall before the winter storms arrive",
     "Nobody on this board wanted to raise the fares for families",
     "The contract protects every driver who works the night routes"]
)  # fmt: skip
# a content word of the quote and what replaces it
SWAPS = st.sampled_from(
    [("harbour", "river"), ("fares", "taxes"), ("driver", "nurse"), ("winter", "summer"),
     ("families", "pensioners"), ("night", "day")]
)  # fmt: skip
SPEAKERS = st.sampled_from([("Ellen Voss", "Tom Reyes"), ("Carla Mendes", "Paul Okafor")])


@SETTINGS
@given(QUOTES, SWAPS, SPEAKERS, st.booleans())
def test_a_changed_quoted_word_or_speaker_is_never_agreed(quote, swap, speakers, by_speaker):
    if by_speaker:
        other, said_by = quote, speakers[1]
    else:
        word, replacement = swap if swap[0] in quote else ("the", "our")
        other, said_by = quote.replace(word, replacement, 1), speakers[0]
    comparison = compare_pair(
        f'"{quote}," {speakers[0]} said on Monday.', f'"{other}," {said_by} said on Monday.'
    )
    assert not agreeing(comparison, "quote")


# A quotation that differs in a figure or a denial, attributed alike.
QUOTED_SLOTS = [
    ("We lost {} homes to the flood this week", FIGURES),
    ("Our crews will {} the harbour wall before the winter storms arrive",
     [("rebuild", "not rebuild"), ("rebuild", "never rebuild")]),
    ("The board {} raise the fares for families this year",
     [("will", "will not"), ("can", "cannot")]),
]  # fmt: skip
ATTRIBUTIONS = ['"{q}," {who} said on Monday.', '{who} said: "{q}."', '"{q}," said {who}.']


@SETTINGS
@given(st.sampled_from(QUOTED_SLOTS), st.data(), SPEAKERS, st.sampled_from(ATTRIBUTIONS))
def test_a_quoted_figure_or_denial_is_never_agreed(quoted, data, speakers, attribution):
    words, pairs = quoted
    one, other = data.draw(st.sampled_from(pairs))
    a = attribution.format(q=words.format(one), who=speakers[0])
    b = attribution.format(q=words.format(other), who=speakers[0])
    comparison = compare_pair(a, b)
    assert not agreeing(comparison, "quote"), (a, b)
    assert not agreeing(comparison, "statement", between(a, b)), (a, b)
    assert not agreeing(comparison, "number", between(a, b)), (a, b)
