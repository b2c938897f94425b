"""bench/ecb_facts.py's gold rule and metrics, on a tiny ECB+-shaped folder written here."""

from __future__ import annotations

import json

from bench import ecb_facts

SENTENCES = {
    "1_1ecb": [
        "The harbour board approved the dredging contract for the northern quay on Monday.",
        "Local fishermen said the work would disturb their catch for a whole season.",
    ],
    "1_2ecb": [
        "On Monday the harbour board approved a contract to dredge the northern quay.",
        "The mayor praised the harbour board at a dinner for retired pilots.",
    ],
}


def _mention(doc: str, line: int, tag: str, instance: str) -> dict[str, object]:
    return {"doc": doc, "tag": tag, "line": line, "sentence": line - 1, "instance": instance}


def _corpus(root):
    folder = root / "texts" / "1_ecb"
    folder.mkdir(parents=True)
    for doc, lines in SENTENCES.items():
        (folder / f"{doc}.txt").write_text("\n".join(lines) + "\n", "utf-8")
    mentions = [
        _mention("1_1ecb", 1, "ACTION_OCCURRENCE", "ACT1"),
        _mention("1_1ecb", 1, "HUMAN_PART_ORG", "ORG1"),
        _mention("1_2ecb", 1, "ACTION_OCCURRENCE", "ACT1"),
        _mention("1_2ecb", 1, "HUMAN_PART_ORG", "ORG1"),
        # the board again, but praised at a dinner: a reporting-free other event
        _mention("1_2ecb", 2, "ACTION_OCCURRENCE", "ACT2"),
        _mention("1_2ecb", 2, "HUMAN_PART_ORG", "ORG1"),
        # a reporting event shared with nothing else does not make a fact
        _mention("1_1ecb", 2, "ACTION_REPORTING", "ACT1"),
        _mention("1_1ecb", 2, "HUMAN_PART_ORG", "ORG1"),
    ]
    (root / "mentions.jsonl").write_text("\n".join(json.dumps(m) for m in mentions), "utf-8")
    rows = ["Topic,File,Sentence Number"]
    rows += [f"1,{doc[2:]},{n}" for doc in SENTENCES for n in (0, 1)]
    (root / "coref_sentences.csv").write_text("\n".join(rows) + "\n", "utf-8")


def test_gold_needs_a_shared_non_reporting_event_and_a_shared_participant(tmp_path):
    _corpus(tmp_path)
    [event] = ecb_facts.load(tmp_path)
    assert event.gold == {frozenset({("1_1ecb", 1), ("1_2ecb", 1)})}
    assert len(event.complete) == 4


def test_the_pipeline_finds_the_one_fact_and_nothing_else(tmp_path, capsys):
    _corpus(tmp_path)
    [event] = ecb_facts.load(tmp_path)
    tally = ecb_facts.Tally()
    tally.add(event, ecb_facts.claimdiff_pairs(event))
    assert (tally.found, tally.facts) == (2, 2)
    assert tally.right == tally.judged == 1


def test_the_bench_skips_cleanly_without_data(tmp_path, capsys):
    assert ecb_facts.main([str(tmp_path)]) == 0
    assert "skip" in capsys.readouterr().err


def test_mrpc_counts_one_quotation_told_twice_as_the_same_statement():
    from bench.mrpc import aligned_kinds, pipeline_says_same

    # the same words in both: a quotation cut short at its edge ("... before the
    # summer") is left unchecked since stop 55, neither agreeing nor differing
    said = '"We will rebuild the pier before the summer season," the harbour master said.'
    retold = '"We will rebuild the pier before the summer season," said the harbour master.'
    assert aligned_kinds(said, retold) == {"quote"}
    assert pipeline_says_same(said, retold)
    assert not pipeline_says_same(said, retold, kinds=frozenset({"statement"}))
    assert not pipeline_says_same(
        "The ferry sank off the cape on Monday.", "Wheat prices rose sharply in Chicago trading."
    )


def test_mrpc_says_where_each_answer_comes_from():
    from bench.mrpc import Outcome, outcome
    from compare.align import compare_texts
    from compare.align.settings import DEFAULT_THRESHOLD

    def why(a: str, b: str) -> Outcome:
        return outcome(compare_texts({"a": a, "b": b}), DEFAULT_THRESHOLD)

    told = "The harbour board approved the dredging contract for the northern quay on Monday."
    retold = "On Monday the harbour board approved a contract to dredge the northern quay."
    assert why(told, retold) is Outcome.MODEL
    assert why(told, "Wheat prices rose sharply in Chicago trading.") is Outcome.THIN
    # the same words as a quotation: a Quote claim, paired across kinds with the statement
    quoted = f'"{told[:-1]}," the harbour master said.'
    assert why(quoted, told) is Outcome.QUOTE_AS_STATEMENT
    # a quotation of something else beside the statement stays apart
    other = '"The dredging of the northern quay will start in the spring," the harbour master said.'
    assert why(other, told) is Outcome.QUOTE_BESIDE_STATEMENT


def _tally(found: int, facts: int, right: int, judged: int) -> ecb_facts.Tally:
    return ecb_facts.Tally(found=found, facts=facts, right=right, judged=judged)


def test_the_baseline_threshold_is_the_most_recall_holding_the_precision():
    tallies = {
        0.2: _tally(40, 100, 80, 100),  # most recall, but 0.80 precise
        0.3: _tally(30, 100, 46, 50),  # 0.92: holds it
        0.4: _tally(20, 100, 29, 30),  # holds it too, with less recall
        0.5: _tally(0, 100, 0, 0),  # judged nothing: holds nothing
    }
    assert ecb_facts.held_out_threshold(tallies) == 0.3
    assert ecb_facts.held_out_threshold(tallies, floor=0.95) == 0.4
    assert ecb_facts.held_out_threshold(tallies, floor=0.99) is None
    assert ecb_facts.other_half("even") == "odd" and ecb_facts.other_half("all") is None
