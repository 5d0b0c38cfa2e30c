"""Opening a `vlmedge calibrate` folder's split, with the one-line errors every stage gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from vlmedge.errors import VlmedgeError


def load_split(folder: Path, split: str, option: str, limit: int | None = None) -> Any:
    """The `split` of the DatasetDict in `folder` (its first `limit` rows); `option` names the CLI flag."""
    from datasets import load_from_disk

    if not (Path(folder) / "dataset_dict.json").is_file():
        raise VlmedgeError(f"{option} {folder} is not a dataset folder: build one with `vlmedge calibrate`")
    data = load_from_disk(str(folder))
    if split not in data:
        flag = "--eval-samples" if split == "eval" else "--samples"
        raise VlmedgeError(f"{option} {folder} has no {split} split: rebuild it with {flag} > 0")
    rows = data[split]
    return rows.select(range(min(limit, len(rows)))) if limit else rows
