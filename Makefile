# vlmedge: `make demo` sets everything up and runs the pipeline on the embedded default; `make test` runs the tests.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
VLMEDGE := $(VENV)/bin/vlmedge
RUNS ?= runs
SAMPLES ?= 512
EVAL_SAMPLES ?= 512
SEED ?= 0
# Fonts the renderer draws with (Debian packages); fontconfig resolves them to files.
APT_PACKAGES := fontconfig fonts-dejavu-core fonts-jetbrains-mono fonts-noto-mono fonts-noto-cjk fonts-firacode \
	fonts-hack fonts-liberation2
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup apt demo test calibrate transcribe-preview quantize train model-card bench lint clean
METHOD ?= gptq

# Re-install when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml
	@$(MAKE) --no-print-directory apt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $@

setup: $(VENV)/.installed

apt:
	@missing=$$(for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages: $$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq \
			--no-install-recommends $$missing >/dev/null; \
	fi

test: setup
	$(PY) -m pytest -q

calibrate: setup
	$(VLMEDGE) calibrate --out $(RUNS)/calib --samples $(SAMPLES) --eval-samples $(EVAL_SAMPLES) --seed $(SEED) \
		--preview 4 --overwrite

# The embedded default model reads the preview screenshots (references sit beside them as .txt).
transcribe-preview: setup
	$(VLMEDGE) transcribe --model default $(RUNS)/calib/preview/*.png

# The main job on the embedded default model; stages that are not built yet are listed, not faked.
demo: calibrate
	@$(MAKE) --no-print-directory transcribe-preview
	@echo
	@echo "pipeline stages (calibrate -> quantize -> evaluate -> report):"
	@$(VLMEDGE) stages

# A quantized variant of the default model: make quantize METHOD=awq (or gptq, int8); builds runs/calib if missing.
quantize: setup
	@[ -f $(RUNS)/calib/manifest.json ] || $(MAKE) --no-print-directory calibrate
	$(VLMEDGE) quantize --method $(METHOD) --model default --calib $(RUNS)/calib --out $(RUNS)/quant-$(METHOD) \
		--overwrite

# Continue training the shipped default from its weights (the curriculum resumes at its recorded step).
train: setup
	$(VLMEDGE) train-default --out $(RUNS)/train-default --init-from models/vlmedge-tiny

model-card: setup
	$(PY) benchmarks/model_card.py

bench: setup
	$(PY) benchmarks/calibrate_throughput.py --samples 1024 --repeats 3

lint: setup
	$(VENV)/bin/ruff check vlmedge tests benchmarks

clean:
	rm -rf $(RUNS) .pytest_cache
