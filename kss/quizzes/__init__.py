"""One module per lesson (l01.py ... l08.py) with QUESTIONS (a list of kss.quiz.Question)
and an optional TITLE. Facts used in questions and explanations come from data/."""
