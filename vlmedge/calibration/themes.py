"""Editor colour themes: Pygments styles, light and dark, plus the colours of gutter and window chrome."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pygments.style import Style
from pygments.styles import get_style_by_name
from pygments.token import Token

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class Theme:
    name: str
    pygments_style: str
    dark: bool


THEMES: dict[str, Theme] = {t.name: t for t in (
    Theme("default", "default", False),
    Theme("friendly", "friendly", False),
    Theme("vs", "vs", False),
    Theme("xcode", "xcode", False),
    Theme("solarized-light", "solarized-light", False),
    Theme("tango", "tango", False),
    Theme("monokai", "monokai", True),
    Theme("dracula", "dracula", True),
    Theme("one-dark", "one-dark", True),
    Theme("nord", "nord", True),
    Theme("github-dark", "github-dark", True),
    Theme("gruvbox-dark", "gruvbox-dark", True),
)}


def hex_rgb(value: str) -> RGB:
    value = value.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def mix(a: RGB, b: RGB, t: float) -> RGB:
    return tuple(round(x + (y - x) * t) for x, y in zip(a, b, strict=True))  # type: ignore[return-value]


@dataclass(frozen=True)
class Palette:
    background: RGB
    foreground: RGB
    gutter: RGB  # line-number colour
    titlebar: RGB
    style: type[Style]


@lru_cache(maxsize=None)
def palette(theme: Theme) -> Palette:
    style = get_style_by_name(theme.pygments_style)
    background = hex_rgb(style.background_color or ("#1e1e1e" if theme.dark else "#ffffff"))
    text_color = style.style_for_token(Token.Text)["color"]
    foreground = hex_rgb(text_color) if text_color else ((220, 220, 220) if theme.dark else (20, 20, 20))
    gutter = mix(background, foreground, 0.45)
    titlebar = mix(background, (0, 0, 0) if theme.dark else (255, 255, 255), 0.35 if theme.dark else 0.6)
    if not theme.dark:
        titlebar = mix(background, (200, 200, 200), 0.5)
    return Palette(background, foreground, gutter, titlebar, style)


@lru_cache(maxsize=4096)
def token_style(theme: Theme, token_type: object) -> tuple[RGB, bool]:
    """(colour, bold) of a Pygments token type under the theme; unstyled tokens take the foreground."""
    pal = palette(theme)
    # A lexer may emit a type no style defines (Ruby's lexer: Token.Name.Operator); styles know its parents.
    while not pal.style.styles_token(token_type) and token_type.parent is not None:
        token_type = token_type.parent
    spec = pal.style.style_for_token(token_type)
    color = hex_rgb(spec["color"]) if spec["color"] else pal.foreground
    return color, bool(spec["bold"])
