"""WordNet's dictionary files as every table builder reads them
(compare.align.wordnet_files), on small files written here in WordNet's format."""

from __future__ import annotations

from pathlib import Path

from compare.align.wordnet_files import (
    Pointer,
    by_offset,
    exceptions,
    index_entries,
    sense_ranks,
    synsets,
)

LICENCE = "  1 This software and database is being provided to you\n  2 under a licence\n"


def test_index_entries_give_each_lemma_its_senses_commonest_first(tmp_path: Path) -> None:
    index = tmp_path / "index.verb"
    index.write_text(
        LICENCE
        + "rise v 3 2 @ ~ 3 2 00000300 00000100 00000200  \n"
        + "break_out v 1 1 @ 1 0 00000400  \n"
    )
    assert list(index_entries(index)) == [
        ("rise", ["00000300", "00000100", "00000200"]),
        ("break_out", ["00000400"]),
    ]


def test_synsets_read_words_lexfile_and_every_pointer(tmp_path: Path) -> None:
    data = tmp_path / "data.adj"
    data.write_text(
        LICENCE
        # two words; an antonym from the first word to the target's first, a
        # derivation of the second to a noun, a similar-to satellite of the whole synset
        + "00000100 00 a 02 Big(a) 0 large 0 003 ! 00000200 a 0101 + 00000900 n 0201 "
        + "& 00000300 s 0000 | above average in size\n"
        + "00000200 18 a 01 small 0 000 | below average\n"
    )
    found = list(synsets(data))
    assert [s.offset for s in found] == ["00000100", "00000200"]
    big = found[0]
    assert big.lexfile == 0 and found[1].lexfile == 18
    assert big.words == ("big(a)", "large")  # lower case, the adjective's marker kept
    assert big.pointers == (
        Pointer("!", "00000200", "a", 1, 1),
        Pointer("+", "00000900", "n", 2, 1),
        Pointer("&", "00000300", "s", 0, 0),
    )
    assert big.targets("!") == ["00000200"] and big.targets("@") == []
    assert by_offset(data)["00000200"].words == ("small",)


def test_pointer_numbers_are_hexadecimal(tmp_path: Path) -> None:
    data = tmp_path / "data.noun"
    words = " ".join(f"w{k} 0" for k in range(17))  # 17 words: 11 in hexadecimal
    data.write_text(f"00000100 03 n 11 {words} 001 + 00000200 v 100a | a gloss\n")
    (synset,) = synsets(data)
    assert len(synset.words) == 17
    assert synset.pointers == (Pointer("+", "00000200", "v", 16, 10),)


def test_exceptions_give_each_form_its_lemma(tmp_path: Path) -> None:
    exc = tmp_path / "verb.exc"
    exc.write_text("rose rise\nlay lie lay\n\nbroken break\n")
    assert list(exceptions(exc)) == [("rose", "rise"), ("lay", "lie"), ("broken", "break")]


def test_sense_ranks_number_each_lemmas_senses_from_its_commonest() -> None:
    entries = [("rise", ["00000300", "00000100"]), ("climb", ["00000100"])]
    assert sense_ranks(entries) == {
        ("rise", "00000300"): 0,
        ("rise", "00000100"): 1,
        ("climb", "00000100"): 0,
    }
