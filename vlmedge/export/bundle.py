"""`vlmedge export bundle`: a GGUF variant packed for one device target, after measuring that it fits.

The tar holds the text GGUF, the mmproj, manifest.json (sha256 and size of each file, llama.cpp version, the
peak RSS and tokens/s measured here) and a README with the llama-server / llama-mtmd-cli commands. A variant
whose measured peak RSS exceeds the target's budget is refused and nothing is written.
"""

from __future__ import annotations

import io
import json
import os
import platform
import tarfile
import time
from pathlib import Path
from typing import Any

from vlmedge.errors import VlmedgeError
from vlmedge.export.measure import measure_gguf
from vlmedge.export.targets import Target, load_target
from vlmedge.runtime.base import PROMPT
from vlmedge.runtime.gguf_files import find_gguf_pair
from vlmedge.screenshots import line_rows
from vlmedge.screenshots.line_grid import LINE_GRID_KEY
from vlmedge.screenshots.line_rows import LINE_ROWS_KEY
from vlmedge.stage import library_versions, sha256_file

_README = """# {name}: {text_file} + {mmproj_file} for {target} ({description})

Built by `vlmedge export bundle` from `{variant}`. Files, sizes and sha256 are in manifest.json; check them
with `sha256sum -c SHA256SUMS`.

Measured on the machine that built it ({machine}; {threads} threads, one {width}x{height} px screenshot,
{image_tokens:.0f} image tokens): peak RSS {peak_rss_mb:.0f} MB (budget {budget} MB of {ram_mb} MB), {ms:.0f} ms
per screenshot, decode {decode} tokens/s.

## Serve it with an OpenAI-compatible API (llama.cpp's llama-server)

    llama-server -m {text_file} --mmproj {mmproj_file} --jinja -t {threads} --load-mode {load_mode} \\
        --image-min-tokens {image_min_tokens} --image-max-tokens {image_max_tokens} --temp 0 --port 8080

Then POST to http://127.0.0.1:8080/v1/chat/completions a user message with the screenshot as an `image_url`
(a data: URI) and the text "{prompt}"; the answer is the code, no fences.

## One screenshot from the shell (llama-mtmd-cli)

    llama-mtmd-cli -m {text_file} --mmproj {mmproj_file} -t {threads} --temp 0 \\
        --image-min-tokens {image_min_tokens} --image-max-tokens {image_max_tokens} \\
        --image shot.png -p "{prompt}"

The image-token flags keep screenshots within the pixel budget the model was trained with; a larger
--image-max-tokens reads smaller print but costs memory and time. llama.cpp rounds a side that falls
exactly halfway between two multiples of {unit} px up, where the model's own processor rounds to even: for
transcriptions identical to `vlmedge transcribe`, send screenshots already resized to multiples of {unit} px
(vlmedge's llama.cpp runtime does this).
{line_grid}"""

_LINE_GRID_NOTE = """
## This model reads line-grid screenshots

It was trained on screenshots rescaled so that each text line fills one {unit} px row of vision tokens
(its mmproj carries `vlmedge.line_grid`). vlmedge's runtimes do this by themselves; before sending a
screenshot to llama-server or llama-mtmd-cli, normalize it the same way. The client side needs only vlmedge's
light base install (Pillow, numpy and rapidfuzz, no torch): `pip install vlmedge` from a vlmedge checkout
(`pip install ./vlmedge`); the `[torch]`, `[llama]` and `[quantize]` extras are for building models, not for
clients.

    python -c "import sys; from PIL import Image; from vlmedge.screenshots.line_grid import model_input; \\
        model_input(Image.open(sys.argv[1]).convert('RGB'), {image_max_tokens}).save(sys.argv[2])" shot.png grid.png
"""

_LINE_ROWS_NOTE = """
## This model is read row by row

Its mmproj carries `vlmedge.line_rows` = {chunk_rows}: vlmedge's runtimes cut each screenshot into its text rows,
send every row, and chunks of up to {chunk_rows} rows, as images of their own with the prompt above, and merge
the answers, taking indentation and blank lines from the rows' positions (vlmedge/screenshots/line_rows.py). A
server client gets the same transcriptions from the base install (no torch) by handing vlmedge its requests:

    from PIL import Image
    from vlmedge.screenshots.line_rows import read_by_rows
    read = lambda pieces: [ask_server(piece) for piece in pieces]  # one chat request each, the answer's text
    code = read_by_rows(Image.open("shot.png").convert("RGB"), read, {chunk_rows})

The pieces are already on the line grid: send them as they are. One request with the whole screenshot
(normalized as above) also works, less accurately on long snippets.
"""


def _machine() -> str:
    return f"{platform.machine()}, {os.cpu_count()} CPUs, {platform.system()} {platform.release()}"


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = len(data), int(time.time()), 0o644
    archive.addfile(info, io.BytesIO(data))


def build_bundle(variant: Path, target_name: str, out: Path, overwrite: bool = False) -> dict[str, Any]:
    target: Target = load_target(target_name)
    variant = Path(variant)
    if not variant.is_dir():
        raise VlmedgeError(f"--variant {variant} is not a folder: pass the --out folder of `vlmedge export gguf`")
    text, mmproj = find_gguf_pair(variant)
    reads_line_grid = bool(mmproj.metadata.get(LINE_GRID_KEY))
    chunk_rows = line_rows.chunk_rows(mmproj.metadata.get(LINE_ROWS_KEY, 0)) if reads_line_grid else 0
    out = Path(out)
    if out.suffix != ".tar":
        raise VlmedgeError(f"--out {out}: a bundle is a .tar file, e.g. --out {out.with_suffix('.tar')}")
    if out.exists() and not overwrite:
        raise VlmedgeError(f"--out {out} exists: pass --overwrite to replace it")
    began = time.perf_counter()
    measured = measure_gguf(variant, image_px=target.image_px, threads=target.threads, use_mmap=target.use_mmap,
                            image_max_tokens=target.image_max_tokens)
    if measured["peak_rss_mb"] > target.max_peak_rss_mb:
        raise VlmedgeError(f"{variant} does not fit {target.name}: peak RSS {measured['peak_rss_mb']:.0f} MB "
                           f"exceeds the budget {target.max_peak_rss_mb} MB; export a smaller type (e.g. --type "
                           "q4_k_m, --mmproj-type q8_0) or lower image_max_tokens in the target")
    import llama_cpp

    files = {path.name: path for path in (text.path, mmproj.path)}
    image_min_tokens = measured["image_min_tokens"]
    manifest = {
        "stage": "export-bundle", "target": target.model_dump(), "variant": str(variant),
        "text_type": text.file_type, "mmproj_type": mmproj.file_type,
        "files": [{"path": name, "bytes": path.stat().st_size, "sha256": sha256_file(path)}
                  for name, path in files.items()],
        "llama_cpp_system": llama_cpp.llama_print_system_info().decode().strip(),
        "measured": {**measured, "machine": _machine()},
        "serve": {"image_min_tokens": image_min_tokens, "image_max_tokens": measured["image_max_tokens"],
                  "threads": target.threads, "prompt": PROMPT, "line_grid": reads_line_grid,
                  "line_rows": chunk_rows},
        "versions": library_versions(),  # llama_cpp_python among them
        "wall_s": None,
    }
    width, height = measured["image_px"]
    readme = _README.format(
        name=variant.name, text_file=text.path.name, mmproj_file=mmproj.path.name, target=target.name,
        description=target.description, variant=variant, machine=_machine(), threads=target.threads, width=width,
        height=height, image_tokens=measured["image_tokens"] or 0, peak_rss_mb=measured["peak_rss_mb"],
        budget=target.max_peak_rss_mb, ram_mb=target.ram_mb, ms=measured["ms"] or 0,
        decode=measured["decode_tokens_per_s"] or "n/a", load_mode="mmap" if target.use_mmap else "none",
        image_min_tokens=image_min_tokens, image_max_tokens=measured["image_max_tokens"], prompt=PROMPT,
        unit=measured["unit"],
        line_grid=(_LINE_GRID_NOTE.format(unit=measured["unit"], image_max_tokens=measured["image_max_tokens"])
                   if reads_line_grid else "") + (_LINE_ROWS_NOTE.format(chunk_rows=chunk_rows) if chunk_rows else ""))
    sums = "".join(f"{entry['sha256']}  {entry['path']}\n" for entry in manifest["files"])
    manifest["wall_s"] = round(time.perf_counter() - began, 2)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(f".{out.name}.partial-{os.getpid()}")
    try:
        with tarfile.open(partial, "w") as archive:
            root = out.stem
            for name, path in files.items():
                archive.add(path, arcname=f"{root}/{name}")
            _add_bytes(archive, f"{root}/manifest.json", json.dumps(manifest, indent=2).encode())
            _add_bytes(archive, f"{root}/README.md", readme.encode())
            _add_bytes(archive, f"{root}/SHA256SUMS", sums.encode())
        os.replace(partial, out)  # a killed run leaves no half-written bundle under the real name
    finally:
        partial.unlink(missing_ok=True)
    return manifest
