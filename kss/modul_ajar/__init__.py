"""Modul Ajar: one lesson plan per JP in the structure Indonesian teachers use, built from the
lessons (objectives, minutes, activities, quiz) and two files a teacher can edit:
kss/modul_ajar/kursus.yml (identity, curriculum, assessment, rubrics, differentiation,
reflection: the same for every JP) and kss/modul_ajar/jp.yml (per lesson: meaningful
understanding, trigger question, profile dimensions). The teacher guide shows it:

    from kss import modul_ajar
    modul_ajar.show()            # everything, in the guide's language
    modul_ajar.jp_markdown("02") # one JP as Markdown

Minutes: the opening is the lesson's setup (metadata kss.time), the closing the exercises and
quiz as their headings state them plus the time the course's model adds around them
(EXERCISE_OVERHEAD, QUIZ_OVERHEAD: tools/lesson_time.py; tests/test_modul_ajar.py checks they
agree), the main part the rest: the three add up to the lesson's core minutes.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

import yaml

from kss import editions, guide
from kss.labels import language

HERE = Path(__file__).resolve().parent
JP_FIELDS = ("pemahaman", "pemantik", "profil", "lulusan")
EXERCISE_OVERHEAD, QUIZ_OVERHEAD = 3, 1      # as in tools/lesson_time.py (checked by a test)


@functools.lru_cache(maxsize=None)
def _load(name: str) -> dict:
    path = HERE / name
    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise ValueError(f"kss/modul_ajar/{name}: not valid YAML ({exc})") from None
    if not isinstance(doc, dict):
        raise ValueError(f"kss/modul_ajar/{name}: expected a mapping at the top")
    if name == "jp.yml":
        for nn, entry in doc.items():
            for field in JP_FIELDS:
                value = entry.get(field) if isinstance(entry, dict) else None
                if not isinstance(value, dict) or not all(value.get(lang) for lang in ("id", "en")):
                    raise ValueError(f"kss/modul_ajar/{name}, lesson {nn}: field '{field}' needs a text "
                                     "(or list) in 'id' and in 'en'")
    return doc


def course(lang: str | None = None) -> dict:
    lang = lang or language()
    return {key: (value.get(lang) if isinstance(value, dict) and lang in value else value)
            for key, value in _load("kursus.yml").items()}


def _w(key: str, **values) -> str:
    text = course()["kata"][key]
    return text.format(**values) if values else text


def _stated(nb, heading: str) -> int:
    """The minutes a '## heading (sekitar N menit)' states, 0 if none."""
    pattern = re.compile(rf"^## +{re.escape(heading)}\b[^\n]*?(\d+)", re.M)
    for cell in nb.cells:
        if cell.cell_type == "markdown":
            match = pattern.search(cell.source)
            if match:
                return int(match.group(1))
    return 0


def _activity_labels(nb, what: bool = False) -> list[str]:
    """The core path's activity labels ('Aktivitas (berpasangan, sekitar 10 menit)'); with
    what=True each followed by the first sentence of its instruction."""
    word = re.escape(editions.current().w("activity"))
    found = []
    for cell in nb.cells:
        if cell.cell_type == "markdown" and cell.source.lstrip().startswith("## " + editions.current().w("extra")):
            break                               # the core path ends at Pengayaan
        if cell.cell_type == "markdown":
            for m in re.finditer(rf"^> *\*\*({word}[^*\n]*?):?\*\*:?([^\n]*)", cell.source, re.M):
                first = re.split(r"(?<=[.!?])\s", m.group(2).strip(), maxsplit=1)[0]
                found.append(f"{m.group(1)}: {first}" if what and first else m.group(1))
    return found


def _enrichment(nb) -> list[str]:
    """The '### ' sub-headings of the lesson's Pengayaan section (what a fast reader can do)."""
    extra, found = False, []
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        first = cell.source.lstrip().split("\n", 1)[0].strip()
        if first == "## " + editions.current().w("extra"):
            extra = True
        elif first.startswith("## ") and extra:
            break
        if extra:
            found += re.findall(r"^### +(.+?)\s*$", cell.source, re.M)
    return found


def phases(nb) -> dict[str, int]:
    """{'pendahuluan', 'inti', 'penutup'}: minutes adding up to the lesson's core minutes."""
    time = nb.metadata.get("kss", {}).get("time", {})
    core = nb.metadata.get("kss", {}).get("minutes", 0)
    ed = editions.current()
    closing = (_stated(nb, ed.w("exercises")) + EXERCISE_OVERHEAD if _stated(nb, ed.w("exercises")) else 0) + \
              (_stated(nb, ed.w("quiz")) + QUIZ_OVERHEAD if _stated(nb, ed.w("quiz")) else 0)
    opening = time.get("setup", 0)
    return {"pendahuluan": opening, "inti": core - opening - closing, "penutup": closing}


def _quiz_size(nn: str) -> int:
    from kss.quiz import has_quiz, questions_for
    return len(questions_for(nn, language())) if has_quiz(nn) else 0


def jp_markdown(nn: str, nb=None) -> str:
    if nb is None:
        nb = dict((n, b) for n, _p, b, _note in guide.lessons())[nn]
    per = _load("jp.yml").get(nn)
    lang = language()
    title = guide.title(nb)
    minutes = nb.metadata.get("kss", {}).get("minutes", 0)
    name = re.sub(r"^\d\d\s*·\s*", "", title)
    lines = [f"### {_w('jp', nn=nn, title=name)}", "",
             f"- **{_w('identitas')}:** {_w('waktu', minutes=minutes)}"]
    if per is None:
        lines.append(f"- *{_w('tidak_ada')}*")
    else:
        lines += [f"- **{_w('pemahaman')}:** {per['pemahaman'][lang]}",
                  f"- **{_w('pemantik')}:** {per['pemantik'][lang]}",
                  f"- **{_w('profil_jp')}:** {', '.join(per['profil'][lang])}; **{_w('lulusan')}:** "
                  f"{', '.join(per['lulusan'][lang])}"]
    objectives = guide.objectives_of(nb)
    bullets = [line for line in objectives.splitlines() if line.startswith("- ")]
    lines += ["", f"**{_w('tujuan')}:**", ""] + bullets
    p = phases(nb)
    if "time" not in nb.metadata.get("kss", {}):
        lines += ["", f"*{_w('belum_dihitung')}*"]
    activities = _activity_labels(nb)
    doing = _activity_labels(nb, what=True)
    ed = editions.current()
    lines += ["", f"**{_w('kegiatan')}:**", "",
              f"1. {_w('pendahuluan', m=p['pendahuluan'])}",
              f"2. {_w('inti', m=p['inti'], what=' '.join(doing).rstrip('.') or '–')}",
              f"3. {_w('penutup', m=p['penutup'], what=ed.w('exercises') + ', ' + ed.w('quiz'))}",
              "", f"**{_w('formatif')}:** " + _w("formatif_teks", activities="; ".join(activities) or "–",
                                                n=_quiz_size(nn))]
    enrichment = _enrichment(nb)
    if enrichment:
        lines += ["", f"**{_w('pengayaan')}:** " + "; ".join(enrichment) + "."]
    return "\n".join(lines)


def _rubric(name: str) -> str:
    table = course()["rubrik"][name]               # {id: {criterion: levels}, en: {...}}: one level deeper
    table = table[language()] if language() in table else table
    head = [_w("kriteria")] + list(_w("tingkat"))
    rows = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    rows += [f"| **{criterion}** | " + " | ".join(levels) + " |" for criterion, levels in table.items()]
    return f"**{_w(name)}**\n\n" + "\n".join(rows)


def markdown(lesson_dir=None) -> str:
    c = course()
    out = [f"**{_w('identitas')}:** {c['identitas']}", "", f"#### {_w('cp')}", "", c["cp_catatan"], "",
           f"| {_w('mapel')} | {_w('fase')} | {_w('pelajaran')} | {_w('isi')} |", "|---|---|---|---|"]
    lang = language()
    out += [f"| {r['mapel']} | {r['fase']} | {r['pelajaran']} | {r[lang]} |" for r in _load("kursus.yml")["cp"]]
    out += ["", f"#### {_w('profil')}", "", c["profil_catatan"], "",
            f"{_w('lulusan_semua')}: " + ", ".join(c["profil_lulusan"]) + ".", "",
            f"#### {_w('diagnostik')}", ""] + [f"{k}. {q}" for k, q in enumerate(c["diagnostik"], 1)]
    out += ["", c["diagnostik_tindak"]]
    for nn, _path, nb, note in guide.lessons(lesson_dir):
        out += ["", jp_markdown(nn, nb) if nb is not None else f"### {nn}\n\n*{note}*"]
    out += ["", f"#### {_w('sumatif')}", "", c["sumatif"], "", f"**{_w('proyek')}**", "", guide.rubric_markdown(),
            "", f"#### {_w('rubrik')}", ""]
    out += ["\n\n".join(_rubric(name) for name in ("esai", "diskusi", "cek_fakta", "presentasi")), ""]
    out += [f"#### {_w('diferensiasi')}", ""] + [f"- {x}" for x in c["diferensiasi"]]
    out += ["", f"#### {_w('remedial')}", "", c["remedial"], "", f"#### {_w('pengayaan')}", "", _w("pengayaan_teks")]
    out += ["", f"#### {_w('refleksi_siswa')}", ""] + [f"- {x}" for x in c["refleksi_siswa"]]
    out += ["", f"#### {_w('refleksi_guru')}", ""] + [f"- {x}" for x in c["refleksi_guru"]]
    return "\n".join(out)


def show(lesson_dir=None):
    return guide._md(markdown(lesson_dir))
