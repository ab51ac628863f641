# Two set-up commands on a fresh machine: `make run` (the main job on bundled data) and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run extract-corpus test wheel-check lint typecheck bench bench-crawl bench-mixed bench-run bench-scale bench-robust eval clean

$(STAMP): pyproject.toml
	@echo "thidua: creating $(VENV) and installing thidua with its dependencies and test tools"
	@echo "thidua: (once; about 1.2 GB and a few minutes: spaCy, underthesea, Scrapy, pandas, pyarrow)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	@echo "thidua: set-up done; the program is $(BIN)/thidua"
	touch $(STAMP)

## run: the whole pipeline offline: crawl the bundled demo sites, extract, append to data/
run: $(STAMP)
	$(BIN)/thidua run --out data

## extract-corpus: extract the bundled article files (corpora/articles, corpora/pages) into data-corpus/
extract-corpus: $(STAMP)
	$(BIN)/thidua extract corpora/articles corpora/pages --out data-corpus --force

## test: lint, type-check and run the test suite
test: $(STAMP)
	$(BIN)/ruff check extract tests bench
	$(BIN)/mypy
	$(BIN)/pytest -q

## wheel-check: build the wheel, install it in a clean venv, run thidua from another folder
wheel-check:
	bash .ci/wheel-check

## eval: score extraction of the shared seeds + dev against their gold (beside the checkout)
eval: $(STAMP)
	$(BIN)/thidua extract ../shared/corpus/seeds ../shared/corpus/dev --out /tmp/thidua-shared --force
	$(BIN)/thidua eval ../shared/corpus/gold /tmp/thidua-shared/records.jsonl --only-predicted

## bench: throughput and memory against underthesea's ner()
bench: $(STAMP)
	$(BIN)/python bench/bench_extract.py

## bench-crawl: crawl 2,200 local pages over 20 hosts; pages/s against the politeness limit
bench-crawl: $(STAMP)
	$(BIN)/python bench/bench_crawl.py

## bench-mixed: a generated WARC archive of 20,000 pages, 1% about blocs; pages/s/core with
## the cheap rejection, the share of time on rejected pages, fastwarc against warcio
bench-mixed: $(STAMP)
	$(BIN)/python bench/bench_mixed.py

## bench-run: start-up times, then peak memory and art/s of extract at 3,300 and 33,000 articles
bench-run: $(STAMP)
	$(BIN)/python bench/bench_run.py

## bench-scale: the mixed archive extracted in one process, on 1 and on 2 local Dask workers;
## the efficiency of 2 workers over 1 per worker (target 0.8), with the load average
bench-scale: $(STAMP)
	$(BIN)/python bench/bench_scale.py

## bench-robust: micro F1 on the unsealed dev2 articles rewritten without changing a fact
## (hard wraps, abbreviations, role nouns head last, counts in words, ...) beside the original
bench-robust: $(STAMP)
	$(BIN)/python bench/robustness.py

## clean: the virtual environment, caches and data-corpus/ (rebuilt by extract-corpus);
## never data/ or a store: crawled pages cannot be fetched again as they were
clean:
	rm -rf $(VENV) data-corpus .pytest_cache .mypy_cache .ruff_cache .artifacts
