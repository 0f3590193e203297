"""Maintainers' tools, run from the repository root as `python -m tools.<name>`.

Authoring: notebooks (execute and store), navigation, editions, lesson_time, references.
Data builders: build_countries, build_indicators, build_map.
Classroom kit: handouts, printing, worksheets, guide_pdf, slides, screenshots.
Delivery: app (Voila), build_lite (in-browser edition), lab_language (interface language).
Measuring: benchmark, bench_lite. catalog lists every figure and explorer of the course
(for the tests, the benchmark and the worksheets). None of this is needed by a learner;
the learner package is kss/.
"""
