"""The lesson quizzes as data: one YAML file per lesson, NN.yml (00.yml ... 08.yml), with the
Indonesian and English text of every question side by side. kss.quiz reads and checks
them (`python -m kss.quiz check`); the format, field by field, is in README.md here."""
