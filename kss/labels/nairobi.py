"""Labels of the Nairobi principles (kss.nairobi): lessons 06-08 and the teacher guide."""

ID = {
    "nairobi.col.principle": "Prinsip",
    "nairobi.col.meaning": "Artinya bagi sebuah proyek",
    "nairobi.col.question": "Pertanyaan untuk menilai proyek",
    "nairobi.paragraph": "{symbol}, lampiran, paragraf {paragraph}",
}

EN = {
    "nairobi.col.principle": "Principle",
    "nairobi.col.meaning": "What it means for a project",
    "nairobi.col.question": "Question for judging a project",
    "nairobi.paragraph": "{symbol}, annex, paragraph {paragraph}",
}
