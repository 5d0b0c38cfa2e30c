"""Our GGUF export in llama.cpp itself (llama-cpp-python + mtmd): loading, parity with transformers,
K-quant fallbacks, bad files, and the edge bundle."""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
from pathlib import Path

import numpy as np
import pytest
import torch
from light import install_modules, light_python
from tiny import save_tiny

from vlmedge.calibration.render import sample_screenshot
from vlmedge.errors import VlmedgeError
from vlmedge.evaluate.compare import evaluate_variants
from vlmedge.evaluate.variants import Variant
from vlmedge.export.bundle import build_bundle
from vlmedge.export.gguf.export import export_gguf
from vlmedge.models import load
from vlmedge.models.tokenizer import train_tokenizer
from vlmedge.runtime.gguf_files import read_gguf
from vlmedge.runtime.llama_batch import groups_within
from vlmedge.runtime.llama_cpp_runtime import LlamaCppRuntime
from vlmedge.runtime.registry import open_runtime
from vlmedge.runtime.torch_runtime import TorchRuntime
from vlmedge.training.train import tokenizer_corpus

PARITY_SAMPLES = 12


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "vlmedge.cli", *args], capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def exports(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("gguf")
    return {kind: export_gguf("default", root / kind, kind, threads=1) for kind in ("f16", "q8_0", "q4_k_m")}


def transformers_logits(folder: Path, image) -> np.ndarray:  # type: ignore[no-untyped-def]
    loaded = load(str(folder), dtype=torch.float32)
    return TorchRuntime(loaded.model, loaded.processor).prompt_logits(image)


def rel_l2(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.linalg.norm(a - b) / np.linalg.norm(b))


def test_default_f16_logits_match_transformers(exports: dict[str, Path]) -> None:
    image = sample_screenshot(448)
    runtime = LlamaCppRuntime(exports["f16"], threads=1, warmup=False)
    ours = runtime.prompt_logits(image)
    reference = transformers_logits(Path(load("default").path), image)
    assert ours.shape == reference.shape
    assert rel_l2(ours, reference) < 0.01 and ours.argmax() == reference.argmax()
    q8 = LlamaCppRuntime(exports["q8_0"], threads=1, warmup=False).prompt_logits(image)
    assert rel_l2(q8, reference) < 0.05


ANSWER_TOKENS = 64


def test_answer_logits_match_transformers_with_llama_cpp_gelu(exports: dict[str, Path],
                                                              small_dataset: Path) -> None:
    """Teacher-forced on each eval screenshot's reference text: llama.cpp's qwen2vl graph computes the merger's
    GELU in tanh form (vlmedge/export/gguf/reference.py), so transformers with that one op switched is the
    reference for our file. Against it the f16 GGUF stays within 2e-3 rel L2 at the prompt end and 1e-2 at every
    answer position, and picks the same next token wherever transformers' top two are 0.05 logits apart or more
    (benchmarks/gguf_logit_parity.py, 16 screenshots, step 24,000: all 1034 with a 0.01 gap agreed). Against stock
    transformers the gap is larger along the answer (up to 3.4e-2; a conversion bug is > 0.1)."""
    from vlmedge.calibration.dataset import load_split
    from vlmedge.export.gguf.reference import llama_cpp_merger_gelu

    loaded = load("default", dtype=torch.float32)
    reference = TorchRuntime(loaded.model, loaded.processor)
    runtime = LlamaCppRuntime(exports["f16"], threads=1, warmup=False)
    for row in load_split(small_dataset, "eval", "--eval", 4):
        answer = loaded.processor.tokenizer(row["text"], add_special_tokens=False)["input_ids"][:ANSWER_TOKENS]
        ours = runtime.answer_logits(row["image"], answer)
        stock = reference.answer_logits(row["image"], answer)
        with llama_cpp_merger_gelu(loaded.model) as switched:
            assert switched == 1
            matched = reference.answer_logits(row["image"], answer)
        assert ours.shape == matched.shape == (len(answer) + 1, runtime.llm.n_vocab())
        error, stock_error = rel_l2_rows(ours, matched), rel_l2_rows(ours, stock)
        assert error[0] < 2e-3 and error.max() < 1e-2, (error[0], error.max())
        # The tanh-GELU reference is the closer one along the answer (at the prompt end alone the two can tie:
        # step-25,700 weights, 9.2e-4 each on one screenshot), and stock transformers is still no conversion bug.
        assert np.median(stock_error) > np.median(error) and stock_error.max() < 0.1, (
            np.median(stock_error), np.median(error), stock_error.max())
        ranked = np.sort(matched, axis=1)
        clear = ranked[:, -1] - ranked[:, -2] >= 0.05
        assert (ours.argmax(axis=1) == matched.argmax(axis=1))[clear].all()


def rel_l2_rows(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.linalg.norm(a - b, axis=1) / np.linalg.norm(b, axis=1)


def test_parity_through_evaluate(exports: dict[str, Path], small_dataset: Path, tmp_path: Path) -> None:
    """GGUF variants measured side by side with transformers in one evaluate run. Token-level fidelity is the
    test above; greedy transcriptions of 96 tokens are compared here only through evaluate's own figures, since
    on screenshots the shipped model cannot read yet (natural layouts; its output there is loosely tied code) the greedy
    path crosses near-ties (top two under 0.06 logits apart), where llama.cpp's tanh GELU picks the other token."""
    variants = [Variant("baseline", "default")] + [Variant(kind, str(folder)) for kind, folder in exports.items()]
    results = evaluate_variants(variants, small_dataset, tmp_path / "results", limit=PARITY_SAMPLES, repeats=1,
                                threads=1, max_new_tokens=96, progress=False)
    base = results["variants"]["baseline"]
    texts = {name: [json.loads(line)["hypothesis"] for line in (tmp_path / "results" / "predictions" / f"{name}.jsonl")
                    .read_text().splitlines()] for name in ("baseline", "f16", "q8_0", "q4_k_m")}
    for kind in ("f16", "q8_0", "q4_k_m"):
        entry = results["variants"][kind]
        assert entry["runtime"] == "llama.cpp" and entry["deterministic"]
        same = sum(a == b for a, b in zip(texts[kind], texts["baseline"], strict=True)) / PARITY_SAMPLES
        assert entry["vs_baseline"]["same_text"] == pytest.approx(same)
        cer_change = entry["accuracy"]["overall"]["ws"]["cer"] - base["accuracy"]["overall"]["ws"]["cer"]
        assert entry["vs_baseline"]["cer_increase"] == pytest.approx(cer_change)
    f16, q8, q4 = (results["variants"][k] for k in ("f16", "q8_0", "q4_k_m"))
    assert q4["disk_mb"] < q8["disk_mb"] < f16["disk_mb"]
    # Read by rows: encode time summed over a screenshot's rows, time to first token up to its first row's.
    stages = f16["speed"]["stages"]
    assert stages["rows"]["median"] >= 1 and stages["encode_ms"]["median"] > 0 and stages["ttft_ms"]["median"] > 0


def test_rows_read_together_as_one_by_one(exports: dict[str, Path], small_dataset: Path) -> None:
    """A screenshot's rows and chunks decoded side by side, one sequence each, their image embeddings in one
    llama_decode with positions written by vlmedge (vlmedge/runtime/llama_batch.py), give the greedy text each gives
    alone through mtmd's own helper; only float sums of batched kernels differ, so a near-tie may flip."""
    from vlmedge.calibration.dataset import load_split
    from vlmedge.screenshots import line_rows

    runtime = LlamaCppRuntime(exports["f16"], threads=1, warmup=False, max_new_tokens=96)
    assert runtime.chunk_rows and runtime.batch_images and runtime.llm.n_ctx() >= 4 * runtime.one_image_cells
    pieces = [piece for row in load_split(small_dataset, "eval", "--eval", 3)
              for piece in line_rows.plan(row["image"], runtime.chunk_rows).pieces()]
    alone = [runtime._transcribe_one(piece, normalize=False).text for piece in pieces]
    together = runtime._read_together(pieces, normalize=False)
    same = sum(a == b.text for a, b in zip(alone, together, strict=True))
    assert len(pieces) > 10 and same >= 0.9 * len(pieces), (same, len(pieces))
    assert all(part.timings["decode_tokens_per_s"] > 0 for part in together if part.timings["new_tokens"] > 1)


def test_sequences_are_grouped_to_fit_the_context() -> None:
    assert groups_within([100] * 7, 350) == [[0, 1, 2], [3, 4, 5], [6]]
    assert groups_within([300, 60, 60], 350, most=2) == [[0], [1, 2]]
    with pytest.raises(VlmedgeError, match="needs 400 KV cells"):
        groups_within([100, 400], 350)


@pytest.mark.parametrize("family", ["qwen3_vl"])
def test_tiny_family_loads_and_matches(tmp_path: Path, family: str) -> None:
    tokenizer = train_tokenizer(tokenizer_corpus(150, seed=0), vocab_size=600)
    folder = save_tiny(tmp_path / family, family, tokenizer)
    image = sample_screenshot(224)
    reference = transformers_logits(folder, image)
    runtime = LlamaCppRuntime(export_gguf(str(folder), tmp_path / "f16", "f16"), threads=1, warmup=False)
    ours = runtime.prompt_logits(image)
    assert rel_l2(ours, reference) < 0.01 and ours.argmax() == reference.argmax()


def test_tiny_qwen25_vl_loads_and_matches(tmp_path: Path) -> None:
    tokenizer = train_tokenizer(tokenizer_corpus(150, seed=0), vocab_size=600)
    folder = save_tiny(tmp_path / "qwen25", "qwen2_5_vl", tokenizer)
    image = sample_screenshot(224)
    reference = transformers_logits(folder, image)
    f16 = export_gguf(str(folder), tmp_path / "f16", "f16")
    ours = LlamaCppRuntime(f16, threads=1, warmup=False).prompt_logits(image)
    assert rel_l2(ours, reference) < 0.01 and ours.argmax() == reference.argmax()
    # Its 128-wide rows cannot take 256-blocks: every fallback is reported with the type it got instead.
    q4 = export_gguf(str(folder), tmp_path / "q4", "q4_k_m", threads=1)
    manifest = json.loads((q4 / "manifest.json").read_text())["results"]
    fallbacks = {f["tensor"]: f for f in manifest["fallbacks"]}
    assert "blk.0.attn_q.weight" in fallbacks
    assert fallbacks["blk.0.attn_q.weight"]["ncols"] == 128 and fallbacks["blk.0.attn_q.weight"]["wanted"] == "q4_K"
    written = read_gguf(q4 / "model-q4_k_m.gguf").tensor_types
    assert all(written[name].lower() == f["used"].lower() for name, f in fallbacks.items())
    assert LlamaCppRuntime(q4, threads=1, warmup=False).transcribe([image])[0].ms > 0


def test_default_exports_without_fallbacks(exports: dict[str, Path]) -> None:
    manifest = json.loads((exports["q4_k_m"] / "manifest.json").read_text())
    assert manifest["results"]["fallbacks"] == []  # every width of the default model is a multiple of 256
    assert manifest["results"]["text_tensor_types"].get("Q4_K", 0) > 0
    assert manifest["library_versions"]["llama_cpp_python"] == "0.3.36"


def test_transcribe_cli_picks_llama_cpp_for_a_gguf_folder(exports: dict[str, Path], tmp_path: Path) -> None:
    image = tmp_path / "shot.png"
    sample_screenshot(448).save(image)
    runtime, source = open_runtime(str(exports["f16"]), max_new_tokens=16, threads=1)
    assert runtime.name == "llama.cpp" and source == str(exports["f16"])
    result = cli("transcribe", str(image), "--model", str(exports["f16"]), "--threads", "1", "--no-warmup",
                 "--max-new-tokens", "16")
    assert result.returncode == 0, result.stderr
    line = json.loads(result.stdout.strip())
    assert line["image"] == str(image) and isinstance(line["text"], str) and line["ms"] > 0


def test_corrupt_and_truncated_gguf_give_clear_errors(exports: dict[str, Path], tmp_path: Path) -> None:
    truncated = tmp_path / "truncated"
    truncated.mkdir()
    for source in exports["q8_0"].glob("*.gguf"):
        data = source.read_bytes()
        (truncated / source.name).write_bytes(data[: len(data) // 2] if source.name.startswith("model") else data)
    with pytest.raises(VlmedgeError, match="model-q8_0.gguf is not a readable GGUF file, truncated or corrupt .* "
                                           "re-run `vlmedge export gguf`"):
        LlamaCppRuntime(truncated)
    garbage = tmp_path / "garbage"
    garbage.mkdir()
    (garbage / "model.gguf").write_bytes(b"not a gguf file at all" * 10)
    sample_screenshot(224).save(tmp_path / "x.png")
    result = cli("transcribe", "--model", str(garbage), str(tmp_path / "x.png"))
    assert result.returncode == 2 and "is not a readable GGUF file" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    lonely = tmp_path / "lonely"
    lonely.mkdir()
    (lonely / "model-f16.gguf").write_bytes((exports["f16"] / "model-f16.gguf").read_bytes())
    with pytest.raises(VlmedgeError, match="1 text-model and 0 mmproj"):
        LlamaCppRuntime(lonely)


def test_unsupported_architecture_is_named(tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "llava"
    shutil.copytree(load("default").path, folder)
    config = json.loads((folder / "config.json").read_text())
    (folder / "config.json").write_text(json.dumps({**config, "model_type": "llava_next"}))
    result = cli("export", "gguf", "--model", str(folder), "--type", "f16", "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and "'llava_next'" in result.stderr and "qwen2_5_vl (Qwen2.5-VL)" in result.stderr
    assert not (tmp_path / "out").exists()


def test_bundle_measures_and_packs(exports: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "edge.tar"
    result = cli("export", "bundle", "--variant", str(exports["q4_k_m"]), "--target", "edge-4gb", "--out", str(out))
    assert result.returncode == 0, result.stderr
    with tarfile.open(out) as archive:
        names = {Path(n).name for n in archive.getnames()}
        manifest = json.loads(archive.extractfile("edge/manifest.json").read())  # type: ignore[union-attr]
        readme = archive.extractfile("edge/README.md").read().decode()  # type: ignore[union-attr]
    assert names == {"model-q4_k_m.gguf", "mmproj-f16.gguf", "manifest.json", "README.md", "SHA256SUMS"}
    measured = manifest["measured"]
    assert 0 < measured["peak_rss_mb"] <= manifest["target"]["max_peak_rss_mb"]
    assert measured["decode_tokens_per_s"] > 0 and measured["image_px"][0] == 1024
    assert measured["new_tokens"] == 64  # a fixed decode length, however soon the model would have ended
    assert manifest["versions"]["llama_cpp_python"] == "0.3.36"
    assert all(len(f["sha256"]) == 64 for f in manifest["files"])
    assert "llama-server -m model-q4_k_m.gguf --mmproj mmproj-f16.gguf" in readme
    assert "--no-repack" in readme  # AMX / repacked layouts crashed llama.cpp on this model
    # The default model reads line-grid screenshots: its mmproj says so, and the README tells clients what to send.
    assert manifest["serve"]["line_grid"] is True and "model_input(Image.open" in readme
    # ... and is read a text row at a time: the README's client lines, run as a light client would (no torch),
    # with llama.cpp answering each piece as a server would, give vlmedge's own transcription.
    assert manifest["serve"]["line_rows"] == 1  # rows alone (configs/train/vlmedge-tiny.yaml)
    lines = readme.split("## This model is read row by row")[1].split("\n")
    start = next(i for i, line in enumerate(lines) if line.startswith("    "))
    snippet = [line[4:] for line in lines[start:next(i for i in range(start, len(lines))
                                                      if lines[i] and not lines[i].startswith("    "))]]
    sample_screenshot(448).save(tmp_path / "shot.png")
    server = (f"from pathlib import Path\nfrom vlmedge.runtime.llama_cpp_runtime import LlamaCppRuntime\n"
              f"runtime = LlamaCppRuntime(Path({str(exports['q4_k_m'])!r}), threads=2, warmup=False)\n"
              "ask_server = lambda piece: runtime._transcribe_one(piece, normalize=False).text\n")
    client = light_python(server + "\n".join(snippet) + "\nprint(code)\nassert 'torch' not in sys.modules",
                          tmp_path, install_modules("llama"))
    assert client.returncode == 0, client.stderr[-2000:]
    # vlmedge's own reading with each piece answered alone, as a server answers it (vlmedge itself decodes them
    # side by side, where a q4_k_m near-tie may flip; test_rows_read_together_as_one_by_one checks that apart).
    from vlmedge.runtime.rows import read_by_rows

    runtime = LlamaCppRuntime(exports["q4_k_m"], threads=2, warmup=False)
    own = read_by_rows([sample_screenshot(448)], lambda pieces: [runtime._transcribe_one(piece, normalize=False)
                                                                for piece in pieces], runtime.chunk_rows)[0].text
    assert client.stdout.rstrip("\n") == own != ""


def test_gguf_variants_run_without_torch(exports: dict[str, Path], tmp_path: Path) -> None:
    # `pip install 'vlmedge[llama]'` is enough for an edge box to read screenshots with a GGUF variant.
    sample_screenshot(448).save(tmp_path / "shot.png")
    light = light_python(f"sys.argv = ['vlmedge', 'transcribe', '--model', {str(exports['q4_k_m'])!r}, 'shot.png', "
                         "'--no-warmup']\nfrom vlmedge.cli import main\nmain()", tmp_path, install_modules("llama"))
    full = cli("transcribe", "--model", str(exports["q4_k_m"]), str(tmp_path / "shot.png"), "--no-warmup")
    assert light.returncode == 0 and full.returncode == 0, light.stderr[-2000:]
    assert json.loads(light.stdout)["text"] == json.loads(full.stdout)["text"]


def test_bundle_refuses_a_variant_over_budget(exports: dict[str, Path], tmp_path: Path) -> None:
    target = tmp_path / "tiny-board.yaml"
    target.write_text("description: a board with almost no RAM\nram_mb: 64\nmax_peak_rss_mb: 20\nimage_px: 448\n"
                      "threads: 1\nuse_mmap: false\nimage_max_tokens: 256\n")
    out = tmp_path / "b.tar"
    with pytest.raises(VlmedgeError, match=r"does not fit tiny-board: peak RSS \d+ MB exceeds the budget 20 MB"):
        build_bundle(exports["q4_k_m"], str(target), out)
    assert not out.exists() and not list(tmp_path.glob(".b.tar*"))


def test_quantize_method_gguf(tmp_path: Path) -> None:
    from vlmedge.quantize.run import quantize

    result = cli("quantize", "--method", "gguf", "--out", str(tmp_path / "q"), "--gguf-type", "q8_0")
    assert result.returncode == 0, result.stderr
    assert {p.name for p in (tmp_path / "q").iterdir()} == {"model-q8_0.gguf", "mmproj-f16.gguf", "manifest.json"}
    with pytest.raises(VlmedgeError, match="gguf is built by llama.cpp, not llm-compressor"):
        quantize("gguf", tmp_path / "x")
