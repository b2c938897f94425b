"""The built-in claim kinds, registered on import (by compare.align.registry)."""

from __future__ import annotations

from collections.abc import Sequence

from compare.align.anchored_places import anchored_place_pairs
from compare.align.attendance import attendance_pairs
from compare.align.best_agreements import best_agreement_pairs
from compare.align.best_clashes import best_clash_pairs
from compare.align.body_votes import body_vote_pairs
from compare.align.by_agents import agent_statement_pairs
from compare.align.change_directions import turned_change_pairs
from compare.align.clause_negations import clause_negation_pairs
from compare.align.clause_statements import clause_statement_pairs, measure_statement_pairs
from compare.align.closest_actor_clashes import closest_actor_pairs
from compare.align.closest_day_clashes import closest_clash_pairs
from compare.align.closest_figure_clashes import closest_figure_pairs
from compare.align.closest_place_clashes import closest_place_pairs, judge_place_clash
from compare.align.closest_polarity import closest_polarity_pairs
from compare.align.compass_sides import compass_side_pairs
from compare.align.converted_figures import converted_figure_pairs
from compare.align.court_decisions import court_decision_pairs
from compare.align.dedupe import distinct_numbers, distinct_quotes
from compare.align.deed_frames import deed_frame_pairs
from compare.align.deed_moments import deed_moment_pairs
from compare.align.deed_slots import deed_slot_pairs
from compare.align.denied_core_pairs import denied_core_pairs
from compare.align.denied_things import denied_statement_pairs
from compare.align.event_times import dated_event_pairs
from compare.align.figure_statements import figure_statement_pairs
from compare.align.figure_ties import figure_tied_pairs
from compare.align.figures_beside import judge_numbers_beside
from compare.align.first_finders import first_finder_pairs
from compare.align.frame_statements import frame_statement_pairs, turned_frame_pairs
from compare.align.happening_places import happening_place_pairs
from compare.align.lead_days import lead_day_pairs
from compare.align.lead_figures import lead_figure_pairs
from compare.align.lead_score_tallies import lead_score_pairs
from compare.align.lead_times import lead_first_day_pairs, lead_time_pairs
from compare.align.lead_vote_tallies import lead_vote_pairs
from compare.align.leftover_statements import leftover_best_pairs
from compare.align.located_sites import located_site_pairs
from compare.align.loose_statements import WIDE_PAIRS_UNDER, statement_pairs_in_context
from compare.align.named_turns import named_turn_pairs
from compare.align.no_harm import no_harm_pairs
from compare.align.number_judge import judge_numbers
from compare.align.numbers import firmly_one_fact, number_pairs
from compare.align.one_polarity import one_polarity_pairs
from compare.align.opposed_core_pairs import opposed_core_pairs
from compare.align.ordered_by import order_statement_pairs
from compare.align.origins import origin_pairs
from compare.align.place_sites import judge_sites, site_pairs
from compare.align.place_towns import town_pairs
from compare.align.play_starts import play_start_pairs
from compare.align.quote_best_agreements import quote_best_pairs
from compare.align.quote_statements import judge_pair, quote_statement_pairs
from compare.align.quotes import judge_quotes, quote_pairs
from compare.align.registry import (
    CrossKindSpec,
    KindSpec,
    MatcherSpec,
    register_cross_kind,
    register_kind,
    register_matcher,
)
from compare.align.reported_quotes import reported_quote_pairs
from compare.align.reworded_quotes import reworded_pairs
from compare.align.roles import judge_roles, role_pairs
from compare.align.same_days import judge_days, lone_day_pairs, same_day_pairs
from compare.align.same_event_days import same_event_day_pairs
from compare.align.same_figures import same_figure_pairs
from compare.align.settings import Options
from compare.align.share_percents import judge_share_percents, share_percent_pairs
from compare.align.slot_statements import slot_statement_pairs
from compare.align.sole_agents import sole_agent_pairs
from compare.align.sole_conversions import judge_sole_conversions, sole_conversion_pairs
from compare.align.sole_deeds import sole_deed_pairs
from compare.align.sole_denials import sole_denial_pairs
from compare.align.sole_moments import sole_moment_pairs
from compare.align.sole_orders import sole_order_pairs
from compare.align.sole_sites import sole_site_pairs
from compare.align.sole_spans import judge_sole_spans, sole_span_pairs
from compare.align.sole_times import sole_time_pairs
from compare.align.sole_told_denials import sole_told_denial_pairs
from compare.align.spared_groups import spared_group_pairs
from compare.align.speakers_apart import judge_quotes_in_context
from compare.align.stance_sides import stance_side_pairs
from compare.align.standard_sides import standard_side_pairs
from compare.align.statement_judge import judge_statements, judge_statements_in_context
from compare.align.statements import statement_pairs
from compare.align.storeys import storey_pairs
from compare.align.system_figures import judge_system_figures, system_figure_pairs
from compare.align.tied_days import tied_day_pairs
from compare.align.tied_figures import tied_figure_pairs
from compare.align.unanimous_splits import judge_unanimous_split, unanimous_split_pairs
from compare.align.when_where import event_pairs, judge_dates, judge_times
from compare.align.years_as_spans import judge_year_spans, year_span_pairs
from compare.align.zoned_times import zoned_time_pairs
from compare.extract.claims import Kind, Statement


def statement_matcher(
    statements: Sequence[Statement], options: Options
) -> list[tuple[float, int, int]]:
    """The statements module's matcher, called the way it has always been."""
    return statement_pairs(
        [s.text for s in statements], [s.source for s in statements], options.statement_threshold
    )


def _statements_one_to_one(options: Options) -> bool:
    return options.one_to_one


def _several_per_source(options: Options) -> bool:
    return False  # a person described twice in one article: both descriptions count


for spec in (
    KindSpec(
        kind=Kind.QUOTE,
        matcher=quote_pairs,
        judge=judge_quotes,
        distinct=distinct_quotes,
        sentence_judge=judge_quotes_in_context,
    ),
    KindSpec(
        kind=Kind.NUMBER,
        matcher=number_pairs,
        judge=judge_numbers,
        # with each sentence's figures: a hedge dropped from one figure of one fact
        sentence_judge=judge_numbers_beside,
        distinct=distinct_numbers,
        # "nearly 300,000 comments" pairs with one of three outlets' "nearly 235,000", but
        # complete linkage keeps it out of their group: the pair still shows its conflict.
        outsider=firmly_one_fact,
    ),
    KindSpec(kind=Kind.ROLE, matcher=role_pairs, judge=judge_roles, one_to_one=_several_per_source),
    KindSpec(
        kind=Kind.STATEMENT,
        matcher=statement_matcher,
        judge=judge_statements,
        sentence_judge=judge_statements_in_context,
        # with each sentence's claims: the loose pairs nothing unpairs, too
        sentence_matcher=statement_pairs_in_context,
        one_to_one=_statements_one_to_one,
        leftover_pairs=True,
        # wide pairs (same topic, perhaps the same fact) stand as pairs, never in groups
        pairs_only_under=WIDE_PAIRS_UNDER,
        # "four robbers" told alike in two articles, "three or four" in a third
        odd_member_apart=True,
        swaps_closest=True,
        repeats_facts=True,
        bridges_facts=True,
    ),
    KindSpec(kind=Kind.DATE, matcher=dated_event_pairs, judge=judge_dates),
    KindSpec(kind=Kind.TIME, matcher=dated_event_pairs, judge=judge_times),
    KindSpec(kind=Kind.PLACE, matcher=event_pairs, judge=judge_sites),
):
    register_kind(spec, replace=True)

# One named speaker's quotation with its little words changed ("Every stall" / "Most
# stalls"), which the quote matcher's bar of shared words leaves apart.
register_matcher(MatcherSpec(kind=Kind.QUOTE, name="reworded", matcher=reworded_pairs))
# Two places of one kind (two streets, two stadiums) given for one event.
register_matcher(MatcherSpec(kind=Kind.PLACE, name="sites", matcher=site_pairs))
# Two bare names given for one event, each article's only one for it: a variant.
register_matcher(MatcherSpec(kind=Kind.PLACE, name="towns", matcher=town_pairs))
# Statements whose frames name one event, which the word model may score too low.
register_matcher(MatcherSpec(kind=Kind.STATEMENT, name="frames", matcher=frame_statement_pairs))
# Of those, the ones denied or turned round, standing apart from the groups: a
# statement grouped with an agreeing sentence still meets the one contradicting it.
register_matcher(
    MatcherSpec(kind=Kind.STATEMENT, name="turned frames", matcher=turned_frame_pairs, apart=True)
)
# Statements of one event whose day, time or place differs, for the judge to compare.
register_matcher(MatcherSpec(kind=Kind.STATEMENT, name="slots", matcher=slot_statement_pairs))
# Statements with a clause of one event whose figure, day or place both give.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="clauses",
        matcher=clause_statement_pairs,
        sentence_matcher=clause_statement_pairs,
    )
)
# Statements that give one named measure differently ("a crowd of 31,000" / "a crowd
# of 13,000 fans"), paired even when one sentence is already grouped for another fact.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="measures",
        matcher=measure_statement_pairs,
        sentence_matcher=measure_statement_pairs,
        apart=True,
    )
)
# Statements that credit one deed done to one thing to two doers after "by", shown
# only when the doers differ.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="agents",
        matcher=agent_statement_pairs,
        sentence_matcher=agent_statement_pairs,
        apart=True,
    )
)
# Statements that credit one ordered act to two named authorities ("X told the
# schools to shut" / "the schools were shut on the orders of Y"), shown only then.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="orders",
        matcher=order_statement_pairs,
        sentence_matcher=order_statement_pairs,
        apart=True,
    )
)
# Each article's only order, credited to two named authorities (shown only then,
# as a variant: "ordered the slaughter" / "ordered the destruction").
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="sole orders",
        matcher=sole_order_pairs,
        sentence_matcher=sole_order_pairs,
        apart=True,
    )
)
# One act in the two articles' mutually closest sentences, credited to two named
# doers (compare/align/closest_actor_clashes.py), shown only then.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="closest actors",
        matcher=closest_actor_pairs,
        sentence_matcher=closest_actor_pairs,
        apart=True,
    )
)
# One deed, told by its verb or by its noun after a support verb, credited to two
# doers of one kind (compare/align/deed_frames.py), shown only then.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="deed frames",
        matcher=deed_frame_pairs,
        sentence_matcher=deed_frame_pairs,
        apart=True,
    )
)
# One clause denied or told with the opposite predicate in the two articles' mutually
# closest sentences (compare/align/closest_polarity.py), shown only then.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="closest polarity",
        matcher=closest_polarity_pairs,
        sentence_matcher=closest_polarity_pairs,
        apart=True,
    )
)
# A deed denied of everyone ("No arrests have been made") and told of someone ("A man
# was arrested"), each article's only telling of it (compare/align/sole_denials.py),
# shown only then.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="sole denials",
        matcher=sole_denial_pairs,
        sentence_matcher=sole_denial_pairs,
        apart=True,
    )
)
# A word denied by one article and stated by the other ("were not insured" / "were
# insured"), each article's only telling of it (compare/align/sole_told_denials.py),
# shown only then.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="sole told denials",
        matcher=sole_told_denial_pairs,
        sentence_matcher=sole_told_denial_pairs,
        apart=True,
    )
)
# A harm denied of a group ("No pupils were hurt") and counted in it ("Two
# pupils were treated for sprains"; compare/align/spared_groups.py),
# shown only then.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="spared groups",
        matcher=spared_group_pairs,
        sentence_matcher=spared_group_pairs,
        apart=True,
    )
)
# One named person absent ("Haskett did not attend the inquiry") and present ("Haskett,
# who sat through the inquiry"; compare/align/attendance.py), shown only then.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="attendance",
        matcher=attendance_pairs,
        sentence_matcher=attendance_pairs,
        apart=True,
    )
)
# One standard told on opposite sides ("stayed within budget" / "overran its budget"),
# each article's only side of it (compare/align/standard_sides.py), shown only then.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="standard sides",
        matcher=standard_side_pairs,
        sentence_matcher=standard_side_pairs,
        apart=True,
    )
)
# One party's stance on one thing told for it and against it ("had recommended the
# lease" / "had advised against the lease": compare/align/stance_sides.py).
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="stance sides",
        matcher=stance_side_pairs,
        sentence_matcher=stance_side_pairs,
        apart=True,
    )
)
# One named doer's deed told and denied, or turned opposite ("Wessel Venhuis was
# acquitted" / "Wessel Venhuis was convicted": compare/align/named_turns.py).
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="named turns",
        matcher=named_turn_pairs,
        sentence_matcher=named_turn_pairs,
        apart=True,
    )
)
# One place given two compass points a quarter turn apart ("on the north porch" /
# "on the west porch"), each article's only point of it, shown only then.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="compass sides",
        matcher=compass_side_pairs,
        sentence_matcher=compass_side_pairs,
        apart=True,
    )
)
# One deed done to one thing, placed by each clause, whatever other words the
# sentences share (compare/align/deed_slots.py), shown only when the judge finds a
# difference.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="deed slots",
        matcher=deed_slot_pairs,
        sentence_matcher=deed_slot_pairs,
        apart=True,
    )
)
# One thing placed on two storeys of a building ("in the cellar" / "on the sixth
# floor"), each article's only storey, shown only then.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="storeys",
        matcher=storey_pairs,
        sentence_matcher=storey_pairs,
        apart=True,
    )
)
# Each article's only hospital (or stadium), named apart ("taken to St Osric's Hospital" /
# "flown to Hallam Vale General"), shown only then, as a variant.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="sole sites",
        matcher=sole_site_pairs,
        sentence_matcher=sole_site_pairs,
        apart=True,
    )
)
# One find credited to two finders, each its article's only find of the thing
# ("It was found by a jogger" / "It was noticed by a bus driver"), shown only then.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="first finders",
        matcher=first_finder_pairs,
        sentence_matcher=first_finder_pairs,
        apart=True,
    )
)
# One event's beginning credited to two doers, each its article's only beginning of
# the event ("began after a complaint from X" / "was triggered by a tip-off from Y"),
# shown only then.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="origins",
        matcher=origin_pairs,
        sentence_matcher=origin_pairs,
        apart=True,
    )
)
# One deed told of "it" on one side, credited after "by" to two doers, each its
# article's only deed of that verb so credited (a variant), shown only then.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="sole agents",
        matcher=sole_agent_pairs,
        sentence_matcher=sole_agent_pairs,
        apart=True,
    )
)
# One deed, each article's only telling of it, credited to two parties: a named or
# described body or person (compare/align/sole_deeds.py; a variant), shown only then.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="sole deeds",
        matcher=sole_deed_pairs,
        sentence_matcher=sole_deed_pairs,
        apart=True,
    )
)
# Statements of which one says there was no "smell of gas" the other says there was.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="denied things",
        matcher=denied_statement_pairs,
        sentence_matcher=denied_statement_pairs,
        apart=True,
    )
)
# Statements telling one deed of one party, one of them denying it (shown only when
# the judge reads a negation).
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="one polarity",
        matcher=one_polarity_pairs,
        sentence_matcher=one_polarity_pairs,
        apart=True,
    )
)
# Statements each the other's closest in the other article, one of which denies or
# turns round what the other says of one actor or thing (shown only then).
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="best clashes",
        matcher=best_clash_pairs,
        sentence_matcher=best_clash_pairs,
        apart=True,
    )
)
# Statements that move one thing opposite ways ("The rain eased" / "Rain grew
# heavier"), shown only then.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="turned changes",
        matcher=turned_change_pairs,
        sentence_matcher=turned_change_pairs,
        apart=True,
    )
)
# Statements each the other's closest in the other article that nothing sets apart,
# shown only when the judge finds they agree.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="best agreements",
        matcher=best_agreement_pairs,
        sentence_matcher=best_agreement_pairs,
    )
)
# Statements with a clause each that negate or oppose one another.
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="negated clauses",
        matcher=clause_negation_pairs,
        sentence_matcher=clause_negation_pairs,
    )
)
# Statements of which one denies the core of a clause the other states (shown only then).
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="denied cores",
        matcher=denied_core_pairs,
        sentence_matcher=denied_core_pairs,
        apart=True,
    )
)
# Statements of which one tells a clause's core with the opposite predicate (shown only then).
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="opposed cores",
        matcher=opposed_core_pairs,
        sentence_matcher=opposed_core_pairs,
        apart=True,
    )
)
# Statements that give one figure of one counted thing alike (agreements only).
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="figures",
        matcher=figure_statement_pairs,
        sentence_matcher=figure_statement_pairs,
    )
)
# Statements that give one amount in two units ("14 days" / "two weeks"; agreements only).
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="converted figures",
        matcher=converted_figure_pairs,
        sentence_matcher=converted_figure_pairs,
    )
)
# Statements that no one died, or no one was hurt, in other words (agreements only).
register_matcher(
    MatcherSpec(
        kind=Kind.STATEMENT,
        name="no harm",
        matcher=no_harm_pairs,
        sentence_matcher=no_harm_pairs,
    )
)
# Two figures nothing paired, one value given once in each article, counted with two
# nouns ("60 sailings" / "60 crossings"; agreements only).
register_cross_kind(
    CrossKindSpec(
        name="same figures",
        kinds=(Kind.NUMBER, Kind.NUMBER),
        kind=Kind.NUMBER,
        matcher=same_figure_pairs,
        judge=judge_numbers_beside,
    )
)
# Two equal figures nothing paired, given more than once in an article, each the
# only one of its value firmly tied to the other ("Four people died." / "The blaze
# claimed four lives."; agreements only; compare/align/tied_figures.py).
register_cross_kind(
    CrossKindSpec(
        name="tied figures",
        kinds=(Kind.NUMBER, Kind.NUMBER),
        kind=Kind.NUMBER,
        matcher=tied_figure_pairs,
        judge=judge_numbers_beside,
    )
)
# A length or speed in metric units and in imperial, one amount rounded ("about 12
# metres" / "roughly 40 feet"; agreements only).
register_cross_kind(
    CrossKindSpec(
        name="figures in two systems",
        kinds=(Kind.NUMBER, Kind.NUMBER),
        kind=Kind.NUMBER,
        matcher=system_figure_pairs,
        judge=judge_system_figures,
    )
)
# One measurement in two units, each figure the other's only match across the two
# articles, their sentences told in other words ("the 8-kilometre pipeline" / "The main
# runs for roughly five miles"; agreements only).
register_cross_kind(
    CrossKindSpec(
        name="sole conversions",
        kinds=(Kind.NUMBER, Kind.NUMBER),
        kind=Kind.NUMBER,
        matcher=sole_conversion_pairs,
        judge=judge_sole_conversions,
    )
)
# One span of time in two units, each figure the other's only match across the two
# articles ("within 45 days" / "six weeks to comply"; agreements only).
register_cross_kind(
    CrossKindSpec(
        name="sole spans",
        kinds=(Kind.NUMBER, Kind.NUMBER),
        kind=Kind.NUMBER,
        matcher=sole_span_pairs,
        judge=judge_sole_spans,
    )
)
# A share told as a fraction and as a percent, the fraction near the percent ("more
# than a fifth" / "22%"; agreements only).
register_cross_kind(
    CrossKindSpec(
        name="shares as percents",
        kinds=(Kind.NUMBER, Kind.NUMBER),
        kind=Kind.NUMBER,
        matcher=share_percent_pairs,
        judge=judge_share_percents,
    )
)
# Two dates (or two clock times) nothing paired, one day in sentences tied by their
# words ("sold the boathouse on Thursday" / "the boathouse ... on March 13"; agreements
# only).
register_cross_kind(
    CrossKindSpec(
        name="same days",
        kinds=(Kind.DATE, Kind.DATE),
        kind=Kind.DATE,
        matcher=same_day_pairs,
        judge=judge_days,
    )
)
register_cross_kind(
    CrossKindSpec(
        name="same times",
        kinds=(Kind.TIME, Kind.TIME),
        kind=Kind.TIME,
        matcher=same_day_pairs,
        judge=judge_days,
    )
)
# A bare year in one article and a figure of years reckoned from the other's
# publication year ("in 2013" / "thirteen years ago", "built in 2001" / "the 25-year-old
# dredger"), each told once (agreements only).
register_cross_kind(
    CrossKindSpec(
        name="years as spans",
        kinds=(Kind.DATE, Kind.NUMBER),
        kind=Kind.DATE,
        matcher=year_span_pairs,
        judge=judge_year_spans,
    )
)
# Two dates (or two clock times) nothing paired, of two values, in the two articles'
# mutually closest dated sentences that nothing parts (discrepancies only).
register_cross_kind(
    CrossKindSpec(
        name="closest day clashes",
        kinds=(Kind.DATE, Kind.DATE),
        kind=Kind.DATE,
        matcher=closest_clash_pairs,
        judge=judge_days,
        differs=True,
    )
)
register_cross_kind(
    CrossKindSpec(
        name="closest time clashes",
        kinds=(Kind.TIME, Kind.TIME),
        kind=Kind.TIME,
        matcher=closest_clash_pairs,
        judge=judge_days,
        differs=True,
    )
)
# Two dates (or two clock times) nothing paired, of two values, of one deed told with a
# participant in common, each the other's closest such (discrepancies only;
# compare/align/same_event_days.py).
register_cross_kind(
    CrossKindSpec(
        name="same event day clashes",
        kinds=(Kind.DATE, Kind.DATE),
        kind=Kind.DATE,
        matcher=same_event_day_pairs,
        judge=judge_days,
        differs=True,
    )
)
register_cross_kind(
    CrossKindSpec(
        name="same event time clashes",
        kinds=(Kind.TIME, Kind.TIME),
        kind=Kind.TIME,
        matcher=same_event_day_pairs,
        judge=judge_days,
        differs=True,
    )
)
# Two articles' only starts of play, told in the sport's words ("The match kicked off
# at 18:00" / "The game started at 8pm"), nothing paired, of two values (discrepancies
# only; compare/align/play_starts.py).
register_cross_kind(
    CrossKindSpec(
        name="play start clashes",
        kinds=(Kind.TIME, Kind.TIME),
        kind=Kind.TIME,
        matcher=play_start_pairs,
        judge=judge_days,
        differs=True,
    )
)
# Two articles' only days of one step of a court case, told as the court's deed or as
# its ruling ("A court on Tuesday ordered" / "In a judgment issued on 9 October"),
# nothing paired, of two values (discrepancies only; compare/align/court_decisions.py).
register_cross_kind(
    CrossKindSpec(
        name="court decision day clashes",
        kinds=(Kind.DATE, Kind.DATE),
        kind=Kind.DATE,
        matcher=court_decision_pairs,
        judge=judge_days,
        differs=True,
    )
)
# Two articles' only dated votes of a body, told as the members' deed, as the vote or
# as the meeting it was taken at ("The council on Thursday approved the plan" / "At
# Wednesday evening's session, the councillors backed the plan"), nothing paired, of
# two values (discrepancies only; compare/align/body_votes.py).
register_cross_kind(
    CrossKindSpec(
        name="vote day clashes",
        kinds=(Kind.DATE, Kind.DATE),
        kind=Kind.DATE,
        matcher=body_vote_pairs,
        judge=judge_days,
        differs=True,
    )
)
register_cross_kind(
    CrossKindSpec(
        name="vote time clashes",
        kinds=(Kind.TIME, Kind.TIME),
        kind=Kind.TIME,
        matcher=body_vote_pairs,
        judge=judge_days,
        differs=True,
    )
)
# The first day of an event each article's lead tells, nothing paired, of two values
# (discrepancies only; compare/align/lead_days.py).
register_cross_kind(
    CrossKindSpec(
        name="lead day clashes",
        kinds=(Kind.DATE, Kind.DATE),
        kind=Kind.DATE,
        matcher=lead_day_pairs,
        judge=judge_days,
        differs=True,
        once_per_sentences=True,
    )
)
# Two figures of one kind nothing paired, of two values, in the two articles' mutually
# closest sentences giving such a figure, that nothing parts (discrepancies only;
# compare/align/closest_figure_clashes.py).
register_cross_kind(
    CrossKindSpec(
        name="closest figure clashes",
        kinds=(Kind.NUMBER, Kind.NUMBER),
        kind=Kind.NUMBER,
        matcher=closest_figure_pairs,
        judge=judge_numbers_beside,
        differs=True,
    )
)
# One decision told unanimous by one article and split by the other ("ruled
# unanimously" / "split two to one"), each article telling the vote one way only
# (discrepancies only; compare/align/unanimous_splits.py).
register_cross_kind(
    CrossKindSpec(
        name="unanimous against split",
        kinds=(Kind.STATEMENT, Kind.NUMBER),
        kind=Kind.STATEMENT,
        matcher=unanimous_split_pairs,
        judge=judge_unanimous_split,
        differs=True,
        paired_statements=True,
    )
)
# The vote one article tells first against another article's only vote, two tallies
# nothing paired (discrepancies only; compare/align/lead_vote_tallies.py).
register_cross_kind(
    CrossKindSpec(
        name="lead vote clashes",
        kinds=(Kind.NUMBER, Kind.NUMBER),
        kind=Kind.NUMBER,
        matcher=lead_vote_pairs,
        judge=judge_numbers_beside,
        differs=True,
    )
)
# The score each article's lead tells first, two tallies nothing paired (discrepancies
# only; compare/align/lead_score_tallies.py).
register_cross_kind(
    CrossKindSpec(
        name="lead score clashes",
        kinds=(Kind.NUMBER, Kind.NUMBER),
        kind=Kind.NUMBER,
        matcher=lead_score_pairs,
        judge=judge_numbers_beside,
        differs=True,
    )
)
# The first figure of a counted thing each article's lead gives, nothing paired
# (discrepancies only; compare/align/lead_figures.py).
register_cross_kind(
    CrossKindSpec(
        name="lead figure clashes",
        kinds=(Kind.NUMBER, Kind.NUMBER),
        kind=Kind.NUMBER,
        matcher=lead_figure_pairs,
        judge=judge_numbers_beside,
        differs=True,
    )
)
# One named site set in two towns by two articles ("the X Centre in Ashcombe" / "the X
# Centre in Harlowby"): a site stands in one place (compare/align/located_sites.py).
register_cross_kind(
    CrossKindSpec(
        name="located sites",
        kinds=(Kind.PLACE, Kind.PLACE),
        kind=Kind.PLACE,
        matcher=located_site_pairs,
        judge=judge_place_clash,
        differs=True,
    )
)
# Two places told in the articles' mutually closest sentences, neither named in the
# other article: one fact, two places (compare/align/closest_place_clashes.py).
register_cross_kind(
    CrossKindSpec(
        name="closest place clashes",
        kinds=(Kind.PLACE, Kind.PLACE),
        kind=Kind.PLACE,
        matcher=closest_place_pairs,
        judge=judge_place_clash,
        differs=True,
    )
)
# Two places of one thing (the subject or object of their clauses, or the noun
# before the preposition), each its article's only place of that level for it:
# one thing, two places (compare/align/anchored_places.py).
register_cross_kind(
    CrossKindSpec(
        name="anchored places",
        kinds=(Kind.PLACE, Kind.PLACE),
        kind=Kind.PLACE,
        matcher=anchored_place_pairs,
        judge=judge_place_clash,
        differs=True,
    )
)
# Two places of one kind of happening told with words of their own ("were taken to
# a school in X" / "are being housed in a sports hall in Y"), each its article's only
# place of that happening and level (compare/align/happening_places.py).
register_cross_kind(
    CrossKindSpec(
        name="happening places",
        kinds=(Kind.PLACE, Kind.PLACE),
        kind=Kind.PLACE,
        matcher=happening_place_pairs,
        judge=judge_place_clash,
        differs=True,
    )
)
# Each article's only clock time told in a named zone, two zones read in UTC: one
# moment agrees, two differ (compare/align/zoned_times.py).
register_cross_kind(
    CrossKindSpec(
        name="zoned times agree",
        kinds=(Kind.TIME, Kind.TIME),
        kind=Kind.TIME,
        matcher=zoned_time_pairs,
        judge=judge_days,
    )
)
register_cross_kind(
    CrossKindSpec(
        name="zoned time clashes",
        kinds=(Kind.TIME, Kind.TIME),
        kind=Kind.TIME,
        matcher=zoned_time_pairs,
        judge=judge_days,
        differs=True,
    )
)
# Each article's only clock time, two values nothing parts: a time conflict
# (compare/align/sole_times.py); never an agreement.
register_cross_kind(
    CrossKindSpec(
        name="sole time clashes",
        kinds=(Kind.TIME, Kind.TIME),
        kind=Kind.TIME,
        matcher=sole_time_pairs,
        judge=judge_days,
        differs=True,
    )
)
# The first clock time of an event each article's lead tells, nothing paired, of two
# values that nothing parts (discrepancies only; compare/align/lead_times.py).
register_cross_kind(
    CrossKindSpec(
        name="lead time clashes",
        kinds=(Kind.TIME, Kind.TIME),
        kind=Kind.TIME,
        matcher=lead_time_pairs,
        judge=judge_days,
        differs=True,
    )
)
# The first day of a happening each article's lead tells, nothing paired, of two values
# that nothing parts, without lead_days' word in common (compare/align/lead_times.py).
register_cross_kind(
    CrossKindSpec(
        name="lead first day clashes",
        kinds=(Kind.DATE, Kind.DATE),
        kind=Kind.DATE,
        matcher=lead_first_day_pairs,
        judge=judge_days,
        differs=True,
        once_per_sentences=True,
    )
)
# A day or clock time of one deed told in two words, each its article's only moment of
# that deed, nothing paired, of two values nothing parts (discrepancies only;
# compare/align/deed_moments.py).
register_cross_kind(
    CrossKindSpec(
        name="deed time clashes",
        kinds=(Kind.TIME, Kind.TIME),
        kind=Kind.TIME,
        matcher=deed_moment_pairs,
        judge=judge_days,
        differs=True,
    )
)
register_cross_kind(
    CrossKindSpec(
        name="deed day clashes",
        kinds=(Kind.DATE, Kind.DATE),
        kind=Kind.DATE,
        matcher=deed_moment_pairs,
        judge=judge_days,
        differs=True,
        once_per_sentences=True,
    )
)
# Each article's only day dating an event, besides the days both articles give, two
# values nothing parts: a date conflict (compare/align/sole_moments.py); never an
# agreement.
register_cross_kind(
    CrossKindSpec(
        name="sole day clashes",
        kinds=(Kind.DATE, Kind.DATE),
        kind=Kind.DATE,
        matcher=sole_moment_pairs,
        judge=judge_days,
        differs=True,
        # a statement pair whose judge read the two days reports them already
        once_per_sentences=True,
    )
)
# Two dates (or two clock times) nothing paired, one full day (or minute) told once
# in each article, whatever words the sentences use; after the clash matchers, so
# that a day a clash reports is not taken (agreements only).
register_cross_kind(
    CrossKindSpec(
        name="lone days",
        kinds=(Kind.DATE, Kind.DATE),
        kind=Kind.DATE,
        matcher=lone_day_pairs,
        judge=judge_days,
    )
)
register_cross_kind(
    CrossKindSpec(
        name="lone times",
        kinds=(Kind.TIME, Kind.TIME),
        kind=Kind.TIME,
        matcher=lone_day_pairs,
        judge=judge_days,
    )
)
# Two dates (or two clock times) nothing paired, one value told in several sentences
# of an article, each the only telling of it tied to the other's sentence by a word
# (agreements only; compare/align/tied_days.py).
register_cross_kind(
    CrossKindSpec(
        name="tied days",
        kinds=(Kind.DATE, Kind.DATE),
        kind=Kind.DATE,
        matcher=tied_day_pairs,
        judge=judge_days,
    )
)
register_cross_kind(
    CrossKindSpec(
        name="tied times",
        kinds=(Kind.TIME, Kind.TIME),
        kind=Kind.TIME,
        matcher=tied_day_pairs,
        judge=judge_days,
    )
)
# A quotation in one source told as a statement in another (agreements only).
register_cross_kind(
    CrossKindSpec(
        name="quote as statement",
        kinds=(Kind.QUOTE, Kind.STATEMENT),
        kind=Kind.STATEMENT,
        matcher=quote_statement_pairs,
        judge=judge_pair,
    )
)
# A quotation in one source and its speaker's reported speech in another, each the
# other's best among that speaker's sayings (agreements only):
# before the closest statement, since one speaker tied to the words told again is
# stronger evidence of one saying than the closeness of two sentences of one topic.
register_cross_kind(
    CrossKindSpec(
        name="quote as reported speech",
        kinds=(Kind.QUOTE, Kind.STATEMENT),
        kind=Kind.STATEMENT,
        matcher=reported_quote_pairs,
        judge=judge_pair,
        paired_statements=True,
        agreed_once=True,
    )
)
# A quotation in one source and a statement in another, each the other's closest,
# that nothing sets apart (agreements only).
register_cross_kind(
    CrossKindSpec(
        name="quote as best statement",
        kinds=(Kind.QUOTE, Kind.STATEMENT),
        kind=Kind.STATEMENT,
        matcher=quote_best_pairs,
        judge=judge_pair,
    )
)
# Two statements nothing paired, each the other's closest among the statements left
# (agreements only).
register_cross_kind(
    CrossKindSpec(
        name="leftover best statements",
        kinds=(Kind.STATEMENT, Kind.STATEMENT),
        kind=Kind.STATEMENT,
        matcher=leftover_best_pairs,
        judge=judge_pair,
    )
)
# Two statements nothing paired, each its article's only sentence giving one figure
# nothing paired either (the numbers are read, never paired; agreements only).
register_cross_kind(
    CrossKindSpec(
        name="figure-tied statements",
        kinds=(Kind.STATEMENT, Kind.NUMBER),
        kind=Kind.STATEMENT,
        matcher=figure_tied_pairs,
        judge=judge_pair,
    )
)
