# Two commands for a fresh machine (see README):
#   make lab    set up the environment and open JupyterLab at lesson 00
#   make test   set up the environment (with test extras) and run every test
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
FIRST  := notebooks/id/00-mulai-di-sini.ipynb
FIRST_EN := notebooks/en/00-start-here.ipynb

# One worker per CPU (pytest-xdist); --dist loadscope keeps all cells of a notebook on one
# worker, as nbval's documentation asks (its cells share one kernel).
PARALLEL ?= -n auto --dist loadscope

.PHONY: lab lab-en app test test-fast setup setup-test setup-hub notebooks nav check lock bench clean handouts slides setup-lite lite serve-lite site release

$(VENV)/.installed: requirements.txt pyproject.toml $(wildcard jupyter-settings/lab/settings/overrides.d/*.json)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	$(BIN)/python -m kss.hints install
	$(BIN)/python -m tools.lab_language
	touch $@

$(VENV)/.installed-test: $(VENV)/.installed requirements-test.txt
	$(BIN)/python -m pip install --quiet -r requirements-test.txt
	touch $@

# Wheels the offline delivery tests install (tests/delivery): the packages of Binder's
# base image that we do not pin (also unpacked once into $(WHEELHOUSE)/binder-base-site/),
# and the build backend for `pip install .` / `pip wheel`.
WHEELHOUSE := build/wheelhouse
$(WHEELHOUSE)/binder-base.txt: $(VENV)/.installed-test .binder/requirements.txt tests/delivery/binder_base.py
	$(BIN)/python tests/delivery/binder_base.py download $(WHEELHOUSE)

setup: $(VENV)/.installed
# reveal.js for the slides, from the npm registry (pinned and integrity-checked in tools/slides.py);
# fetched while setting up, so that `make slides` and the tests then run offline.
REVEAL := build/vendor/.reveal-fetched
# axe-core for the website's accessibility test, from the npm registry (pinned and
# integrity-checked in tools/axe.py), fetched while setting up so that the test runs offline.
AXE := build/vendor/.axe-fetched
setup-test: $(VENV)/.installed-test $(WHEELHOUSE)/binder-base.txt $(REVEAL) $(AXE) setup-hub

$(AXE): tools/axe.py
	mkdir -p build/vendor
	$(BIN)/python -m tools.axe --fetch
	touch $@

$(REVEAL): tools/slides.py $(VENV)/.installed
	$(BIN)/python -m tools.slides --fetch
	touch $@

# The JupyterHub delivery test (tests/delivery/test_hub.py) runs offline: the wheels a hub admin's
# recipe installs (JupyterHub, nbgitpuller, the course's pins), and configurable-http-proxy with
# the Node.js it runs on from the npm registry (versions locked in tests/delivery/hub-proxy/).
HUB_FETCHED := build/hub/fetched.json
$(HUB_FETCHED): requirements.txt tests/delivery/hub-requirements.txt tests/delivery/hub-proxy/package-lock.json tests/delivery/hub_env.py $(VENV)/.installed
	$(BIN)/python tests/delivery/hub_env.py fetch build/hub

setup-hub: $(HUB_FETCHED)

# The classroom kit (the downloads page, docs/id/unduhan.md), written offline under build/ from the committed notebooks:
#   make handouts   A4 PDFs: student handout, teacher edition, worksheets per lesson, teacher guide
#   make slides     reveal.js slides per lesson (open build/slides/index.html, or tools/slides.py --serve)
# Both editions: Indonesian in build/handouts/ and build/slides/, English in their en/ folders.
handouts: $(VENV)/.installed-test
	$(BIN)/python -m tools.handouts

slides: setup-test
	$(BIN)/python -m tools.slides

# As root (containers, some lab machines) JupyterLab refuses to start without --allow-root.
ROOT_FLAG := $(if $(filter 0,$(shell id -u 2>/dev/null)),--allow-root,)

lab: setup
	$(BIN)/jupyter lab $(ROOT_FLAG) --ServerApp.root_dir=. $(FIRST)

# The English edition with an English interface: user settings of its own (a copy under
# build/, so choices made in that session stay out of the repository) that pick English,
# which beats the course's Indonesian default (jupyter-settings/README.md).
LAB_EN_SETTINGS := build/lab-en/settings
lab-en: setup
	mkdir -p $(LAB_EN_SETTINGS) && cp -rn jupyter-settings/english/. $(LAB_EN_SETTINGS)/
	JUPYTERLAB_SETTINGS_DIR=$(LAB_EN_SETTINGS) $(BIN)/jupyter lab $(ROOT_FLAG) --ServerApp.root_dir=. $(FIRST_EN)

# The explorers as an app (Voila, no code shown), starting at the index of the lessons
# (tools/app.py: the template without CDN stylesheets, the options; the browser test uses it).
app: setup
	$(BIN)/python -m tools.app $(VOILA_ARGS)

# Offline tests: conftest.py makes every test process refuse non-loopback connections
# (tests/offline/). As root, where a network namespace can be made, the tests also run in
# one that has only the loopback interface (unshare -n; needs util-linux and iproute2).
NETNS_OK := $(shell [ "$$(id -u 2>/dev/null)" = 0 ] && unshare -n sh -c 'ip link set lo up' >/dev/null 2>&1 && echo yes)
OFFLINE  := $(if $(NETNS_OK),unshare -n sh -c 'ip link set lo up && exec "$$0" "$$@"',)

# Everything: unit, data, notebook hygiene and content, nbval (strict) and the browser test
# (skipped with one clear reason when Chromium is missing; in CI it must run).
test: setup-test setup-lite
	$(OFFLINE) $(BIN)/python -m pytest $(PARALLEL)

# Everything except the browser test.
test-fast: setup-test
	$(OFFLINE) $(BIN)/python -m pytest $(PARALLEL) -m "not browser"

# Re-execute and normalise every notebook, then regenerate navigation and README's table.
notebooks: setup
	$(BIN)/python -m tools.notebooks
	$(BIN)/python -m tools.navigation

nav: setup
	$(BIN)/python -m tools.navigation

bench: setup-test site
	$(BIN)/python -m tools.benchmark

# Regenerate the pinned files from requirements*.in in a scratch venv: requirements.txt is the
# learner environment (learners, Binder, a school hub), requirements-test.txt adds the test tools.
lock:
	rm -rf build/lock && $(PYTHON) -m venv build/lock
	build/lock/bin/python -m pip install --quiet --upgrade pip
	build/lock/bin/python -m pip install --quiet -r requirements.in
	{ echo "# The learner environment, pinned: what learners, Binder and a school hub install, no test"; \
	  echo "# tool (generated from requirements.in by \`make lock\`; edit requirements.in, not this file)."; \
	  echo "# Python 3.11. The test tools are in requirements-test.txt."; \
	  echo "# The course package itself is not listed: \`make setup\` installs it (pip install -e .),"; \
	  echo "# Binder's .binder/postBuild and a hub admin install it from the repository (README)."; \
	  build/lock/bin/python -m pip freeze --exclude-editable; } > requirements.txt
	cp requirements.txt .binder/requirements.txt
	build/lock/bin/python -m pip freeze --exclude-editable | sort > build/lock/main.txt
	build/lock/bin/python -m pip install --quiet -r requirements-test.in -c requirements.txt
	{ build/lock/bin/python -m pip freeze --exclude-editable; \
	  build/lock/bin/python -m pip freeze --all | grep -i '^setuptools=='; } | sort > build/lock/all.txt
	{ echo "# Test and maintainer tools, pinned, on top of the learner environment (generated from"; \
	  echo "# requirements-test.in by \`make lock\`; the learner pins hold: -c requirements.txt)."; \
	  echo "-r requirements.txt"; comm -13 build/lock/main.txt build/lock/all.txt; } > requirements-test.txt

# ---- the in-browser edition (JupyterLite + Pyodide; docs/id/pengelola.md "Edisi di peramban") ----
# Build tools in their own venv (requirements-lite.txt) and the pinned pure-Python wheels the
# site adds to Pyodide (lite/requirements-pyodide.txt, hashes checked): network only here.
LITE_VENV := .venv-lite
LITE_BIN  := $(LITE_VENV)/bin
# Pyodide 0.27.7: a folder, a .tar.bz2 or the release URL; empty: ../shared/pyodide-0.27.7/dist
# beside the clone when present, else the official release (tools/build_lite.py)
PYODIDE ?=
PYODIDE_WHEEL_PLATFORM := --only-binary=:all: --platform pyodide_2024_0_wasm32 --python-version 3.12 \
	--implementation cp --abi cp312

$(LITE_VENV)/.installed: requirements-lite.txt lite/requirements-pyodide.txt lite/requirements-pyodide-source.txt
	$(PYTHON) -m venv $(LITE_VENV)
	$(LITE_BIN)/python -m pip install --quiet -r requirements-lite.txt
	rm -rf $(LITE_VENV)/pyodide-wheels $(LITE_VENV)/pyodide-sources
	$(LITE_BIN)/python -m pip download --quiet --no-deps --require-hashes $(PYODIDE_WHEEL_PLATFORM) \
		-r lite/requirements-pyodide.txt -d $(LITE_VENV)/pyodide-wheels
	$(LITE_BIN)/python -m pip download --quiet --no-deps --require-hashes --no-binary=:all: --no-build-isolation \
		-r lite/requirements-pyodide-source.txt -d $(LITE_VENV)/pyodide-sources
	PYYAML_FORCE_LIBYAML=0 $(LITE_BIN)/python -m pip wheel --quiet --no-deps --no-build-isolation --no-index \
		-w $(LITE_VENV)/pyodide-wheels $(LITE_VENV)/pyodide-sources/*
	touch $@

setup-lite: $(LITE_VENV)/.installed

# the site in build/lite/site/ and the same as one zip, build/lite/kss-lite.zip
lite: setup-lite
	$(LITE_BIN)/python -m tools.build_lite $(if $(PYODIDE),--pyodide "$(PYODIDE)") --zip build/lite/kss-lite.zip

# serve it to the class: http://<this computer's address>:8000/ (the teachers' page, docs/id/guru.md)
serve-lite:
	$(PYTHON) -m http.server 8000 --directory build/lite/site

# ---- the course website and the release (tools/site.py, tools/release.py) ----
# make site      build/site/: lesson pages (both editions), pages for teachers, downloads (the kit
#                above, sizes measured), the in-browser edition in lite/; offline after setup
# make release   dist/: the site, the zips of the PDFs, slides, in-browser edition and notebooks,
#                SHA256SUMS (.github/workflows/release.yml publishes them on a tag)
site: setup-test handouts slides lite
	$(BIN)/python -m tools.site

release: site
	$(BIN)/python -m tools.release

clean:
	rm -rf $(VENV) $(LITE_VENV) build artifacts dist

# Every quiz for Quizizz/Wayground and Kahoot (their spreadsheet imports) and Moodle (GIFT), and a
# printable A4 question sheet with a separate key, both editions, offline: build/quiz-export/
# (tools/quiz_export.py; an item over a platform limit is named in build/quiz-export/report.txt).
.PHONY: quiz-export
quiz-export: $(VENV)/.installed-test
	$(BIN)/python -m tools.quiz_export

# Mutation testing (not in CI): mutmut, configured in pyproject.toml [tool.mutmut]; scores and how
# they were measured in docs/en/maintainers.md ("Mutation testing"). One module at a time, at the
# lowest priority; each mutant runs the unit tests that reach the mutated function. A full run
# takes hours on 2 busy cores: MUTANTS samples, e.g. MUTANTS='*mutmut_*0' (1 mutant in 10).
#   make mutation                  data, quiz, timeline and project (kss/<name>.py)
#   make mutation MUTATE=quiz      one of them
# Results stay in mutants/ (git-ignored): `.venv/bin/mutmut results`, `mutmut show NAME`.
MUTATE ?= data quiz timeline project
MUTANTS ?= *
.PHONY: mutation
mutation: $(VENV)/.installed-test
	for m in $(MUTATE); do nice -n 19 $(BIN)/mutmut run --max-children 2 "kss.$$m.$(MUTANTS)" || exit 1; done
	for m in $(MUTATE); do $(BIN)/mutmut results --all true | grep "kss\.$$m\." | \
	  awk -v m=$$m '/not checked$$/ {next} {n++; if ($$NF == "killed" || $$NF == "timeout") k++} \
	  END {printf "kss/%s.py: %d of %d mutants tested killed (%.1f %%)\n", m, k, n, n ? 100 * k / n : 0}'; done
