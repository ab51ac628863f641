"""Chart colours: one colour per meaning across the whole report, safe for colour blindness.

Each family of meanings (award kinds, issuers, statuses, …) draws from its own ramp and no
colour appears in two ramps, so an orange always means the same thing. The hues are the
Okabe–Ito set (Okabe & Ito 2008, "Color Universal Design"); families beyond its eight colours
use ramps of one hue that differ in lightness, which every kind of colour vision tells apart.
"""

from __future__ import annotations

# Okabe–Ito hues for the family with the most members (award kinds).
OKABE_ITO = ("#E69F00", "#56B4E9", "#009E73", "#F0E442", "#D55E00", "#CC79A7")
FAMILIES: dict[str, tuple[str, ...]] = {
    "award": OKABE_ITO,
    # Okabe–Ito blue, darker and lighter
    "issuer": ("#002A42", "#0072B2", "#7FB2D5", "#C9E0F2", "#3E8FC4", "#15507A"),
    "status": ("#000000", "#6E6E6E", "#B4B4B4", "#DADADA"),
    "members": ("#7F4F24", "#D9B98C"),
    "runs": ("#3F007D", "#6A51A3", "#9E9AC8", "#54278F", "#807DBA", "#CBC9E2"),
    # one-series charts (coverage, errors): the bar has no legend, so no meaning to share
    "plain": ("#4D5D53",),
}
HEAT = ("#EEF3FB", "#1F4E8C")  # heat-map shade, light to dark: an amount, not a category


def colour(family: str, index: int) -> str:
    """The colour of the `index`-th member of a family (cycling when it has more members)."""
    ramp = FAMILIES[family]
    return ramp[index % len(ramp)]
