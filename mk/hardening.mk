# hardening.mk — hostile input: sanitizers, valgrind, fuzzing, coverage.
# Included by the Makefile.  Every build here lives in its own folder under
# $(BUILD)/ so that it never mixes objects with the normal build.
#
#   make asan          build/asan/claimcheck, build/asan/unit/run (ASan + UBSan)
#   make check-asan    the whole test suite (tests/check.sh) on the sanitizer build
#   make leakcheck     the command-line tests under valgrind memcheck
#   make hostile       the hostile corpus and the fuzz regressions, normal + sanitizer build
#   make fuzz          every libFuzzer harness for FUZZ_SECONDS (clang)
#   make coverage      line and branch coverage of src/ (gcc --coverage, gcovr)

.PHONY: asan check-asan leakcheck hostile fuzz fuzz-build coverage replay

# ------------------------------------------------------------------ #
# AddressSanitizer + UndefinedBehaviorSanitizer                       #
# ------------------------------------------------------------------ #

ASAN_DIR   := $(BUILD)/asan
SAN_FLAGS  := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all
ASAN_CFLAGS = $(CFLAGS) -O1 $(SAN_FLAGS)
ASAN_LIB_OBJ := $(LIB_SRC:src/%.c=$(ASAN_DIR)/obj/%.o)
ASAN_CLI_OBJ := $(CLI_SRC:src/%.c=$(ASAN_DIR)/obj/%.o)
ASAN_LIB   := $(ASAN_DIR)/libclaimcheck.a
ASAN_BIN   := $(ASAN_DIR)/claimcheck
ASAN_UNIT  := $(ASAN_DIR)/unit/run
ASAN_CONF  := $(ASAN_DIR)/conformance/numbers
ASAN_ENV   := ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

HDRS := include/claimcheck.h $(wildcard src/*.h src/*.inc)

$(ASAN_DIR)/obj/%.o: src/%.c $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ASAN_CFLAGS) -Isrc -c -o $@ $<

$(ASAN_LIB): $(ASAN_LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(ASAN_BIN): $(ASAN_CLI_OBJ) $(ASAN_LIB)
	$(CC) $(ASAN_CFLAGS) $(LDFLAGS) -o $@ $(ASAN_CLI_OBJ) $(ASAN_LIB) $(LDLIBS)

$(ASAN_DIR)/unit/%.o: tests/unit/%.c $(HDRS) $(BUILD)/unit/suites.h tests/unit/unit.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ASAN_CFLAGS) -Isrc -I$(BUILD)/unit -Itests/unit $(shell $(PKG_CONFIG) --cflags check 2>/dev/null) -c -o $@ $<

$(ASAN_UNIT): $(UNIT_SRC:tests/unit/%.c=$(ASAN_DIR)/unit/%.o) $(ASAN_LIB)
	$(CC) $(ASAN_CFLAGS) -o $@ $(filter %.o,$^) $(ASAN_LIB) $(CHECK_LIBS) $(LDLIBS)

# Every tests/conformance/NAME.c (numbers, extract) is a program of its own.
CONF_NAMES := $(basename $(notdir $(wildcard tests/conformance/*.c)))

$(ASAN_DIR)/conformance/%: tests/conformance/%.c tests/conformance/recognizers.h $(HDRS) $(ASAN_LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ASAN_CFLAGS) -Isrc -o $@ $< $(ASAN_LIB) $(LDLIBS)

asan: $(ASAN_BIN) $(ASAN_UNIT) $(CONF_NAMES:%=$(ASAN_DIR)/conformance/%) $(ASAN_DIR)/replay.stamp

# Check forks each test; a forked child that exits runs LeakSanitizer too,
# which is what we want.  tests/check.sh writes its logs into BUILD.
check-asan: asan
	@$(ASAN_ENV) CLAIMCHECK=$(ASAN_BIN) UNIT=$(ASAN_UNIT) CONF=$(ASAN_CONF) CONF_EXTRACT=$(ASAN_DIR)/conformance/extract BUILD=$(ASAN_DIR) sh tests/check.sh

# ------------------------------------------------------------------ #
# Fuzz regressions, replayed without libFuzzer                        #
# ------------------------------------------------------------------ #

# Each harness also links with tests/fuzz/replay.c (a main that feeds it
# files), once against the normal library and once against the sanitizer
# one.  fuzz_check refers to the renderers of formats still being written
# weakly; a weak reference does not pull an archive member, so -u names
# those that src/render_*.c defines.
comma      := ,
FUZZ_NAMES := $(sort $(basename $(notdir $(wildcard tests/fuzz/fuzz_*.c))))
FUZZ_HDRS  := tests/fuzz/fuzz.h $(HDRS)
FUZZ_UNDEF := $(patsubst %,-Wl$(comma)-u$(comma)%,$(sort $(shell grep -ho '^void cc_render_[a-z0-9_]*' src/render_*.c 2>/dev/null | cut -c6-)))
REPLAY_BINS      := $(FUZZ_NAMES:%=$(BUILD)/replay/%)
ASAN_REPLAY_BINS := $(FUZZ_NAMES:%=$(ASAN_DIR)/replay/%)

$(BUILD)/replay/%: tests/fuzz/%.c tests/fuzz/replay.c $(FUZZ_HDRS) $(LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -Isrc -Itests/fuzz -o $@ $< tests/fuzz/replay.c $(FUZZ_UNDEF) $(LIB) $(LDLIBS)

$(ASAN_DIR)/replay/%: tests/fuzz/%.c tests/fuzz/replay.c $(FUZZ_HDRS) $(ASAN_LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(ASAN_CFLAGS) -Isrc -Itests/fuzz -o $@ $< tests/fuzz/replay.c $(FUZZ_UNDEF) $(ASAN_LIB) $(LDLIBS)

$(BUILD)/replay.stamp: $(REPLAY_BINS)
	@touch $@
$(ASAN_DIR)/replay.stamp: $(ASAN_REPLAY_BINS)
	@mkdir -p $(@D) && touch $@

replay: $(BUILD)/replay.stamp

# `make check` runs tests/hostile/run.sh through tests/check.sh; it needs the
# replay programs of the build it tests.
check: $(BUILD)/replay.stamp

hostile: $(BIN) $(BUILD)/replay.stamp asan
	@CLAIMCHECK=$(BIN) BUILD=$(BUILD) sh tests/hostile/run.sh
	@$(ASAN_ENV) CLAIMCHECK=$(ASAN_BIN) BUILD=$(ASAN_DIR) HOSTILE_DIR=$(BUILD)/hostile sh tests/hostile/run.sh

# ------------------------------------------------------------------ #
# valgrind memcheck                                                    #
# ------------------------------------------------------------------ #

VALGRIND   ?= valgrind
VG_WRAPPER := $(BUILD)/leakcheck/claimcheck

$(VG_WRAPPER): $(BIN) mk/hardening.mk
	@mkdir -p $(@D)
	@printf '#!/bin/sh\nexec %s -q --error-exitcode=3 --leak-check=full --errors-for-leak-kinds=definite,indirect --track-fds=no "%s" "$$@"\n' \
	  '$(VALGRIND)' '$(abspath $(BIN))' > $@.tmp && chmod +x $@.tmp && mv $@.tmp $@

leakcheck: $(VG_WRAPPER) $(BUILD)/replay.stamp
	@command -v $(VALGRIND) >/dev/null || { echo "leakcheck: $(VALGRIND) not found: apt-get install valgrind" >&2; exit 2; }
	@mkdir -p $(BUILD)/leakcheck
	@status=0; for suite in tests/cli/run.sh tests/ledgers/run.sh tests/gate/run.sh tests/report/run.sh; do \
	  [ -f $$suite ] || continue; \
	  echo "== leakcheck: $$suite"; \
	  CLAIMCHECK=$(VG_WRAPPER) BUILD=$(BUILD)/leakcheck sh $$suite || status=1; \
	done; \
	echo "== leakcheck: hostile (small cases)"; \
	CLAIMCHECK=$(VG_WRAPPER) BUILD=$(BUILD)/leakcheck HOSTILE_DIR=$(BUILD)/hostile HOSTILE_SMALL=1 REPLAY_DIR=$(BUILD)/replay REPLAY_WRAP="$(VALGRIND) -q --error-exitcode=3 --leak-check=full --errors-for-leak-kinds=definite,indirect" sh tests/hostile/run.sh || status=1; \
	exit $$status

# ------------------------------------------------------------------ #
# libFuzzer (clang)                                                    #
# ------------------------------------------------------------------ #

FUZZ_CC      ?= clang
FUZZ_DIR     := $(BUILD)/fuzz
FUZZ_SECONDS ?= 60
FUZZ_FLAGS   ?=
FUZZ_CFLAGS   = -g -O1 -std=c11 $(WARN) $(shell $(PKG_CONFIG) --cflags libcjson 2>/dev/null) -fno-omit-frame-pointer
FUZZ_LIB_OBJ := $(LIB_SRC:src/%.c=$(FUZZ_DIR)/obj/%.o)
FUZZ_LIB     := $(FUZZ_DIR)/libclaimcheck.a
FUZZ_BINS    := $(FUZZ_NAMES:%=$(FUZZ_DIR)/%)

$(FUZZ_DIR)/obj/%.o: src/%.c $(HDRS)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link,address,undefined -Isrc -c -o $@ $<

$(FUZZ_LIB): $(FUZZ_LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c $(FUZZ_HDRS) $(FUZZ_LIB)
	$(FUZZ_CC) $(CPPFLAGS) $(FUZZ_CFLAGS) -fsanitize=fuzzer,address,undefined -Isrc -Itests/fuzz -o $@ $< $(FUZZ_UNDEF) $(FUZZ_LIB) $(LDLIBS)

fuzz-build: $(FUZZ_BINS)

# The seed corpus is copied, so that what a run adds stays in build/.
# A harness that finds a crash leaves it in $(FUZZ_DIR)/artifacts/NAME/;
# copy it to tests/fuzz/regressions/NAME/ once the bug is fixed.
fuzz: fuzz-build
	@status=0; for h in $(FUZZ_NAMES); do \
	  mkdir -p $(FUZZ_DIR)/corpus/$$h $(FUZZ_DIR)/artifacts/$$h; \
	  if [ -d tests/fuzz/corpus/$$h ]; then cp -R tests/fuzz/corpus/$$h/. $(FUZZ_DIR)/corpus/$$h/; fi; \
	  dict=; [ -f tests/fuzz/$$h.dict ] && dict=-dict=tests/fuzz/$$h.dict; \
	  regr=; [ -d tests/fuzz/regressions/$$h ] && regr=tests/fuzz/regressions/$$h; \
	  echo "== fuzz: $$h for $(FUZZ_SECONDS) s (log: $(FUZZ_DIR)/$$h.log)"; \
	  ASAN_OPTIONS=detect_leaks=1 $(FUZZ_DIR)/$$h -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 \
	    -timeout=10 -rss_limit_mb=2048 $$dict -artifact_prefix=$(FUZZ_DIR)/artifacts/$$h/ $(FUZZ_FLAGS) \
	    $(FUZZ_DIR)/corpus/$$h $$regr > $(FUZZ_DIR)/$$h.log 2>&1 || { status=1; echo "fuzz: $$h FAILED: see $(FUZZ_DIR)/$$h.log"; }; \
	  grep -E 'stat::number_of_executed_(runs|units)|stat::peak_rss_mb' $(FUZZ_DIR)/$$h.log | sed "s/^/  $$h: /"; \
	done; exit $$status

# ------------------------------------------------------------------ #
# Coverage (gcc --coverage, gcovr: Debian package gcovr)               #
# ------------------------------------------------------------------ #

COV_DIR     := $(BUILD)/cov
COV_CFLAGS   = $(CFLAGS) -O0 --coverage
COV_LIB_OBJ := $(LIB_SRC:src/%.c=$(COV_DIR)/obj/%.o)
COV_CLI_OBJ := $(CLI_SRC:src/%.c=$(COV_DIR)/obj/%.o)
COV_LIB     := $(COV_DIR)/libclaimcheck.a
COV_BIN     := $(COV_DIR)/claimcheck
COV_UNIT    := $(COV_DIR)/unit/run
COV_CONF    := $(COV_DIR)/conformance/numbers
COV_REPLAY  := $(FUZZ_NAMES:%=$(COV_DIR)/replay/%)

$(COV_DIR)/obj/%.o: src/%.c $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(COV_CFLAGS) -Isrc -c -o $@ $<

$(COV_LIB): $(COV_LIB_OBJ)
	@rm -f $@
	$(AR) rcs $@ $^

$(COV_BIN): $(COV_CLI_OBJ) $(COV_LIB)
	$(CC) $(COV_CFLAGS) -o $@ $(COV_CLI_OBJ) $(COV_LIB) $(LDLIBS)

$(COV_DIR)/unit/%.o: tests/unit/%.c $(HDRS) $(BUILD)/unit/suites.h tests/unit/unit.h
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -Isrc -I$(BUILD)/unit -Itests/unit $(shell $(PKG_CONFIG) --cflags check 2>/dev/null) -c -o $@ $<

$(COV_UNIT): $(UNIT_SRC:tests/unit/%.c=$(COV_DIR)/unit/%.o) $(COV_LIB)
	$(CC) $(COV_CFLAGS) -o $@ $(filter %.o,$^) $(COV_LIB) $(CHECK_LIBS) $(LDLIBS)

$(COV_DIR)/conformance/%: tests/conformance/%.c tests/conformance/recognizers.h $(HDRS) $(COV_LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -Isrc -o $@ $< $(COV_LIB) $(LDLIBS) --coverage

$(COV_DIR)/replay/%: tests/fuzz/%.c tests/fuzz/replay.c $(FUZZ_HDRS) $(COV_LIB)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) -Isrc -Itests/fuzz -o $@ $< tests/fuzz/replay.c $(FUZZ_UNDEF) $(COV_LIB) $(LDLIBS) --coverage

$(COV_DIR)/replay.stamp: $(COV_REPLAY)
	@touch $@

# The test suite, the hostile corpus, and every fuzz input we keep (seed
# corpora, regressions, and the grown corpus in build/fuzz/corpus if a
# `make fuzz` left one) all count.
coverage: $(COV_BIN) $(COV_UNIT) $(CONF_NAMES:%=$(COV_DIR)/conformance/%) $(COV_DIR)/replay.stamp
	@command -v gcovr >/dev/null || { echo "coverage: gcovr not found: apt-get install gcovr" >&2; exit 2; }
	@find $(COV_DIR) -name '*.gcda' -delete
	-@CLAIMCHECK=$(COV_BIN) UNIT=$(COV_UNIT) CONF=$(COV_CONF) CONF_EXTRACT=$(COV_DIR)/conformance/extract BUILD=$(COV_DIR) sh tests/check.sh > $(COV_DIR)/check.log 2>&1
	-@CLAIMCHECK=$(COV_BIN) BUILD=$(COV_DIR) HOSTILE_DIR=$(BUILD)/hostile sh tests/hostile/run.sh > $(COV_DIR)/hostile.log 2>&1
	-@for h in $(FUZZ_NAMES); do \
	  for d in tests/fuzz/corpus/$$h tests/fuzz/regressions/$$h $(FUZZ_DIR)/corpus/$$h; do \
	    [ -d $$d ] && find $$d -type f -print0 | xargs -0 -r $(COV_DIR)/replay/$$h >/dev/null 2>&1; \
	  done; \
	done; true
	@tail -n 1 $(COV_DIR)/check.log; tail -n 1 $(COV_DIR)/hostile.log
	@gcovr --root . --filter 'src/' --object-directory $(COV_DIR)/obj $(COV_DIR)/obj \
	  --txt $(COV_DIR)/coverage.txt --html-details $(COV_DIR)/coverage.html --print-summary
	@echo "coverage: per file in $(COV_DIR)/coverage.txt, annotated source in $(COV_DIR)/coverage.html"
