# claimcheck — build, test, install.  `make help` lists the targets.

PREFIX    ?= /usr/local
BINDIR    ?= $(PREFIX)/bin
MANDIR    ?= $(PREFIX)/share/man
CC        ?= gcc
BUILD     ?= build
PKG_CONFIG ?= pkg-config

# Debian packages: what the tool links against, and what the tests use.
DEPS_RUN  := libcjson-dev libcsv-dev pkg-config
DEPS_TEST := check python3 python3-jsonschema cmark-gfm groff-base man-db git chromium fonts-liberation poppler-utils fonts-noto-cjk parallel time valgrind gcovr
DEPS      := $(DEPS_RUN) $(DEPS_TEST)

WARN      := -Wall -Wextra -pedantic -Wstrict-prototypes -Wshadow -Wno-unused-parameter
CPPFLAGS  += -Iinclude -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
CFLAGS    ?= -O3 -g
CFLAGS    += -std=c11 $(WARN) $(shell $(PKG_CONFIG) --cflags libcjson 2>/dev/null)
LDLIBS    += -lcjson -lcsv -lm

CLI_SRC   := src/main.c $(wildcard src/cmd_*.c)
LIB_SRC   := $(filter-out $(CLI_SRC),$(wildcard src/*.c))
LIB_OBJ   := $(LIB_SRC:src/%.c=$(BUILD)/obj/%.o)
CLI_OBJ   := $(CLI_SRC:src/%.c=$(BUILD)/obj/%.o)
LIB       := $(BUILD)/libclaimcheck.a
BIN       := $(BUILD)/claimcheck

UNIT_SRC  := $(wildcard tests/unit/*.c)
UNIT_OBJ  := $(UNIT_SRC:tests/unit/%.c=$(BUILD)/unit/%.o)
UNIT_BIN  := $(BUILD)/unit/run
CHECK_LIBS := $(shell $(PKG_CONFIG) --libs check 2>/dev/null || echo -lcheck -lsubunit -lrt -lpthread)

CONF_BIN  := $(BUILD)/conformance/numbers
CONF_EXTRACT := $(BUILD)/conformance/extract

.PHONY: all deps demo check unit conformance cli install uninstall clean help report-png bench

all: $(BIN)

help:
	@echo "make            build $(BIN) (profile-guided with gcc; PGO=0 skips the training run)"
	@echo "make deps       install the missing Debian packages ($(DEPS))"
	@echo "make demo       deps + build + run the main job on the shipped ledger"
	@echo "make check      deps + build + every test (unit, spec, conformance, command line)"
	@echo "make install    install to PREFIX=$(PREFIX); make uninstall removes it"
	@echo "make bench      extract's speed and memory against iconv and Recognizers-Text"
	@echo "make report-png render page 1 of the seed ledger's report to docs/report-page1.png"
	@echo "make clean      remove $(BUILD)/"

deps:
	@missing=""; for p in $(DEPS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
	  echo "deps: installing$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null || exit 1; \
	else \
	  echo "deps: missing$$missing; run: sudo apt-get update && sudo apt-get install -y$$missing" >&2; exit 1; \
	fi

# Profile-guided optimisation (gcc): mk/pgo.mk compiles the sources once
# with counters into $(BUILD)/pgo/, runs that build over a training text
# (mk/pgo-train.sh), and the objects below are compiled again with what the
# counters saw: the same code, its hot paths laid out together and its
# branches ordered by how they went.  extract runs 5-10% faster (see
# tests/bench/RESULTS.md).  `make PGO=0` builds without it; with clang it
# is off.
ifndef PGO
PGO := $(shell $(CC) -v 2>&1 | grep -q '^gcc version' && echo 1 || echo 0)
endif
ifeq ($(PGO),1)
PGO_DIR   := $(BUILD)/pgo
PGO_STAMP := $(PGO_DIR)/trained
# -dumpbase: the counters of src/x.c are $(PGO_DIR)/obj/x.gcda
PGO_USE    = -fprofile-use -fprofile-partial-training -dumpbase $(PGO_DIR)/obj/$*
endif

$(BUILD)/obj/%.o: src/%.c include/claimcheck.h $(wildcard src/*.h src/*.inc) $(PGO_STAMP) | $(BUILD)/obj
	$(CC) $(CPPFLAGS) $(CFLAGS) $(PGO_USE) -Isrc -c -o $@ $<

$(LIB): $(LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(BIN): $(CLI_OBJ) $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(LIB) $(LDLIBS)

$(BUILD)/obj $(BUILD)/unit $(BUILD)/conformance:
	@mkdir -p $@

# Every `Suite *NAME_suite(void)` in tests/unit/ joins the one runner.
$(BUILD)/unit/suites.h: $(UNIT_SRC) | $(BUILD)/unit
	@sed -n 's/^Suite \*\([a-z0-9_]*_suite\)(void).*/SUITE(\1)/p' $(UNIT_SRC) > $@.tmp && mv $@.tmp $@

$(BUILD)/unit/%.o: tests/unit/%.c include/claimcheck.h $(wildcard src/*.h) $(BUILD)/unit/suites.h tests/unit/unit.h | $(BUILD)/unit
	$(CC) $(CPPFLAGS) $(CFLAGS) -Isrc -I$(BUILD)/unit -Itests/unit $(shell $(PKG_CONFIG) --cflags check 2>/dev/null) -c -o $@ $<

$(UNIT_BIN): $(UNIT_OBJ) $(LIB)
	$(CC) $(CFLAGS) -o $@ $(UNIT_OBJ) $(LIB) $(CHECK_LIBS) $(LDLIBS)

$(CONF_BIN): tests/conformance/numbers.c tests/conformance/recognizers.h $(LIB) | $(BUILD)/conformance
	$(CC) $(CPPFLAGS) $(CFLAGS) -Isrc -o $@ $< $(LIB) $(LDLIBS)

$(CONF_EXTRACT): tests/conformance/extract.c tests/conformance/recognizers.h src/extract.h $(LIB) | $(BUILD)/conformance
	$(CC) $(CPPFLAGS) $(CFLAGS) -Isrc -o $@ $< $(LIB) $(LDLIBS)

demo: deps $(BIN)
	@echo '$$ claimcheck parse ... (the figures of the seed article)'
	@./tests/demo.sh $(BIN)

unit: $(UNIT_BIN)
	@$(UNIT_BIN) | tee $(BUILD)/unit.log

conformance: $(CONF_BIN) $(BIN)
	@$(CONF_BIN) ../shared/conformance/recognizers-text | tee $(BUILD)/conformance.log

cli: $(BIN)
	@CLAIMCHECK=$(BIN) sh tests/cli/run.sh | tee $(BUILD)/cli.log

check: deps $(BIN) $(UNIT_BIN) $(CONF_BIN) $(CONF_EXTRACT)
	@CLAIMCHECK=$(BIN) UNIT=$(UNIT_BIN) CONF=$(CONF_BIN) CONF_EXTRACT=$(CONF_EXTRACT) BUILD=$(BUILD) sh tests/check.sh
	@echo "== the same suite under AddressSanitizer and UndefinedBehaviorSanitizer"
	@$(MAKE) --no-print-directory check-asan

# Speed and memory of extract against iconv and Recognizers-Text (needs npm).
bench: $(BIN)
	@CLAIMCHECK=$(BIN) BUILD=$(BUILD) PGO=$(PGO) sh tests/bench/run.sh

# The picture of a report page in README: rendered by Chromium, cut by pdftoppm.
report-png: $(BIN)
	@CLAIMCHECK=$(BIN) sh tests/report/pdf.sh --png docs/report-page1.png

install: $(BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/claimcheck
	install -m 644 docs/claimcheck.1 $(DESTDIR)$(MANDIR)/man1/claimcheck.1

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/claimcheck $(DESTDIR)$(MANDIR)/man1/claimcheck.1

clean:
	rm -rf $(BUILD)

# Further targets (sanitizers, fuzzing, coverage, bench, report pictures) live
# in mk/*.mk, one concern a file.
include $(wildcard mk/*.mk)
