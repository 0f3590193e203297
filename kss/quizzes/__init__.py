"""One module per lesson (l00.py ... l08.py) with QUESTIONS (a list of kss.quiz.Question)
and an optional TITLE, in Indonesian, and the same in English as QUESTIONS_EN and TITLE_EN:
the same questions in the same order, each with its options in the same order (so the
answer index and the misconceptions line up; tests/test_editions.py checks it). Facts used
in questions and explanations come from data/."""
