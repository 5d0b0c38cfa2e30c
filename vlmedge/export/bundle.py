"""`vlmedge export bundle`: an edge variant packed for one device target, after measuring that it fits.

A GGUF variant's tar holds the text GGUF, the mmproj and a README with the llama-server / llama-mtmd-cli commands;
an ONNX export's holds its graphs, embeddings and processor files and a README with the onnxruntime lines and the
graphs' inputs and outputs. Both carry manifest.json (sha256 and size of each file, the runtime's version, the peak
RSS and tokens/s measured here) and SHA256SUMS. A variant whose measured peak RSS exceeds the target's budget is
refused and nothing is written.
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
from vlmedge.export.measure import measure_variant
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
        --image-min-tokens {image_min_tokens} --image-max-tokens {image_max_tokens} --temp 0 --no-repack --port 8080

Then POST to http://127.0.0.1:8080/v1/chat/completions a user message with the screenshot as an `image_url`
(a data: URI) and the text "{prompt}"; the answer is the code, no fences.

## One screenshot from the shell (llama-mtmd-cli)

    llama-mtmd-cli -m {text_file} --mmproj {mmproj_file} -t {threads} --temp 0 --no-repack \\
        --image-min-tokens {image_min_tokens} --image-max-tokens {image_max_tokens} \\
        --image shot.png -p "{prompt}"

`--no-repack` keeps llama.cpp's AMX and repacked weight layouts off, as vlmedge's runtime does: on an AMX CPU
(Intel Sapphire Rapids and later) they crashed llama.cpp on this model. With llama-cpp-python's server instead of
llama-server, start it as `python -m vlmedge.serve.llama_cpp_server` (same arguments) for the same reason.

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
send every row{chunks} as an image of its own with the prompt above, and join the answers, taking
indentation and blank lines from the rows' positions (vlmedge/screenshots/line_rows.py). A server client gets
the same transcriptions from the base install (no torch) by handing vlmedge its requests:

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


_ONNX_README = """# {name}: an ONNX Runtime export for {target} ({description})

Built by `vlmedge export bundle` from `{variant}` (decoder {quant}, vision {vision_quant}). Files, sizes and sha256
are in manifest.json; check them with `sha256sum -c SHA256SUMS`.

Measured on the machine that built it ({machine}; {threads} threads, one {width}x{height} px screenshot,
{image_tokens:.0f} image tokens, {new_tokens:.0f} tokens decoded): peak RSS {peak_rss_mb:.0f} MB (budget {budget} MB of
{ram_mb} MB), {ms:.0f} ms per screenshot, decode {decode} tokens/s.

## Run it: onnxruntime, no torch

    pip install 'vlmedge[onnx]'    # onnxruntime, tokenizers, jinja2, numpy, Pillow
    python -c "from PIL import Image; from vlmedge.runtime.onnx_runtime import OnnxRuntime; \\
        print(OnnxRuntime('{name}', threads={threads}).transcribe([Image.open('shot.png')])[0].text)"

It reads each screenshot as the model asks ({reading}), greedy.

## The graphs, for a loop of your own

- `vision.onnx`: `pixel_values` [patches, {patch_dim}] float32, `position_ids` [patches, 2] int64, `cu_seqlens`
  [frames + 1] int32{windows} -> `image_embeds` [patches / {merge_area}, hidden]
- `embed_tokens.npy` [vocabulary, hidden]: token embeddings; the image's embeddings replace its image-pad tokens
  (id {image_token_id}, one per merged patch)
- `decoder.onnx`: `inputs_embeds` [1, tokens, hidden], `position_ids` [3, 1, tokens] int64 (M-RoPE),
  `attention_mask` [1, past + tokens] int64, `logit_positions` [kept] int64 (which of the tokens get logits: the
  last one when decoding), `past.N.key` / `past.N.value` [1, kv heads, past, head dim] -> `logits` [1, kept,
  vocabulary], `present.N.key` / `present.N.value`

`vlmedge/runtime/onnx_inputs.py` computes the inputs in numpy (patches as the processor cuts them, vision positions,
windows, M-RoPE ids); the processor and tokenizer files beside the graphs are the checkpoint's own.
"""


def _onnx_parts(variant: Path, target: Target, measured: dict[str, Any], root: str
                ) -> tuple[dict[str, Path], str, dict]:
    """The files, README and manifest facts of an ONNX bundle."""
    import onnxruntime

    export = json.loads((variant / "manifest.json").read_text()) if (variant / "manifest.json").is_file() else {}
    config = json.loads((variant / "config.json").read_text())
    processor = json.loads((variant / "preprocessor_config.json").read_text())
    chunk_rows = line_rows.chunk_rows(processor.get(line_rows.LINE_ROWS_FLAG, 0))
    reading = (f"line-grid rows and chunks of up to {chunk_rows} rows" if chunk_rows else
               "normalized to the line grid" if processor.get("line_grid") else "the screenshot as it is")
    files = {path.name: path for path in sorted(variant.iterdir()) if path.is_file() and path.name != "manifest.json"}
    if (variant / "manifest.json").is_file():
        files["export-manifest.json"] = variant / "manifest.json"
    width, height = measured["image_px"]
    patch, merge = int(processor.get("patch_size", 14)), int(processor.get("merge_size", 2))
    readme = _ONNX_README.format(
        name=root, target=target.name, description=target.description, variant=variant,
        quant=export.get("parameters", {}).get("quant", "?"),
        vision_quant=export.get("parameters", {}).get("vision_quant", "fp32"), machine=_machine(),
        threads=target.threads,
        width=width, height=height, image_tokens=measured["image_tokens"] or 0, new_tokens=measured["new_tokens"] or 0,
        peak_rss_mb=measured["peak_rss_mb"], budget=target.max_peak_rss_mb, ram_mb=target.ram_mb,
        ms=measured["ms"] or 0, decode=measured["decode_tokens_per_s"] or "n/a", reading=reading,
        patch_dim=3 * 2 * patch * patch, merge_area=merge * merge, image_token_id=config.get("image_token_id"),
        windows=", `window_index`, `cu_window_seqlens` (Qwen2.5-VL)" if config.get("model_type") == "qwen2_5_vl"
        else "")
    facts = {"runtime": "onnxruntime", "onnxruntime": onnxruntime.__version__,
             "decoder_quant": export.get("parameters", {}).get("quant"),
             "serve": {"threads": target.threads, "prompt": PROMPT, "line_grid": bool(processor.get("line_grid")),
                       "line_rows": chunk_rows, "image_max_tokens": measured["image_max_tokens"]}}
    return files, readme, facts


def _gguf_parts(variant: Path, target: Target, measured: dict[str, Any], root: str
                ) -> tuple[dict[str, Path], str, dict]:
    """The files, README and manifest facts of a GGUF bundle."""
    import llama_cpp

    text, mmproj = find_gguf_pair(variant)
    reads_line_grid = bool(mmproj.metadata.get(LINE_GRID_KEY))
    chunk_rows = line_rows.chunk_rows(mmproj.metadata.get(LINE_ROWS_KEY, 0)) if reads_line_grid else 0
    files = {path.name: path for path in (text.path, mmproj.path)}
    image_min_tokens = measured["image_min_tokens"]
    width, height = measured["image_px"]
    chunks = f" (and chunks of up to {chunk_rows} rows, merged by vote)" if chunk_rows > 1 else ""
    rows_note = _LINE_ROWS_NOTE.format(chunk_rows=chunk_rows, chunks=chunks) if chunk_rows else ""
    readme = _README.format(
        name=variant.name, text_file=text.path.name, mmproj_file=mmproj.path.name, target=target.name,
        description=target.description, variant=variant, machine=_machine(), threads=target.threads, width=width,
        height=height, image_tokens=measured["image_tokens"] or 0, peak_rss_mb=measured["peak_rss_mb"],
        budget=target.max_peak_rss_mb, ram_mb=target.ram_mb, ms=measured["ms"] or 0,
        decode=measured["decode_tokens_per_s"] or "n/a", load_mode="mmap" if target.use_mmap else "none",
        image_min_tokens=image_min_tokens, image_max_tokens=measured["image_max_tokens"], prompt=PROMPT,
        unit=measured["unit"],
        line_grid=(_LINE_GRID_NOTE.format(unit=measured["unit"], image_max_tokens=measured["image_max_tokens"])
                   if reads_line_grid else "") + rows_note)
    facts = {"runtime": "llama.cpp", "text_type": text.file_type, "mmproj_type": mmproj.file_type,
             "llama_cpp_system": llama_cpp.llama_print_system_info().decode().strip(),
             "serve": {"image_min_tokens": image_min_tokens, "image_max_tokens": measured["image_max_tokens"],
                       "threads": target.threads, "prompt": PROMPT, "line_grid": reads_line_grid,
                       "line_rows": chunk_rows}}
    return files, readme, facts


def build_bundle(variant: Path, target_name: str, out: Path, overwrite: bool = False) -> dict[str, Any]:
    """Measure an edge variant (GGUF or ONNX) with the target's settings, refuse it over budget, else pack it."""
    from vlmedge.runtime.onnx_runtime import check_folder, is_onnx_folder

    target: Target = load_target(target_name)
    variant = Path(variant)
    if not variant.is_dir():
        raise VlmedgeError(f"--variant {variant} is not a folder: pass the --out folder of `vlmedge export gguf` or "
                           "`vlmedge export onnx`")
    onnx = is_onnx_folder(variant)
    if onnx:
        check_folder(variant)
    else:
        find_gguf_pair(variant)  # names what is wrong with the folder before anything runs
    out = Path(out)
    if out.suffix != ".tar":
        raise VlmedgeError(f"--out {out}: a bundle is a .tar file, e.g. --out {out.with_suffix('.tar')}")
    if out.exists() and not overwrite:
        raise VlmedgeError(f"--out {out} exists: pass --overwrite to replace it")
    began = time.perf_counter()
    measured = measure_variant(variant, image_px=target.image_px, threads=target.threads, use_mmap=target.use_mmap,
                               image_max_tokens=target.image_max_tokens)
    if measured["peak_rss_mb"] > target.max_peak_rss_mb:
        smaller = "--quant int4, --vision-quant int8" if onnx else "--type q4_k_m, --mmproj-type q8_0"
        raise VlmedgeError(f"{variant} does not fit {target.name}: peak RSS {measured['peak_rss_mb']:.0f} MB "
                           f"exceeds the budget {target.max_peak_rss_mb} MB; export a smaller type (e.g. {smaller}) "
                           "or lower image_max_tokens in the target")
    files, readme, facts = (_onnx_parts if onnx else _gguf_parts)(variant, target, measured, out.stem)
    manifest = {
        "stage": "export-bundle", "target": target.model_dump(), "variant": str(variant), **facts,
        "files": [{"path": name, "bytes": path.stat().st_size, "sha256": sha256_file(path)}
                  for name, path in files.items()],
        "measured": {**measured, "machine": _machine()},
        "versions": library_versions(),  # llama_cpp_python, onnxruntime among them
        "wall_s": None,
    }
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
