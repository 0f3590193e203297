"""Labels of kss.indicators: the source line of every figure drawn from Gapminder data."""

ID = {
    "indicators.source": "Sumber: Gapminder, {parts} (tanpa proyeksi).",
    "indicators.part": "{name} {version}, {first}–{last}",
    "indicators.name.life_exp": "angka harapan hidup",
    "indicators.name.gdp_per_cap": "PDB per kapita",
    "indicators.name.pop": "penduduk",
    "indicators.name.child_mort": "kematian balita",
    "indicators.name.co2_per_cap": "emisi CO₂ per orang",
}

EN = {
    "indicators.source": "Source: Gapminder, {parts} (no projections).",
    "indicators.part": "{name} {version}, {first}–{last}",
    "indicators.name.life_exp": "life expectancy",
    "indicators.name.gdp_per_cap": "GDP per capita",
    "indicators.name.pop": "population",
    "indicators.name.child_mort": "under-5 mortality",
    "indicators.name.co2_per_cap": "CO₂ emissions per person",
}
