"""Does the default model's decoder read the image yet? Figures for training progress notes.

Run: `python benchmarks/decoder_probe.py CHECKPOINT [--recipe YAML] [--stage glyphs] [--samples 64]`

On held-back samples of one curriculum stage (indices far past any training run's), teacher-forced:
- answer loss with each sample's own image and with another sample's image: a decoder that reads gains a lot
  from the right image; one on the image-blind plateau gains only what the image says about the sample's kind;
- token accuracy over the answer, and on its first token alone (nothing to guess from: only reading gets it);
- accuracy at each of the first answer positions: a decoder that has begun to read gets the first positions right
  and fades further right, where it must count columns (one merged token spans 2-3 characters);
- greedy-decoded CER over the same lines (what `vlmedge transcribe` would print), on random-character lines and
  on code lines apart.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import torch

from vlmedge.models.processor import load_processor
from vlmedge.training.data import Collator, Sample, SampleStream
from vlmedge.training.train import DEFAULT_RECIPE, answer_loss, base_build_config, read_recipe, stages_of

HELD_BACK = 5_000_000  # first sample index probed: beyond what any run draws from a stage's stream
BATCH = 16
POSITIONS = 8  # answer positions reported one by one


def token_hits(model: torch.nn.Module, batch: dict[str, torch.Tensor]) -> torch.Tensor:
    """(POSITIONS + 1, 2) counts under teacher forcing: [right, total] at each of the first answer positions,
    then over the whole answer."""
    inputs = {k: v for k, v in batch.items() if k != "labels"}
    predicted = model(**inputs).logits[:, :-1].argmax(-1)
    targets = batch["labels"][:, 1:]
    keep = targets != -100
    right = (predicted == targets) & keep
    index = keep.int().cumsum(-1) - 1  # each position's place in its answer
    counts = torch.zeros(POSITIONS + 1, 2, dtype=torch.long)
    for place in range(POSITIONS):
        at = keep & (index == place)
        counts[place] = torch.tensor([int(right[at].sum()), int(at.sum())])
    counts[POSITIONS] = torch.tensor([int(right.sum()), int(keep.sum())])
    return counts


def probe(checkpoint: Path, recipe_path: Path, stage_name: str, samples: int) -> dict[str, float]:
    from transformers import Qwen2VLForConditionalGeneration

    recipe = read_recipe(recipe_path)
    stages = {stage.name: stage for stage in stages_of(recipe)}
    stream = SampleStream(base_build_config(recipe), stages[stage_name].data, recipe["seed"])
    pairs = [stream.sample(HELD_BACK + index) for index in range(samples)]
    swapped = [(pairs[(index + 1) % samples].image, sample.text) for index, sample in enumerate(pairs)]
    processor = load_processor(checkpoint, "qwen2_vl")
    if stages[stage_name].data.line_grid:  # line-grid images are sized for their own budget: take them whole
        processor.image_processor.size["longest_edge"] = stages[stage_name].data.line_grid * 28 * 28
    model = Qwen2VLForConditionalGeneration.from_pretrained(str(checkpoint), dtype=torch.float32).eval()
    collate = Collator(processor)
    losses = {"matched": [], "swapped": []}
    counts = torch.zeros(POSITIONS + 1, 2, dtype=torch.long)  # token_hits' counts, summed over batches
    with torch.no_grad():
        for start in range(0, samples, BATCH):
            for name, chosen in (("matched", pairs), ("swapped", swapped)):
                batch = collate(chosen[start:start + BATCH])
                batch.pop("texts"), batch.pop("by_row")
                losses[name].append(answer_loss(model, batch).item())
                if name == "matched":
                    counts += token_hits(model, batch)
    accuracy = [round(right / max(1, total), 4) for right, total in counts.tolist()]
    greedy = greedy_cer(model, processor, pairs)
    return {"loss_matched_image": round(sum(losses["matched"]) / len(losses["matched"]), 4),
            "loss_swapped_image": round(sum(losses["swapped"]) / len(losses["swapped"]), 4),
            "token_accuracy": accuracy[POSITIONS], "first_token_accuracy": accuracy[0],
            "accuracy_by_position": accuracy[:POSITIONS], **greedy, "samples": samples}


def greedy_cer(model: torch.nn.Module, processor: object, pairs: list[Sample]) -> dict[str, float]:
    """Micro-averaged CER of greedy transcriptions, apart for random-character lines and the rest (code)."""
    from vlmedge.evaluate.metrics import score
    from vlmedge.runtime.torch_runtime import TorchRuntime

    # Room for a multi-line answer (the runtime caps it again at 4 tokens per vision token).
    outputs = TorchRuntime(model, processor, max_new_tokens=512, batch_size=BATCH).transcribe(
        [sample.image for sample in pairs])
    edits = {"random": [0, 0], "code": [0, 0]}
    for sample, output in zip(pairs, outputs, strict=True):
        kind = "random" if sample.random else "code"
        result = score(sample.text, output.text)
        edits[kind][0] += result.edits
        edits[kind][1] += result.length
    return {f"greedy_cer_{kind}": round(e / max(1, n), 4) for kind, (e, n) in edits.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("checkpoint", type=Path)
    parser.add_argument("--recipe", type=Path, default=DEFAULT_RECIPE)
    parser.add_argument("--stage", default="glyphs")
    parser.add_argument("--samples", type=int, default=64)
    args = parser.parse_args()
    torch.set_num_threads(2)
    result = probe(args.checkpoint, args.recipe, args.stage, args.samples)
    print(json.dumps({"checkpoint": str(args.checkpoint), "stage": args.stage, **result}))


if __name__ == "__main__":
    main()
