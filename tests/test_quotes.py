"""Quote finding and speaker attribution, one layout per test, on sentences written here."""

from __future__ import annotations

import pytest

from compare import Source
from compare.extract import Quote, extract_claims


def quotes(text: str) -> list[Quote]:
    return [c for c in extract_claims(Source.from_text(text, id="t")) if isinstance(c, Quote)]


def only(text: str) -> Quote:
    found = quotes(text)
    assert len(found) == 1, [q.text for q in found]
    return found[0]


def in_article(paragraph: str) -> Quote:
    """The one quote of `paragraph`, placed after an opening paragraph."""
    return only("The council met on Monday night to discuss the old bridge.\n\n" + paragraph)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("“The bridge is closed,” the mayor said on Monday.", "The bridge is closed,"),
        ('"The bridge is closed," the mayor said on Monday.', "The bridge is closed,"),
        ("‘The bridge is closed,’ the mayor said on Monday.", "The bridge is closed,"),
        ("'The bridge is closed,' the mayor said on Monday.", "The bridge is closed,"),
        ("«The bridge is closed», the mayor said on Monday.", "The bridge is closed"),
    ],
)
def test_quotation_styles(text, content):
    assert only(text).text == content


def test_apostrophes_are_not_quote_marks():
    text = "The mayor’s team shouldn’t wait, and Russia's envoy didn't either, officials said."
    assert quotes(text) == []


def test_nested_quote_stays_inside_the_outer_one():
    q = only("“He told me ‘never again’ and left,” Ana Ruiz said.")
    assert q.text == "He told me ‘never again’ and left,"
    assert q.speaker == "Ana Ruiz"


def test_quote_over_several_sentences():
    q = only("“We will rebuild. It will take a year. Nobody will be left out,” said Ana Ruiz.")
    assert q.text.startswith("We will rebuild.") and q.text.endswith("left out,")
    assert q.speaker == "Ana Ruiz"


def test_quote_running_across_paragraphs():
    text = (
        "The mayor, Ana Ruiz, spoke at length about the storm and its cost.\n\n"
        "“We will rebuild the bridge and the road.\n\n"
        "“Nobody will be left out of the plan this time,” she said.\n"
    )
    found = quotes(text)
    assert [q.text for q in found] == [
        "We will rebuild the bridge and the road.",
        "Nobody will be left out of the plan this time,",
    ]
    assert all(q.speaker == "Ana Ruiz" for q in found)


@pytest.mark.parametrize(
    "text",
    [
        "He said “yes and then nothing more about the bridge.",
        "Words “ ” ‘ ’ \" ' « » “ and more words",
        "She said ”backwards“ twice, then 'nothing.",
        "“Unclosed at the start of a paragraph and never closed",
    ],
)
def test_unbalanced_marks_do_not_crash(text):
    for q in quotes(text):
        assert q.text.strip()


def test_partial_and_full_quotes():
    partial = only("Officials said the talks were approaching a “dead end,” and left early.")
    assert partial.partial
    assert partial.text == "dead end,"
    full = only("“The talks have reached a dead end,” Ana Ruiz said.")
    assert not full.partial


def test_short_scare_quote_is_kept_as_partial():
    q = only("The council called the plan “sensible” after a long debate on Monday night.")
    assert q.partial and q.text == "sensible"


# -- speakers ---------------------------------------------------------------

LAYOUTS = [
    ("“The bridge must close,” Ana Ruiz said.", "Ana Ruiz", "said"),
    ("“The bridge must close,” said Ana Ruiz.", "Ana Ruiz", "said"),
    ("Ana Ruiz said: “The bridge must close.”", "Ana Ruiz", "said"),
    ("“The bridge must close,” Ana Ruiz, the city’s mayor, said.", "Ana Ruiz", "said"),
    ("“The bridge must close,” said Mayor Ana Ruiz of Springfield.", "Ana Ruiz", "said"),
    ("“The bridge must close,” said the mayor, Ana Ruiz.", "Ana Ruiz", "said"),
    ("“The bridge must close,” Mayor Ana Ruiz said.", "Ana Ruiz", "said"),
    ("Ana Ruiz told reporters that “the bridge must close.”", "Ana Ruiz", "told reporters"),
    ("“The bridge must close,” according to Ana Ruiz.", "Ana Ruiz", "according to"),
    ("“The bridge must close.” — Ana Ruiz", "Ana Ruiz", None),
    ("Ana Ruiz posted a note on Monday, writing: “The bridge must close.”", "Ana Ruiz", "writing"),
    ("“The bridge must close,” said a senior city engineer.", "a senior city engineer", "said"),
    (
        "“The bridge must close,” said Springfield’s chief engineer.",
        "Springfield’s chief engineer",
        "said",
    ),
    ("“The bridge must close,” Ana Ruiz fumed on Monday.", "Ana Ruiz", "fumed"),
]


@pytest.mark.parametrize(("text", "mention", "cue"), LAYOUTS)
def test_speaker_layouts(text, mention, cue):
    q = only("The council met on Monday night to discuss the bridge.\n\n" + text)
    assert q.speaker == mention
    if cue is not None:
        assert q.cue is not None and q.cue.startswith(cue)


def test_canonical_name_strips_titles_and_unifies_mentions():
    text = (
        "“We will reopen in June,” said Deputy Mayor Ana Ruiz of Springfield.\n\n"
        "“Nobody will be left behind,” Ruiz said.\n\n"
        "“The work starts now,” Ms. Ruiz added.\n"
    )
    found = quotes(text)
    assert [q.speaker for q in found] == ["Ana Ruiz"] * 3
    assert [q.speaker_mention for q in found][1:] == ["Ruiz", "Ms. Ruiz"]


def test_pronoun_resolves_to_the_person():
    text = (
        "Ana Ruiz, the mayor, spoke after the vote. “The bridge will close,” she said. "
        "“It is not safe,” she added."
    )
    found = quotes(text)
    assert [(q.speaker_mention, q.speaker) for q in found] == [
        ("she", "Ana Ruiz"),
        ("she", "Ana Ruiz"),
    ]


def test_quote_only_paragraph_inherits_speaker():
    text = (
        "“The bridge will close on Monday,” said Tom Okafor, the city engineer.\n\n"
        "“There is no safe way to keep it open.”\n"
    )
    found = quotes(text)
    assert [q.speaker for q in found] == ["Tom Okafor", "Tom Okafor"]


def test_quote_only_paragraph_after_reported_speech():
    text = (
        "Tom Okafor said the city had run out of options for the old bridge.\n\n"
        "“There is no safe way to keep it open.”\n"
    )
    assert only(text).speaker == "Tom Okafor"


def test_two_speakers_in_one_paragraph():
    text = "“Close it,” said Ana Ruiz. “Keep it open,” said Tom Okafor."
    assert [q.speaker for q in quotes(text)] == ["Ana Ruiz", "Tom Okafor"]


def test_sentence_subject_speaks_a_partial_quote():
    q = only("Ana Ruiz blamed the delay on “years of neglect” at the transport agency.")
    assert q.speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Senior transport engineer Ana Ruiz is selling T-shirts printed with “Fix it now.”",
            "Ana Ruiz",
        ),
        (
            "Dozens of angry residents marched to the town hall, chanting “Fix it now.”",
            "Dozens of angry residents",
        ),
        (
            "The council’s annual report lists the bridge as “beyond repair.”",
            "The council’s annual report",
        ),
        ("Tom Okafor, who calls the bridge “a death trap,” lives on the river bank.", "Tom Okafor"),
        (
            "The engineers' union on Tuesday published “a full inspection” of every bridge.",
            "The engineers' union",
        ),
        (
            "Ana Ruiz earlier posted a photo of the bridge with the caption “nobody is listening.”",
            "Ana Ruiz",
        ),
    ],
)
def test_sentence_subject_in_its_many_shapes(text, speaker):
    q = in_article(text)
    assert (q.speaker, q.speaker_basis) == (speaker, "subject")


@pytest.mark.parametrize(
    ("signature", "speaker"),
    [
        ("— Ana Ruiz", "Ana Ruiz"),
        ("-Mayor Ana Ruiz, speaking after the vote.", "Ana Ruiz"),
        ("Tom Okafor, Springfield.", "Tom Okafor"),
    ],
)
def test_quote_only_paragraph_signed_below(signature, speaker):
    found = quotes(
        "The council met on Monday night.\n\n“Fix the bridge before somebody dies.”\n\n"
        + signature
        + "\n\nThe mayor has not replied."
    )
    assert [(q.speaker, q.speaker_basis) for q in found] == [(speaker, "cue")]


def test_a_line_below_that_is_not_a_name_signs_nothing():
    found = quotes(
        "The council met on Monday night.\n\n“Fix the bridge before somebody dies.”\n\n"
        "Nothing happened.\n\nThe mayor has not replied."
    )
    assert [q.speaker for q in found] == [None]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("At the bottom of the flyer it reads, “Vote for the bridge.”", "it"),
        (
            "The council’s angry, six-page letter reads: “We will not pay.”",
            "The council’s angry, six-page letter",
        ),
        ("“Nobody listened,” remembered Tom Okafor, the engineer.", "Tom Okafor"),
        (
            "Circuit Court Judge Ana Ruiz, writing for the majority, said the plan “is fair.”",
            "Ana Ruiz",
        ),
        (
            "Secretary of State Ana Ruiz clashed with him, chiding him, “What does it matter?”",
            "Ana Ruiz",
        ),
        (
            "In a poll on Thursday, 73 percent of residents agreed the bridge was “a disgrace.”",
            "73 percent of residents",
        ),
    ],
)
def test_attribution_layouts_with_longer_subjects(text, speaker):
    q = in_article(text)
    assert speaker in (q.speaker, q.speaker_mention)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Nobody listened!” the crowd cried out, booing.", "the crowd"),
        (
            "“Will the bridge hold?” a council engineer in the room wondered.",
            "a council engineer in the room",
        ),
        ("“This is your town,” it now says, over pictures of the bridge.", "it"),
        ("“The bridge must be closed,” they conclude.", "they"),
        ("“Close the bridge now,” the editorial read.", "the editorial"),
    ],
)
def test_a_speaker_and_any_verb_right_after_the_quote(text, speaker):
    q = in_article(text)
    assert q.speaker_mention == speaker


@pytest.mark.parametrize(
    ("headline", "speaker"),
    [
        ("Ana Ruiz Says Bridge Plan ‘Makes No Sense’", "Ana Ruiz"),
        ("Bridge Is ‘A Death Trap,’ Ana Ruiz Tells Council", "Ana Ruiz"),
        ("Ruiz and Okafor Slam ‘Reckless’ Bridge Plan", "Ruiz and Okafor"),
        ("Ruiz: Council’s Bridge Plan ‘Makes No Sense’", "Ruiz"),
    ],
)
def test_headline_speakers(headline, speaker):
    q = only(headline + "\n\nThe council met on Monday night to discuss the old bridge.")
    assert q.speaker_mention == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Because of how the budget was set, explained Ana Ruiz, “we have no money left.”",
            "Ana Ruiz",
        ),
        ("“It is a failure” from start to finish, in Ana Ruiz’s view.", "Ana Ruiz"),
        ("“It is a failure,” as Ana Ruiz put it.", "Ana Ruiz"),
        ("“It is about time,” exhorted the mayor’s deputy.", "the mayor’s deputy"),
        ("Asked about the plan, 21 percent said “not likely” in the survey.", "21 percent"),
        (
            "In calling the plan “a disgrace,” the city engineer again showed his temper.",
            "the city engineer",
        ),
        (
            "A spokesman for Bridgeworks declined to comment but said in a statement that "
            "“the bridge is safe.”",
            "A spokesman for Bridgeworks",
        ),
    ],
)
def test_less_common_attributions(text, speaker):
    q = in_article(text)
    assert q.speaker_mention == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ana Ruiz at the time said the bridge was “perfectly safe.”", "Ana Ruiz"),
        ("Ana Ruiz during a rally on Sunday thanked voters “for their patience.”", "Ana Ruiz"),
        (
            "The head of the engineers' union said the bridge was “a disaster.”",
            "The head of the engineers' union",
        ),
        (
            "“It is a disaster,” said one engineer familiar with the survey.",
            "one engineer familiar with the survey",
        ),
    ],
)
def test_phrases_between_speaker_and_verb(text, speaker):
    q = in_article(text)
    assert q.speaker_mention == speaker


def test_a_quote_closed_with_a_comma_is_not_inverted_onto_an_object():
    found = quotes("Ana Ruiz, star of “Bridges,” thanked Tom Okafor for “keeping us safe.”")
    assert "Tom Okafor" not in {q.speaker for q in found}


def test_quote_sentence_after_a_sentence_about_its_speaker():
    found = quotes(
        "Ana Ruiz distanced herself from the plan on Monday. “I will not support it.”\n\n"
        "Tom Okafor, an engineer, said he would vote against it. Also, it is unsafe, he said. "
        "“It will fall down!”"
    )
    assert [(q.speaker, q.speaker_basis) for q in found] == [
        ("Ana Ruiz", "carried"),
        ("Tom Okafor", "carried"),
    ]


def test_paragraph_introducing_the_quote_below_it():
    found = quotes(
        "The council met on Monday.\n\n17-year-old Ana Ruiz echoed:\n\n“Fix it now.”\n\n"
        "Stated Okafor:\n\n“It will fall down.”"
    )
    assert [q.speaker for q in found] == ["Ana Ruiz", "Okafor"]


def test_a_persons_name_before_a_colon_introduces_the_quote():
    q = only("The vote does not surprise veteran engineer Ana Ruiz: “Nobody trusts the bridge.”")
    assert q.speaker == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Ana Ruiz denounced the plan as “reckless” and warned of the costs to Tom Okafor.",
            "Ana Ruiz",
        ),
        ("After Tom Okafor criticised her, Ana Ruiz shot back, “I built this bridge.”", "Ana Ruiz"),
        ("Residents, reacting to the report by Tom Okafor, shouted, “Close it now!”", "Residents"),
        (
            "The problem, says Ana Ruiz, chief engineer at Bridgeworks, is that it is “too old.”",
            "Ana Ruiz",
        ),
        ("The bridge will close next week, Ana Ruiz said, adding, “It is not safe.”", "Ana Ruiz"),
    ],
)
def test_the_right_one_of_two_people(text, speaker):
    q = in_article(text)
    assert q.speaker == speaker


def test_the_subject_nearest_the_quote_speaks_it():
    found = quotes(
        "The mayor will call it a delay and Ana Ruiz will call it a “national disgrace.”\n\n"
        "Tom Okafor is the engineer in charge, and he has called the bridge “a death trap.”"
    )
    assert [q.speaker_mention for q in found] == ["Ana Ruiz", "he"]
    assert found[1].speaker == "Tom Okafor"


def test_a_name_opening_the_next_sentence_does_not_sign_a_finished_quote():
    found = quotes(
        "Ana Ruiz says the repairs are overdue. “They should have started years ago.” "
        "Engineers hired last year agree with her."
    )
    assert [q.speaker for q in found] == ["Ana Ruiz"]


def test_what_someone_calls_something():
    q = only("The firm builds what it calls “psychographic” profiles of voters.")
    assert (q.speaker_mention, q.cue) == ("it", "calls")


def test_an_affiliation_is_not_the_speakers_name():
    q = only(
        "Tom Okafor runs Bridgeworks.\n\nOne engineer at Tom Okafor’s firm tried to play it "
        "down, saying the cracks were “not a big deal.”"
    )
    assert q.speaker != "Tom Okafor"


def test_a_name_before_a_participle_is_its_subject():
    found = quotes(
        "Both sides spoke after the meeting – Ana Ruiz saying she was “very encouraged” "
        "and Tom Okafor calling it “a waste of time.”"
    )
    assert [q.speaker for q in found] == ["Ana Ruiz", "Tom Okafor"]


def test_quote_offsets_point_at_the_words():
    text = "Intro line for the piece.\n\n“The bridge must close,” said Ana Ruiz.\n"
    source = Source.from_text(text, id="t")
    q = next(c for c in extract_claims(source) if isinstance(c, Quote))
    assert source.text[q.start : q.end] == q.text
    assert q.line == 3


def test_one_attribution_covers_every_quote_in_its_sentence():
    found = quotes(
        "Officials should avoid words like “maybe” and “perhaps” in reports, "
        "Ana Ruiz told reporters."
    )
    assert [q.speaker for q in found] == ["Ana Ruiz", "Ana Ruiz"]


def test_participle_takes_the_nearest_subject():
    q = only(
        "Ana Ruiz spoke on Monday when Tom Okafor announced the plan, "
        "calling it “a fair deal for everyone.”"
    )
    assert q.speaker == "Tom Okafor"


def test_hyphenated_word_is_not_a_speech_verb():
    q = only("Tom Okafor criticised the so-called “safety plan” at the meeting on Monday.")
    assert q.speaker == "Tom Okafor"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "“The bridge must close,” Tom Okafor, the engineer who inspected it last week tweeted.",
            "Tom Okafor",
        ),
        (
            "“Our ideas of success are different,” agrees Tom Okafor, 30, of Springfield.",
            "Tom Okafor",
        ),
        (
            "The vote went ahead, with Ana Ruiz reportedly shouting: “This bridge will fall down!”",
            "Ana Ruiz",
        ),
        (
            "Ana Ruiz herself, who was not at the meeting, has called the plan “a fair deal.”",
            "Ana Ruiz",
        ),
    ],
)
def test_more_attribution_layouts(text, speaker):
    q = in_article(text)
    assert q.speaker == speaker


def test_speaker_basis_says_how_the_speaker_was_found():
    cue = only("“The bridge must close,” said Ana Ruiz.")
    assert cue.speaker_basis == "cue"
    subject = only("Ana Ruiz painted “years of neglect” on the old bridge on Monday.")
    assert (subject.speaker, subject.speaker_basis) == ("Ana Ruiz", "subject")
    text = (
        "“The bridge will close on Monday,” said Tom Okafor, the city engineer.\n\n"
        "“There is no safe way to keep it open.”\n"
    )
    assert [q.speaker_basis for q in quotes(text)] == ["cue", "carried"]
    assert only("A sign read “closed” at the bridge on Monday morning.").speaker_basis in (
        None,
        "subject",
    )


def test_pronoun_refers_to_the_previous_sentences_subject():
    text = (
        "Ana Ruiz mocked Tom Okafor for his plan at the council meeting on Monday.\n\n"
        "And she said that the plan would “cost the city a fortune” over the years.\n"
    )
    q = only(text)
    assert (q.speaker_mention, q.speaker) == ("she", "Ana Ruiz")


def test_coordinated_verbs_take_the_subject_of_the_series():
    text = (
        "When I asked Tom Okafor about the bridge, he looked at the river, "
        "shook his head and said, “It will not last another winter.”"
    )
    assert only(text).speaker_mention == "he"


# -- the attribution rule table -------------------------------------------------

from compare.extract.attribution.table import BY_NAME, RULES  # noqa: E402

_EXAMPLES = [(rule.name, ex.text, ex.quote, ex.speaker) for rule in RULES for ex in rule.examples]


def test_every_rule_has_an_example_and_a_unique_name():
    assert len(BY_NAME) == len(RULES)
    assert all(rule.examples for rule in RULES)
    assert all(rule.parent is None or rule.parent in BY_NAME for rule in RULES)


@pytest.mark.parametrize(("name", "text", "index", "speaker"), _EXAMPLES)
def test_rule_examples(name, text, index, speaker):
    """Each rule fires on the sentences it exists for and names the expected speaker."""
    quote = quotes(text)[index]
    assert (quote.rule, quote.speaker) == (name, speaker)


def test_extract_explain_names_the_rule(tmp_path):
    from conftest import run_cli

    article = tmp_path / "a.txt"
    article.write_text(
        "The council met on Monday.\n\n“The bridge is closed,” said Ana Ruiz. “It stays shut.”\n",
        encoding="utf-8",
    )
    done = run_cli("extract", "--explain", "--color", "never", str(article))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split("\n")
    assert any(line.strip().startswith("inverted-after") and "Ana Ruiz" in line for line in lines)
    assert any(line.strip().startswith("previous-quote") for line in lines)


# -- speakers that generalise ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“The deal is done,” said John C. Smith, the chairman.", "John C. Smith"),
        ("“The deal is done,” said Sen. Edward J. Markey.", "Edward J. Markey"),
        ("Gregory T. Angelo, head of the club, said, “We agree.”", "Gregory T. Angelo"),
    ],
)
def test_middle_initials_stay_in_the_name(text, speaker):
    assert only(text).speaker == speaker


def test_the_speaker_is_the_subject_not_the_person_spoken_of():
    q = only("“He was shot twice,” police said of Mark Jones, who died later.")
    assert q.speaker == "police"
    q = in_article(
        "The victim, Mark Jones, was taken to hospital. “He is in critical condition,” "
        "police said in a statement."
    )
    assert q.speaker == "police"


def test_they_and_it_speak_for_a_body_not_a_person_named_nearby():
    found = quotes(
        "Mark Jones, 34, was shot on Main Street on Friday night, police said. "
        "“The suspect fled on foot,” they said."
    )
    assert found[-1].speaker == "police"
    found = quotes(
        "Jane Doe met the minister on Monday. “We are hopeful,” the ministry said. "
        "“Talks will continue,” it added."
    )
    assert [q.speaker for q in found] == ["the ministry", "the ministry"]


def test_a_dateline_place_is_never_a_speaker():
    found = quotes(
        "GAZA CITY, Gaza Strip — Officials met on Monday in the city.\n\n"
        "Gaza: “We have no water left.”"
    )
    assert found[-1].speaker is None
    q = only("Gaza City (Reuters) - “We have no water,” residents said.")
    assert q.speaker == "residents"


def _adversarial(size: int) -> str:
    """Quote marks and capitalised words with no sentence end."""
    chunk = "“Anna Bell Carter, Dan Eli Fox” said Gil Hart Ivo “Jon” Kay Lee, "
    return (chunk * (size // len(chunk) + 1))[:size]


def test_no_pathological_backtracking():
    """Quotes and roles of 100 KB without sentence ends: linear time, under a bound.

    Alone this takes about 0.5 s; the bound leaves room for a shared, loaded machine.
    """
    import time

    from compare.extract.context import Context
    from compare.extract.quoting import extract_quotes
    from compare.extract.roles import extract_roles

    def seconds(size: int) -> float:
        source = Source.from_text(_adversarial(size), id="t")
        began = time.perf_counter()
        ctx = Context(source)
        extract_quotes(ctx)
        extract_roles(ctx)
        return time.perf_counter() - began

    small, large = seconds(25_000), seconds(100_000)
    assert large < 10.0  # measured 2-5 s at load average 9-11 on two cores
    assert large < 8 * small  # four times the text: about four times the time, not sixteen


def test_a_description_resolves_to_the_person_it_describes():
    found = quotes(
        "Sarah Lee, the former Republican vice presidential candidate, spoke in Iowa. "
        "The crowd cheered. “We will win,” the former Republican vice presidential candidate said."
    )
    assert (found[-1].speaker, found[-1].speaker_mention) == (
        "Sarah Lee",
        "the former Republican vice presidential candidate",
    )
    q = only(
        "Sen. Jane Doe met Gov. Tom Okafor on Monday. “We agreed on nothing,” the senator said."
    )
    assert q.speaker == "Jane Doe"


def test_an_ambiguous_description_stays_a_description():
    q = only(
        "Sen. Jane Doe met Sen. Tom Okafor on Monday. “We agreed on nothing,” the senator said."
    )
    assert q.speaker == "the senator"


def test_a_cue_closing_the_quote_wins_over_the_words_before():
    q = only("Cruz defended his record on Iowa TV: “We will win,” the senator says to the camera.")
    assert (q.speaker_mention, q.rule) == ("the senator", "cue-after")


def test_the_subject_of_a_passive_cue_is_the_listener():
    q = only("In an interview with the Daily Planet, Tom Okafor was asked, “Where is the danger?”")
    assert q.speaker is None


def test_a_name_given_is_not_words_said():
    found = quotes(
        "Later on Sunday, Tom Okafor shared a syllabus for a psychology class called "
        "“Perception” on his page, writing “Allow me to do the research.”"
    )
    assert [q.speaker for q in found] == ["Tom Okafor", "Tom Okafor"]


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin spoke on Monday. “We reject the plan,” Putin's government said.",
        "Barack Obama spoke on Monday. “We reject the plan,” the Obama administration said.",
    ],
)
def test_a_government_is_not_the_person_it_is_named_after(text):
    assert quotes(text)[-1].speaker not in ("Vladimir Putin", "Barack Obama")


@pytest.mark.parametrize(
    ("text", "not_speaker"),
    [
        # A passive after the phrase: the phrase was acted on, it did not speak.
        (
            "They refused to say the words “radical change,” a moment seized upon by rivals.",
            "moment",
        ),
        ("He would not use the word “crisis,” a choice quickly picked up by the press.", "choice"),
    ],
)
def test_a_phrase_acted_on_is_no_speaker(text, not_speaker):
    q = only(text)
    assert not_speaker not in (q.speaker_mention or "")


def test_a_preposition_opening_the_sentence_is_no_subject():
    q = only(
        "Alongside Labour calls for a vote, even a senior Tory adviser said the minister "
        "must choose, saying, “The pressure will build.”"
    )
    assert q.speaker_mention == "a senior Tory adviser"


@pytest.mark.parametrize(
    "text",
    [
        # A demonstrative, or a phrase that swallowed its verb, is no sentence subject.
        "This is why the neighbours cannot just cry “unfair!” whenever the council meets.",
        "The speech drew cheers across the hall, highlighting the “hard-working families” line.",
    ],
)
def test_a_subject_that_is_no_noun_phrase_speaks_no_quote(text):
    q = only(text)
    assert q.speaker_mention not in ("This", "The speech drew")


def test_a_document_still_speaks_as_a_sentence_subject():
    # News credits words to a petition or a report as to a person.
    q = only("The petition accuses the council of “ignoring the river” for years.")
    assert q.speaker_mention == "The petition"


def test_a_thing_called_the_name_is_no_speaker():
    q = only("On pensions, both oppose an index formula called the “chained index” this year.")
    assert q.speaker_mention != "an index formula"


def test_a_place_after_from_before_a_colon_is_no_speaker():
    q = only(
        "Tom Okafor spoke at a rally, where he suggested the judge was from Leeds: "
        "“The judge, who happens to be from the north, is fine.”"
    )
    assert q.speaker_mention != "Leeds"


def test_with_before_a_clause_is_no_absolute_construction():
    # "talks with the council had ended" is a clause, not "with X saying".
    q = only(
        "The town did not wait until the talks with the council had ended before "
        "calling the plan a “dead end”."
    )
    assert q.speaker_mention == "The town"


def test_speaker_span_points_where_the_speaker_is_named() -> None:
    from compare.extract.claims import Quote

    text = (
        "The bridge will stay shut, the council's works director, Mara Quist, said. "
        '"We have no choice," she said.\n\n"It is a hard week," Quist added. "Nobody can cross."'
    )
    source = Source.from_text(text, id="p")
    quotes = [c for c in extract_claims(source) if isinstance(c, Quote)]
    assert quotes, "no quote read"
    spans = [q.speaker_span for q in quotes]
    assert all(span is not None for span in spans)
    for span in spans:
        assert span is not None and source.text[span.start : span.end] == span.text
    # "she said": the pronoun's own span, the speaker it stands for resolved apart
    assert spans[0] is not None and spans[0].text == "she"
    assert quotes[0].speaker == "Mara Quist"
    # a quote whose speaker is carried from the quote before keeps that naming
    last = quotes[-1]
    assert last.speaker_span is not None and last.speaker_span.text == "Quist"


def test_speaker_age_reads_the_words_after_the_naming_itself() -> None:
    from compare.align.speakers_apart import speaker_age
    from compare.extract.claims import Quote

    def quotes(text: str) -> list[Quote]:
        return [c for c in extract_claims(Source.from_text(text, id="p")) if isinstance(c, Quote)]

    said = quotes('"We lost everything," said Ana Ruiz, 74, a farmer.')
    assert [speaker_age(q) for q in said] == [74]
    # the age set off after another person's name in the sentence is not hers
    other = quotes('"We lost everything," said Ana Ruiz, who lives next to Tom Ruiz, 80.')
    assert [speaker_age(q) for q in other] == [None]
    described = quotes('"It was terrifying," the 80-year-old farmer said.')
    assert [speaker_age(q) for q in described] == [80]
