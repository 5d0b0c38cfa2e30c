"""Reading a GGUF pair back: which file is the text model and which the mmproj, and whether each is whole.

llama.cpp answers a truncated or foreign file with a bare "failed to load", so every file is checked here
first (gguf's reader parses the header and maps every tensor; a cut file fails there) and a bad one is named
with its fix.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vlmedge.errors import VlmedgeError

MMPROJ_ARCH = "clip"


@dataclass(frozen=True)
class GgufInfo:
    path: Path
    architecture: str
    file_type: str  # e.g. MOSTLY_Q4_K_M
    metadata: dict[str, Any]  # scalar and string keys only
    tensor_types: dict[str, str]  # tensor name -> ggml type name


def _field_value(field: Any) -> Any:
    import gguf

    if not field.types:
        return None
    if field.types[0] == gguf.GGUFValueType.ARRAY:
        return None  # token lists and the like: large and not needed here
    return field.contents()


def read_gguf(path: Path) -> GgufInfo:
    import gguf

    path = Path(path)
    fix = "re-run `vlmedge export gguf` (or copy the file again)"
    if not path.is_file():
        raise VlmedgeError(f"{path}: no such GGUF file; {fix}")
    try:
        reader = gguf.GGUFReader(str(path))
    except Exception as error:  # the reader raises ValueError, struct/numpy errors or IndexError on bad bytes
        raise VlmedgeError(f"{path} is not a readable GGUF file, truncated or corrupt ({type(error).__name__}: "
                           f"{error}); {fix}") from None
    metadata = {name: _field_value(field) for name, field in reader.fields.items() if not name.startswith("GGUF.")}
    file_type_id = metadata.get("general.file_type")
    try:
        file_type = gguf.LlamaFileType(file_type_id).name if file_type_id is not None else "unknown"
    except ValueError:
        file_type = str(file_type_id)
    return GgufInfo(path, str(metadata.get("general.architecture", "")), file_type, metadata,
                    {tensor.name: tensor.tensor_type.name for tensor in reader.tensors})


def find_gguf_pair(folder: Path) -> tuple[GgufInfo, GgufInfo]:
    """(text model, mmproj) of a folder written by `vlmedge export gguf`, a bundle, or by hand."""
    folder = Path(folder)
    files = sorted(folder.glob("*.gguf"))
    infos = [read_gguf(path) for path in files]
    projectors = [info for info in infos if info.architecture == MMPROJ_ARCH]
    models = [info for info in infos if info.architecture != MMPROJ_ARCH]
    if len(models) != 1 or len(projectors) != 1:
        raise VlmedgeError(f"{folder} holds {len(models)} text-model and {len(projectors)} mmproj GGUF files: a "
                           "GGUF variant needs exactly one of each (`vlmedge export gguf --out DIR` writes them)")
    return models[0], projectors[0]


def is_gguf_folder(path: Path) -> bool:
    return Path(path).is_dir() and any(Path(path).glob("*.gguf"))
