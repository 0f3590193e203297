"""Answer cues in the quizzes, for the whole course and per lesson (kss/quizzes/NN.yml, stored order).

    python -m tools.quiz_stats

For each lesson and the course: the number of items; where the key sits in the stored order
(a, b, c, ...: what the static view, print and the exports show; the live quiz shuffles);
how many items have the key as their longest option (in characters, ties count: a learner
who picks the longest option gets it right), in Indonesian and in English; and how many are
stimulus items (kind: stimulus). The course's targets (issue 23): no answer position holds
more than 40 % of the keys, the key is the longest option in at most 40 % of the items, and
every lesson has at least two stimulus items (tests/test_quiz_stats.py).
"""
from __future__ import annotations

import sys
from collections import Counter
from dataclasses import dataclass, field

from kss.quiz import LETTERS, lessons, questions_for

LIMIT = 0.40            # the share no key position and no "key is longest" may pass
MIN_STIMULUS = 2        # stimulus items per lesson


def key_is_longest(question) -> bool:
    lengths = [len(option) for option in question.options]
    return lengths[question.answer] == max(lengths)


@dataclass
class Figures:
    items: int = 0
    positions: Counter = field(default_factory=Counter)     # "a" -> number of keys there
    longest: dict = field(default_factory=lambda: {"id": 0, "en": 0})
    stimulus: int = 0

    def add(self, other: "Figures") -> None:
        self.items += other.items
        self.positions.update(other.positions)
        for lang in self.longest:
            self.longest[lang] += other.longest[lang]
        self.stimulus += other.stimulus

    def top_position_share(self) -> float:
        return max(self.positions.values()) / self.items if self.items else 0.0

    def longest_share(self, lang: str) -> float:
        return self.longest[lang] / self.items if self.items else 0.0


def lesson_figures(lesson: str) -> Figures:
    figures = Figures()
    for q_id, q_en in zip(questions_for(lesson, "id"), questions_for(lesson, "en")):
        figures.items += 1
        figures.positions[LETTERS[q_id.answer]] += 1
        figures.longest["id"] += key_is_longest(q_id)
        figures.longest["en"] += key_is_longest(q_en)
        figures.stimulus += q_id.kind == "stimulus"
    return figures


def course_figures() -> tuple[dict[str, Figures], Figures]:
    per_lesson = {nn: lesson_figures(nn) for nn in lessons()}
    total = Figures()
    for figures in per_lesson.values():
        total.add(figures)
    return per_lesson, total


def _pct(n: int, of: int) -> str:
    return f"{n} ({100 * n / of:.0f} %)" if of else "0"


def report() -> str:
    per_lesson, total = course_figures()
    used = [c for c in LETTERS if total.positions[c]] or ["a"]
    head = ["lesson", "items", *[f"key {c}" for c in used], "key longest (id)", "key longest (en)", "stimulus"]
    rows = []
    for name, f in [*per_lesson.items(), ("course", total)]:
        rows.append([name, str(f.items), *[str(f.positions[c]) for c in used],
                     _pct(f.longest["id"], f.items), _pct(f.longest["en"], f.items), str(f.stimulus)])
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(len(head))]
    lines = ["  ".join(cell.rjust(w) for cell, w in zip(row, widths)) for row in [head, *rows]]
    top = max(used, key=lambda c: total.positions[c])
    few = [nn for nn, f in per_lesson.items() if f.stimulus < MIN_STIMULUS]
    lines += ["",
              f"key positions over the course: " + ", ".join(f"{c} {_pct(total.positions[c], total.items)}" for c in used),
              f"most keys at one position: {top}, {100 * total.top_position_share():.0f} % "
              f"(target: at most {100 * LIMIT:.0f} %)",
              f"key is the longest option: id {100 * total.longest_share('id'):.0f} %, "
              f"en {100 * total.longest_share('en'):.0f} % (target: at most {100 * LIMIT:.0f} %)",
              f"stimulus items: {total.stimulus}; lessons with fewer than {MIN_STIMULUS}: "
              + (", ".join(few) if few else "none")]
    return "\n".join(lines)


def main(argv=None) -> int:
    print(report())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
