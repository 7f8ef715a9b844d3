"""The fast word matcher finds exactly what the single trie regex finds: the same words, the same spans."""

import re
from pathlib import Path

import pytest

from policy.industries.taxonomy import load_taxonomy
from policy.places.gazetteer import load_gazetteer
from policy.text.wordtrie import WordPattern, trie_pattern

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"


def _spans(matches):
    return [(m.start(), m.end(), m.group()) for m in matches]


def _span(m):
    return None if m is None else (m.start(), m.end(), m.group())


def test_longest_word_at_a_position_wins_and_endpos_cuts_it():
    words = ["吉林", "吉林市", "吉林省", "林业", "市场"]
    pattern = WordPattern(words)
    text = "吉林市场和吉林省林业"
    assert _spans(pattern.finditer(text)) == [(0, 3, "吉林市"), (5, 8, "吉林省"), (8, 10, "林业")]
    assert pattern.match(text, 0, 2).group() == "吉林"  # the end cuts 吉林市 to 吉林
    assert pattern.match(text, 3) is None  # 场 starts no word
    assert pattern.fullmatch(text, 5, 8).group() == "吉林省"
    assert pattern.fullmatch(text, 5, 9) is None
    assert pattern.search(text, 1).span() == (2, 4)  # 市场
    assert pattern.search(text, 3).span() == (5, 8)
    assert pattern.search(text, 3, 5) is None
    assert WordPattern([]).search(text) is None


@pytest.mark.parametrize("words", ["sectors", "places"])
def test_same_matches_as_the_trie_regex_on_real_reports(words):
    if words == "sectors":
        vocabulary = [a for a in load_taxonomy().aliases if len(a) >= 2]
    else:
        vocabulary = list(load_gazetteer()._surface_region)
    fast, slow = WordPattern(vocabulary), re.compile(trie_pattern(vocabulary))
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*-*.md"))[:6]]
    assert texts
    for text in texts:
        found = _spans(fast.finditer(text))
        assert len(found) > 20
        assert found == _spans(slow.finditer(text))
        for pos in range(0, len(text), 97):
            assert _span(fast.match(text, pos)) == _span(slow.match(text, pos))
            assert _span(fast.search(text, pos, pos + 40)) == _span(slow.search(text, pos, pos + 40))
