"""Every lesson quiz in the import formats of the quiz tools Indonesian teachers use, offline.

    python -m tools.quiz_export                 # `make quiz-export`: build/quiz-export/
    python -m tools.quiz_export --no-pdf        # the same without the Chromium PDFs

For each edition (build/quiz-export/id/ and en/), from kss/quizzes/NN.yml in stored order:
- wayground-NN.xlsx: the spreadsheet import of Quizizz (now Wayground): one row per question
  under the header row, columns Question Text, Question Type ("Multiple Choice"), Option 1-5,
  Correct Answer (the option's number), Time in seconds, Image Link, Answer explanation;
- kahoot-NN.xlsx: Kahoot's spreadsheet template: a title block, the header in row 8 (columns
  B-H: Question - max 120 characters, Answer 1-4 - max 75 characters, Time limit (sec),
  Correct answer(s)), the questions from row 9 with their number in column A;
- moodle-NN.gift.txt: Moodle's GIFT format, one category per lesson, each wrong option with its
  misconception as feedback, the explanation as general feedback;
- lembar-soal / question-sheet (.html and .pdf, A4): every quiz as a printable sheet (a box to
  tick per option), and kunci-jawaban / answer-key: the key with the explanation, apart.

Platform limits are checked, never silently applied: an item that breaks one (Kahoot: a
question over 120 characters, an answer over 75, more than 4 answers; Wayground: more than 5
options) is left out of THAT platform's file (the rest of the file is written), and one line
per item names the lesson, the question (number and id) and each field over the limit, with
its length. The lines are printed and kept in build/quiz-export/report.txt, so a teacher can
shorten those items by hand on the platform. Where the layouts and limits come from:
CONTRIBUTING.md, "Quiz exports".
"""
from __future__ import annotations

import argparse
import html
import sys
from dataclasses import dataclass
from pathlib import Path

from kss.labels import t
from kss.quiz import LETTERS, Question, lessons, questions_for, title_for
from tools import printing

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "quiz-export"
EDITIONS = ("id", "en")

# Quizizz / Wayground spreadsheet import
WAYGROUND_HEADER = ["Question Text", "Question Type", "Option 1", "Option 2", "Option 3", "Option 4",
                    "Option 5", "Correct Answer", "Time in seconds", "Image Link", "Answer explanation"]
WAYGROUND_MAX_OPTIONS = 5
WAYGROUND_TIME = 60          # seconds; the template's choices include 60

# Kahoot spreadsheet template
KAHOOT_HEADER = ["Question - max 120 characters", "Answer 1 - max 75 characters",
                 "Answer 2 - max 75 characters", "Answer 3 - max 75 characters",
                 "Answer 4 - max 75 characters",
                 "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
                 "Correct answer(s) - choose at least one"]
KAHOOT_HEADER_ROW = 8        # data from row 9, the question's number in column A
KAHOOT_MAX_QUESTION = 120
KAHOOT_MAX_ANSWER = 75
KAHOOT_MAX_ANSWERS = 4
KAHOOT_TIME = 60             # one of 5, 10, 20, 30, 60, 90, 120, 240

WORDS = {
    "id": {"sheet": "lembar-soal", "key": "kunci-jawaban", "sheet_title": "Kuis KSS: lembar soal",
           "key_title": "Kuis KSS: kunci jawaban", "name": "Nama", "class": "Kelas",
           "tick": "Beri tanda pada satu jawaban untuk setiap soal.",
           "kahoot_note": "Kuis KSS {nn}: impor di Kahoot lewat Add question > Import spreadsheet."},
    "en": {"sheet": "question-sheet", "key": "answer-key", "sheet_title": "SSC quizzes: question sheet",
           "key_title": "SSC quizzes: answer key", "name": "Name", "class": "Class",
           "tick": "Tick one answer for each question.",
           "kahoot_note": "SSC quiz {nn}: import in Kahoot with Add question > Import spreadsheet."},
}


@dataclass
class Problem:
    platform: str
    lang: str
    lesson: str
    number: int
    qid: str
    fields: list[str]

    def line(self) -> str:
        return (f"{self.platform} ({self.lang}) lesson {self.lesson}, question {self.number} ({self.qid}): "
                + "; ".join(self.fields) + f" -> left out of {self.platform}-{self.lesson}.xlsx")


def full_text(q: Question) -> str:
    """The question as a platform shows it: the stimulus (and its source) first, if any."""
    if not q.stimulus:
        return q.text
    source = f" ({q.source})" if q.source else ""
    return f"{q.stimulus}{source}\n\n{q.text}"


# ---------------------------------------------------------------- Quizizz / Wayground

def wayground_problems(q: Question) -> list[str]:
    if len(q.options) > WAYGROUND_MAX_OPTIONS:
        return [f"{len(q.options)} options (max {WAYGROUND_MAX_OPTIONS})"]
    return []


def write_wayground(path: Path, questions, lesson: str, lang: str, problems: list) -> None:
    from openpyxl import Workbook
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet.append(WAYGROUND_HEADER)
    for number, q in enumerate(questions, start=1):
        over = wayground_problems(q)
        if over:
            problems.append(Problem("wayground", lang, lesson, number, q.id, over))
            continue
        options = list(q.options) + [None] * (WAYGROUND_MAX_OPTIONS - len(q.options))
        sheet.append([full_text(q), "Multiple Choice", *options, q.answer + 1, WAYGROUND_TIME, None,
                      q.explanation])
    _save(book, path)


# ---------------------------------------------------------------- Kahoot

def kahoot_problems(q: Question) -> list[str]:
    found = []
    text = full_text(q)
    if len(text) > KAHOOT_MAX_QUESTION:
        found.append(f"question {len(text)} characters (max {KAHOOT_MAX_QUESTION})")
    if len(q.options) > KAHOOT_MAX_ANSWERS:
        found.append(f"{len(q.options)} answers (max {KAHOOT_MAX_ANSWERS})")
    for k, option in enumerate(q.options):
        if len(option) > KAHOOT_MAX_ANSWER:
            found.append(f"option {LETTERS[k]} {len(option)} characters (max {KAHOOT_MAX_ANSWER})")
    return found


def write_kahoot(path: Path, questions, lesson: str, lang: str, title: str, problems: list) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    book = Workbook()
    sheet = book.active
    sheet.title = "Sheet1"
    sheet["B2"] = title
    sheet["B2"].font = Font(bold=True, size=14)
    sheet["B3"] = WORDS[lang]["kahoot_note"].format(nn=lesson)
    for column, head in enumerate(KAHOOT_HEADER, start=2):
        sheet.cell(row=KAHOOT_HEADER_ROW, column=column, value=head).font = Font(bold=True)
    row = KAHOOT_HEADER_ROW + 1
    for number, q in enumerate(questions, start=1):
        over = kahoot_problems(q)
        if over:
            problems.append(Problem("kahoot", lang, lesson, number, q.id, over))
            continue
        answers = list(q.options) + [None] * (KAHOOT_MAX_ANSWERS - len(q.options))
        values = [row - KAHOOT_HEADER_ROW, full_text(q), *answers, KAHOOT_TIME, q.answer + 1]
        for column, value in enumerate(values, start=1):
            sheet.cell(row=row, column=column, value=value)
        row += 1
    _save(book, path)


def _save(book, path: Path) -> None:
    """Save with a fixed creation time, so the same quizzes give the same file."""
    from datetime import datetime
    fixed = datetime(2026, 1, 1)
    book.properties.created = fixed
    book.properties.modified = fixed
    path.parent.mkdir(parents=True, exist_ok=True)
    book.save(path)


# ---------------------------------------------------------------- Moodle GIFT

GIFT_SPECIAL = "\\~=#{}:"


def gift_escape(text: str) -> str:
    out = "".join("\\" + c if c in GIFT_SPECIAL else c for c in text)
    return out.replace("\r", "").replace("\n", "\\n")


def gift(lesson: str, title: str, questions) -> str:
    lines = [f"// {title} (kss/quizzes/{lesson}.yml)", f"$CATEGORY: $course$/KSS/{lesson}", ""]
    for q in questions:
        lines.append(f"::{lesson}-{q.id}::{gift_escape(full_text(q))}{{")
        for k, option in enumerate(q.options):
            if k == q.answer:
                lines.append(f"\t={gift_escape(option)}#{gift_escape(t('quiz.correct'))}")
            else:
                feedback = f"{t('quiz.wrong')} {t('quiz.misconception')} {q.misconception(k)}".strip()
                lines.append(f"\t~{gift_escape(option)}#{gift_escape(feedback)}")
        lines.append(f"\t####{gift_escape(q.explanation)}")
        lines.append("}")
        lines.append("")
    return "\n".join(lines)


# ---------------------------------------------------------------- printable sheet and key

SHEET_CSS = """
@page { size: A4; margin: 14mm 15mm 16mm 15mm; }
body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10.5pt;
       line-height: 1.4; color: #111; background: white; }
h1 { font-size: 16pt; margin: 0 0 4pt; } h2 { font-size: 13pt; border-bottom: 1px solid #999;
     margin: 14pt 0 6pt; break-after: avoid; }
.kss-who { margin: 0 0 8pt; } .kss-who span { display: inline-block; min-width: 45%; }
.kss-q { break-inside: avoid; page-break-inside: avoid; margin: 0 0 8pt; }
.kss-q ol { list-style: none; margin: 2pt 0 0; padding-left: 1.2em; }
.kss-q blockquote { border-left: 4px solid #595959; margin: 2pt 0 4pt; padding: 2pt 8pt; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
th, td { border: 1px solid #999; padding: 3pt 5pt; vertical-align: top; text-align: left; }
tr { break-inside: avoid; page-break-inside: avoid; }
"""


def _page(title: str, lang: str, body: list[str]) -> str:
    return ("<!DOCTYPE html>\n"
            f'<html lang="{lang}"><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
            f"<style>{SHEET_CSS}</style></head><body>\n<h1>{html.escape(title)}</h1>\n"
            + "\n".join(body) + "\n</body></html>\n")


def sheet_html(lang: str, quizzes) -> str:
    words = WORDS[lang]
    body = [f'<p class="kss-who"><span>{words["name"]}: ____________________</span>'
            f'<span>{words["class"]}: __________</span></p>', f"<p><em>{html.escape(words['tick'])}</em></p>"]
    for lesson, title, questions in quizzes:
        body.append(f'<section class="kss-lesson" data-lesson="{lesson}"><h2>{lesson} · {html.escape(title)}</h2>')
        for number, q in enumerate(questions, start=1):
            stimulus = ""
            if q.stimulus:
                source = f"<br><small>{html.escape(q.source)}</small>" if q.source else ""
                stimulus = f"<blockquote>{html.escape(q.stimulus)}{source}</blockquote>"
            options = "".join(f"<li>☐ {LETTERS[k]}) {html.escape(o)}</li>" for k, o in enumerate(q.options))
            body.append(f'<div class="kss-q" data-id="{q.id}">{stimulus}<p><b>{html.escape(t("quiz.question", n=number))}.</b> '
                        f"{html.escape(q.text)}</p><ol>{options}</ol></div>")
        body.append("</section>")
    return _page(words["sheet_title"], lang, body)


def key_html(lang: str, quizzes) -> str:
    words = WORDS[lang]
    body = []
    for lesson, title, questions in quizzes:
        body.append(f'<section class="kss-lesson" data-lesson="{lesson}"><h2>{lesson} · {html.escape(title)}</h2>')
        body.append(f"<table><tr><th>No</th><th>{html.escape(t('quiz.answer_key'))}</th>"
                    f"<th>{html.escape(t('quiz.explanation'))}</th></tr>")
        for number, q in enumerate(questions, start=1):
            body.append(f'<tr data-id="{q.id}"><td>{number}</td><td>{LETTERS[q.answer]}) '
                        f"{html.escape(q.options[q.answer])}</td><td>{html.escape(q.explanation)}</td></tr>")
        body.append("</table></section>")
    return _page(words["key_title"], lang, body)


# ---------------------------------------------------------------- all of it

def export(out: Path = OUT, pdf: bool = True) -> list[Problem]:
    problems: list[Problem] = []
    jobs = []
    for lang in EDITIONS:
        folder = out / lang
        folder.mkdir(parents=True, exist_ok=True)
        quizzes = []
        with printing.language(lang):
            for lesson in lessons():
                questions = questions_for(lesson, lang)
                title = title_for(lesson, lang)
                quizzes.append((lesson, title, questions))
                write_wayground(folder / f"wayground-{lesson}.xlsx", questions, lesson, lang, problems)
                write_kahoot(folder / f"kahoot-{lesson}.xlsx", questions, lesson, lang, title, problems)
                printing.write(folder / f"moodle-{lesson}.gift.txt", gift(lesson, title, questions))
            words = WORDS[lang]
            for name, text, title in ((words["sheet"], sheet_html(lang, quizzes), words["sheet_title"]),
                                      (words["key"], key_html(lang, quizzes), words["key_title"])):
                page = printing.write(folder / f"{name}.html", text)
                jobs.append(printing.PrintJob(page, folder / f"{name}.pdf", title, lang))
    report = [p.line() for p in problems]
    printing.write(out / "report.txt", "\n".join(report) + ("\n" if report else ""))
    if pdf:
        printing.print_pdfs(jobs)
    return problems


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=OUT, help="folder to write (default build/quiz-export)")
    ap.add_argument("--no-pdf", action="store_true", help="write the sheets as HTML only (no Chromium)")
    args = ap.parse_args(argv)
    try:
        problems = export(args.out, pdf=not args.no_pdf)
    except printing.PrintError as exc:
        printing.fail(str(exc))
    for problem in problems:
        print(problem.line())
    shown = args.out.relative_to(ROOT) if args.out.is_relative_to(ROOT) else args.out
    print(f"wrote {shown}/ (id, en): {len(lessons())} quizzes each for Wayground, Kahoot and Moodle, "
          f"question sheet and key; {len(problems)} item(s) over a platform limit left out of that "
          f"platform's file (listed above and in {shown}/report.txt)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
