"""Screenshot preparation for a model or an OCR peer: the line grid, row cuts and their merge, layout rebuilt
from OCR boxes. Pillow, numpy and rapidfuzz only (no torch), so an edge client that sends screenshots to a
llama.cpp or OpenAI-compatible server needs just `pip install vlmedge` (the light base install)."""
