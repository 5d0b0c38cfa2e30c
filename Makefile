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
PORT ?= 8000
# Fonts the renderer draws with (Debian packages); fontconfig resolves them to files.
APT_PACKAGES := fontconfig fonts-dejavu-core fonts-jetbrains-mono fonts-noto-mono fonts-noto-cjk fonts-firacode \
	fonts-hack fonts-liberation2 tesseract-ocr tesseract-ocr-eng
# The grader's sandbox (bubblewrap; setpriv and prlimit are util-linux; GNU time measures runs) and the toolchains
# of its 12 languages.
APT_PACKAGES += bubblewrap util-linux time libseccomp2 gcc g++ openjdk-17-jdk-headless nodejs golang-go rustc ruby php-cli \
	mono-mcs mono-runtime kotlin node-typescript
# The service's tests: a real browser for the web page, a throwaway PostgreSQL cluster for shared databases.
APT_PACKAGES += chromium chromium-driver postgresql
# Training-only fonts (vlmedge/calibration/fonts.py, core=False): more designs for the model to learn glyphs from.
# `make train` installs them, and `make test` (the renderer is checked in every registered font); `make setup`,
# calibration and evaluation sets do without them.
TRAIN_APT_PACKAGES := fonts-inconsolata fonts-go fonts-freefont-ttf fonts-courier-prime fonts-anonymous-pro \
	fonts-mononoki fonts-hermit fonts-fantasque-sans fonts-league-mono fonts-agave
# `make apt` installs what setup needs; train-fonts passes its own list.
PACKAGES ?= $(APT_PACKAGES)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: setup apt demo test serve calibrate transcribe-preview quantize variants evaluate report gate train train-fonts model-card \
	bench bench-rows bench-synth bench-gguf bench-onnx bench-2b parity-edge lint clean
METHOD ?= gptq
# `make evaluate`: the variants compared side by side with the OCR peers, on the first EVAL_LIMIT eval screenshots.
METHODS ?= int8 gptq awq gguf onnx
# A method's variant name where it differs from the method (gguf's default type is q4_k_m, onnx's int4).
NAME_gguf := q4_k_m
NAME_onnx := onnx-int4
EVAL_LIMIT ?= 16
REPEATS ?= 2
PEERS ?= rapidocr,tesseract
empty :=
space := $(empty) $(empty)
comma := ,
VARIANTS ?= baseline=default,$(subst $(space),$(comma),$(foreach m,$(METHODS),$(or $(NAME_$(m)),$(m))=$(RUNS)/quant-$(m))),$(PEERS)

# Re-install when pyproject.toml changes.
$(VENV)/.installed: pyproject.toml
	@$(MAKE) --no-print-directory apt PACKAGES="$(APT_PACKAGES)"
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[all,test]'
	@touch $@

setup: $(VENV)/.installed

apt:
	@missing=$$(for p in $(PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing Debian packages: $$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq \
			--no-install-recommends $$missing >/dev/null; \
	fi

# Lint first (seconds), then the suite; every test has a timeout (pyproject.toml), so a hang fails it.
test: setup train-fonts
	$(VENV)/bin/ruff check vlmedge tests benchmarks
	$(PY) -m pytest -q

calibrate: setup
	$(VLMEDGE) calibrate --out $(RUNS)/calib --samples $(SAMPLES) --eval-samples $(EVAL_SAMPLES) --seed $(SEED) \
		--preview 4 --overwrite

# The embedded default model reads the preview screenshots (references sit beside them as .txt).
transcribe-preview: setup
	$(VLMEDGE) transcribe --model default $(RUNS)/calib/preview/*.png

# The main job on the embedded default model: calibrate -> quantize (int8, gptq, awq, gguf, onnx) -> evaluate side by side
# with the OCR peers -> report/report.html -> each variant's ship-gate verdict (`make gate` exits 3 on a variant over
# budget; the demo reports it and exits 0).
demo: calibrate
	@$(MAKE) --no-print-directory transcribe-preview
	@$(MAKE) --no-print-directory variants
	@$(MAKE) --no-print-directory evaluate
	@$(MAKE) --no-print-directory report
	$(VLMEDGE) gate $(RUNS)/results --report-only

# A quantized variant of the default model: make quantize METHOD=awq (or gptq, int8, gguf, onnx); builds runs/calib
# if missing (gguf and onnx do not use it).
quantize: setup
ifneq ($(filter $(METHOD),gguf onnx),)
	$(VLMEDGE) quantize --method $(METHOD) --model default --out $(RUNS)/quant-$(METHOD) --overwrite
else
	@[ -f $(RUNS)/calib/manifest.json ] || $(MAKE) --no-print-directory calibrate
	$(VLMEDGE) quantize --method $(METHOD) --model default --calib $(RUNS)/calib --out $(RUNS)/quant-$(METHOD) \
		--overwrite
endif

# Continue training the shipped default from its weights (the curriculum resumes at its recorded step).
train-fonts:
	@$(MAKE) --no-print-directory apt PACKAGES="$(TRAIN_APT_PACKAGES)"

train: setup train-fonts
	$(VLMEDGE) train-default --out $(RUNS)/train-default --init-from models/vlmedge-tiny

# Every METHODS variant of the default model, each built once (delete runs/quant-* to rebuild).
variants: setup
	@[ -f $(RUNS)/calib/manifest.json ] || $(MAKE) --no-print-directory calibrate
	@for m in $(METHODS); do \
		[ -f $(RUNS)/quant-$$m/manifest.json ] || $(MAKE) --no-print-directory quantize METHOD=$$m || exit 1; \
	done

evaluate: setup
	$(VLMEDGE) evaluate --eval $(RUNS)/calib --variants '$(VARIANTS)' --limit $(EVAL_LIMIT) --repeats $(REPEATS) \
		--out $(RUNS)/results --overwrite

report: setup
	@[ -f $(RUNS)/results/results.json ] || $(MAKE) --no-print-directory evaluate
	$(VLMEDGE) report $(RUNS)/results --out report --overwrite

gate: setup
	$(VLMEDGE) gate $(RUNS)/results

# The grading service on the embedded default, loopback only: http://127.0.0.1:8000 (API docs at /docs).
serve: setup
	$(VLMEDGE) serve --model default --host 127.0.0.1 --port $(PORT)

model-card: setup
	$(PY) benchmarks/model_card.py

# How the default model is read: whole screenshots against rows and chunks of 5 / 8 / 12 rows, on a seed-1 dev set.
bench-rows: setup
	$(PY) benchmarks/row_reading.py

bench: setup
	$(PY) benchmarks/calibrate_throughput.py --samples 1024 --repeats 3

# Speed and memory at real scale: a random-weight Qwen2-VL-2B-shaped model in fp32, bf16 and int8 (torch).
bench-synth: setup
	$(PY) benchmarks/synth_speed.py --like qwen2-vl-2b

# The edge exports of the default against transformers, side by side in one run on 100 seed-0 eval screenshots:
# GGUF f16 / q8_0 / q4_k_m (issue 6's parity figures) and ONNX fp32 / int8 / int4 (issue 31's).
parity-edge: setup
	$(PY) benchmarks/edge_parity.py --eval $(RUNS)/bench/parity_eval --limit 100 \
		--types f16,q8_0,q4_k_m,onnx-fp32,onnx-int8,onnx-int4
# The same shape as GGUF q4_k_m + mmproj q8_0 in llama.cpp: peak RSS with a 1024 px screenshot, tok/s vs roofline.
bench-gguf: setup
	$(PY) benchmarks/edge_2b.py --format gguf --like qwen2-vl-2b
# Its ONNX twin: decoder int4 + vision int8 in ONNX Runtime, the same screenshot and roofline.
bench-onnx: setup
	$(PY) benchmarks/edge_2b.py --format onnx --like qwen2-vl-2b
# All four side by side (torch fp32, torch int8, llama.cpp q4_k_m, ONNX int4), 448 and 1024 px screenshots.
bench-2b: setup
	$(PY) benchmarks/side_by_side_2b.py --like qwen2-vl-2b

lint: setup
	$(VENV)/bin/ruff check vlmedge tests benchmarks

clean:
	rm -rf $(RUNS) report .pytest_cache
