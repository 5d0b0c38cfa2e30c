"""Qwen2-VL-family processors without torchvision: the PIL image processor and no video processor.

transformers 5 builds the video processor with torchvision and refuses `video_processor=None`, and
`save_pretrained` fails without one. We subclass the family's processor to accept None and save the
parts ourselves, which gives the same folder layout `AutoProcessor` reads where torchvision exists.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from transformers import AutoTokenizer
from transformers.models.qwen2_vl.image_processing_pil_qwen2_vl import Qwen2VLImageProcessorPil

from vlmedge.errors import VlmedgeError

# model_type -> processor class name in transformers
PROCESSOR_CLASSES = {
    "qwen2_vl": "Qwen2VLProcessor",
    "qwen2_5_vl": "Qwen2_5_VLProcessor",
    "qwen3_vl": "Qwen3VLProcessor",
}


@lru_cache(maxsize=None)
def _without_video(class_name: str) -> type:
    import transformers

    base = getattr(transformers, class_name)

    def check_argument_for_proper_class(self: Any, argument_name: str, argument: Any) -> Any:
        if argument is None and argument_name == "video_processor":
            return None
        return base.check_argument_for_proper_class(self, argument_name, argument)

    return type(f"{class_name}NoVideo", (base,), {"check_argument_for_proper_class": check_argument_for_proper_class})


def make_processor(model_type: str, image_processor: Qwen2VLImageProcessorPil, tokenizer: Any,
                   chat_template: str | None) -> Any:
    if model_type not in PROCESSOR_CLASSES:
        raise VlmedgeError(f"model type {model_type!r} is not a Qwen2-VL-family model: supported are "
                           f"{', '.join(PROCESSOR_CLASSES)}")
    cls = _without_video(PROCESSOR_CLASSES[model_type])
    return cls(image_processor=image_processor, tokenizer=tokenizer, video_processor=None,
               chat_template=chat_template)


def load_processor(folder: Path, model_type: str) -> Any:
    tokenizer = AutoTokenizer.from_pretrained(str(folder))
    image_processor = Qwen2VLImageProcessorPil.from_pretrained(str(folder))
    template_file = folder / "chat_template.jinja"
    chat_template = template_file.read_text() if template_file.is_file() else tokenizer.chat_template
    if chat_template is None and (folder / "chat_template.json").is_file():
        chat_template = json.loads((folder / "chat_template.json").read_text()).get("chat_template")
    return make_processor(model_type, image_processor, tokenizer, chat_template)


def save_processor(processor: Any, folder: Path) -> None:
    processor.tokenizer.save_pretrained(str(folder))
    processor.image_processor.save_pretrained(str(folder))
    if processor.chat_template:
        (folder / "chat_template.jinja").write_text(processor.chat_template)
    (folder / "processor_config.json").write_text(
        json.dumps({"processor_class": type(processor).__mro__[1].__name__}, indent=2) + "\n")
