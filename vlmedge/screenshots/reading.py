"""Opening a screenshot a user sent: a clear one-line error for what is not one (not an image, empty, truncated,
a decompression bomb), before anything else reads it."""

from __future__ import annotations

import io
import re
from pathlib import Path

from PIL import Image, UnidentifiedImageError

from vlmedge.errors import VlmedgeError

# The largest screenshot taken: 40 megapixels (a 8K screen is 33). More is refused, not decoded: a small PNG can
# claim 40000 x 40000 pixels and take gigabytes to decode (a decompression bomb).
MAX_PIXELS = 40_000_000


def open_screenshot(source: Path | bytes, name: str = "image") -> Image.Image:
    """The screenshot as RGB, fully decoded; VlmedgeError naming the problem otherwise."""
    label = str(source) if isinstance(source, Path) else name
    try:
        data = source.read_bytes() if isinstance(source, Path) else source
    except OSError as exc:
        raise VlmedgeError(f"{label} cannot be read ({exc.strerror or type(exc).__name__}): pass a PNG or JPEG "
                           "file") from None
    if not data:
        raise VlmedgeError(f"{label} is empty: pass a PNG or JPEG screenshot")
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.width * image.height > MAX_PIXELS:
                raise VlmedgeError(f"{label} is {image.width}x{image.height} pixels, over the {MAX_PIXELS:,} a "
                                   "screenshot may have: send a smaller image")
            image.load()
            return image.convert("RGB")
    except UnidentifiedImageError:
        raise VlmedgeError(f"{label} is not an image vlmedge can read: pass a PNG or JPEG screenshot") from None
    except Image.DecompressionBombError as exc:  # Pillow's own guard fired first: far over ours
        claimed = re.search(r"\((\d+) pixels\)", str(exc))
        size = f"{int(claimed.group(1)):,} pixels" if claimed else "more pixels than Pillow decodes"
        raise VlmedgeError(f"{label} claims {size}, over the {MAX_PIXELS:,} a screenshot may have: send a smaller "
                           "image") from None
    except (OSError, SyntaxError, ValueError) as exc:  # truncated or corrupt data
        raise VlmedgeError(f"{label} is truncated or corrupt ({str(exc).splitlines()[0][:80]}): send the whole "
                           "file again") from None
