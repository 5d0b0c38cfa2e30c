"""Monospace fonts (from Debian packages) and the CJK fallback, resolved to files through fontconfig."""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from functools import lru_cache

from fontTools.ttLib import TTCollection, TTFont
from PIL import ImageFont

from vlmedge.errors import VlmedgeError


@dataclass(frozen=True)
class FontFace:
    name: str  # registry key
    family: str  # fontconfig family
    debian_package: str
    # Core fonts come with `make setup` and are what calibration and evaluation sets draw by default; the others
    # only widen what training sees (`make train-fonts` installs them; a recipe stage names them).
    core: bool = True


FONTS: dict[str, FontFace] = {f.name: f for f in (
    FontFace("dejavu-sans-mono", "DejaVu Sans Mono", "fonts-dejavu-core"),
    FontFace("jetbrains-mono", "JetBrains Mono", "fonts-jetbrains-mono"),
    FontFace("noto-mono", "Noto Mono", "fonts-noto-mono"),
    FontFace("fira-code", "Fira Code", "fonts-firacode"),
    FontFace("hack", "Hack", "fonts-hack"),
    FontFace("liberation-mono", "Liberation Mono", "fonts-liberation2"),
    # Training-only faces, other designs than the five above (which are three: Hack and Noto Mono descend from
    # DejaVu's and Droid's shapes). None is a Liberation Mono twin (Cousine, fonts-croscore, is: not here).
    FontFace("inconsolata", "Inconsolata", "fonts-inconsolata", core=False),
    FontFace("go-mono", "Go Mono", "fonts-go", core=False),
    FontFace("freemono", "FreeMono", "fonts-freefont-ttf", core=False),
    FontFace("courier-prime-code", "Courier Prime Code", "fonts-courier-prime", core=False),
    FontFace("anonymous-pro", "Anonymous Pro", "fonts-anonymous-pro", core=False),
    FontFace("mononoki", "mononoki", "fonts-mononoki", core=False),
    FontFace("hermit", "Hermit", "fonts-hermit", core=False),
    FontFace("fantasque-sans-mono", "Fantasque Sans Mono", "fonts-fantasque-sans", core=False),
    FontFace("league-mono", "League Mono", "fonts-league-mono", core=False),
    FontFace("agave", "Agave", "fonts-agave", core=False),
)}
CORE_FONTS: tuple[str, ...] = tuple(name for name, face in FONTS.items() if face.core)
# Wide (CJK) characters and anything the code font lacks are drawn with this face, two cells wide.
CJK_FALLBACK = FontFace("noto-sans-mono-cjk-sc", "Noto Sans Mono CJK SC", "fonts-noto-cjk")
UI_FONT = FontFace("dejavu-sans", "DejaVu Sans", "fonts-dejavu-core")  # window titles


@dataclass(frozen=True)
class FontFile:
    path: str
    index: int  # face index inside a .ttc collection


@lru_cache(maxsize=1)
def _fontconfig_table() -> dict[tuple[str, str], FontFile]:
    try:
        listing = subprocess.run(["fc-list", "-f", "%{family}|%{style}|%{file}|%{index}\n"], check=True,
                                 capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        raise VlmedgeError(f"fontconfig's fc-list is unavailable ({exc}): install it with `make setup`") from exc
    table: dict[tuple[str, str], FontFile] = {}
    for line in listing.splitlines():
        families, styles, path, index = line.rsplit("|", 3)
        # The first family and style are the face's own; later ones are aliases ("Light,Regular").
        # Styles are matched without case: Hermit calls its regular weight "medium".
        key = (families.split(",")[0].strip(), styles.split(",")[0].strip().lower())
        table.setdefault(key, FontFile(path, int(index or 0)))
    return table


def font_file(face: FontFace, bold: bool = False) -> FontFile:
    table = _fontconfig_table()
    if bold and (face.family, "bold") in table:
        return table[(face.family, "bold")]
    for style in ("regular", "book", "medium"):
        if (face.family, style) in table:
            return table[(face.family, style)]
    target = "make setup" if face.core else "make train-fonts"
    raise VlmedgeError(f"font {face.family!r} is not installed: run `{target}` "
                       f"(or `apt-get install {face.debian_package}`)")


def check_installed(names: list[str]) -> None:
    for name in names:
        font_file(FONTS[name])
    font_file(CJK_FALLBACK)
    font_file(UI_FONT)


@lru_cache(maxsize=64)
def load(face: FontFace, size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    file = font_file(face, bold)
    # BASIC layout: monospace cells are placed by us; raqm shaping only costs time here.
    return ImageFont.truetype(file.path, size, index=file.index, layout_engine=ImageFont.Layout.BASIC)


@lru_cache(maxsize=16)
def coverage(face: FontFace) -> frozenset[int]:
    """Code points the face has glyphs for (its best cmap)."""
    file = font_file(face)
    if file.path.endswith((".ttc", ".otc")):
        font = TTCollection(file.path, lazy=True).fonts[file.index]
    else:
        font = TTFont(file.path, lazy=True, fontNumber=file.index)
    return frozenset(font.getBestCmap().keys())


def unrenderable(text: str, face: FontFace) -> set[str]:
    """Characters neither the code font nor the CJK fallback can draw."""
    main, fallback = coverage(face), coverage(CJK_FALLBACK)
    return {c for c in set(text) if c not in "\n" and ord(c) not in main and ord(c) not in fallback}
