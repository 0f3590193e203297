"""The answer-cue targets of issue 23 for the quizzes (kss/quizzes/NN.yml, stored order), counted
here from the YAML itself: no answer position holds more than 40 % of the keys over the
course; the key is the longest option (in characters, ties count) in at most 40 % of the
items, in each edition; every lesson has at least two stimulus items (kind: stimulus).
`python -m tools.quiz_stats` prints the same figures; the last test checks it agrees."""
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted((ROOT / "kss" / "quizzes").glob("*.yml"))


def items():
    for path in FILES:
        for item in yaml.safe_load(path.read_text(encoding="utf-8"))["questions"]:
            yield path.stem, item


def test_no_answer_position_holds_more_than_40_percent_of_the_keys():
    keys = Counter(item["key"] for _, item in items())
    total = sum(keys.values())
    assert max(keys.values()) <= 0.40 * total, f"keys per position: {dict(sorted(keys.items()))} of {total}"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_key_is_the_longest_option_in_at_most_40_percent_of_items(lang):
    longest = []
    all_items = list(items())
    for lesson, item in all_items:
        lengths = [len(o[lang]) for o in item["options"]]
        if lengths["abcdefgh".index(item["key"])] == max(lengths):
            longest.append(f"{lesson} {item['id']}")
    assert len(longest) <= 0.40 * len(all_items), \
        f"the key is the longest option in {len(longest)} of {len(all_items)} items ({lang}): {longest}"


def test_every_lesson_has_at_least_two_stimulus_items():
    per_lesson = Counter(lesson for lesson, item in items() if item.get("kind") == "stimulus")
    few = {path.stem: per_lesson[path.stem] for path in FILES if per_lesson[path.stem] < 2}
    assert not few, f"stimulus items per lesson (at least 2 each): {few}"


def test_the_stats_tool_counts_the_same():
    from tools import quiz_stats
    per_lesson, total = quiz_stats.course_figures()
    assert total.items == len(list(items()))
    assert dict(total.positions) == dict(Counter(item["key"] for _, item in items()))
    assert {nn: f.stimulus for nn, f in per_lesson.items()} == \
        {p.stem: sum(1 for lesson, i in items() if lesson == p.stem and i.get("kind") == "stimulus") for p in FILES}
    assert "course" in quiz_stats.report()
