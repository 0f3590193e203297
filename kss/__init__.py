"""Helper package for the KSS (Kerja Sama Selatan-Selatan) teaching notebooks.

The notebooks hold narrative and short calls; everything else lives here:
data loading (kss.data), figure style (kss.style), maps (kss.worldmap), widgets
(kss.explorer and one module per lesson topic), quizzes (kss.quiz) and labels
(kss.labels).
"""
from kss.setup import setup

__all__ = ["setup"]
