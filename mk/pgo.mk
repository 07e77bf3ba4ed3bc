# pgo.mk — the training half of the profile-guided build (see PGO in the
# Makefile).  Included by the Makefile.
#
#   $(PGO_DIR)/obj/*.o     the sources compiled with counters
#   $(PGO_DIR)/claimcheck  linked from them
#   $(PGO_STAMP)           touched once mk/pgo-train.sh has run it: the
#                          counters are then in $(PGO_DIR)/obj/*.gcda
#
# The normal objects depend on the stamp, so a changed source is compiled
# with counters, trained and compiled again: a profile never lags its code.

ifeq ($(PGO),1)

PGO_OBJ := $(CLI_SRC:src/%.c=$(PGO_DIR)/obj/%.o) $(LIB_SRC:src/%.c=$(PGO_DIR)/obj/%.o)
PGO_GEN := -fprofile-generate -fprofile-update=single

$(PGO_DIR)/obj/%.o: src/%.c include/claimcheck.h $(wildcard src/*.h src/*.inc)
	@mkdir -p $(@D)
	$(CC) $(CPPFLAGS) $(CFLAGS) $(PGO_GEN) -Isrc -c -o $@ $<

$(PGO_DIR)/claimcheck: $(PGO_OBJ)
	$(CC) $(CFLAGS) $(PGO_GEN) $(LDFLAGS) -o $@ $(PGO_OBJ) $(LDLIBS)

$(PGO_STAMP): $(PGO_DIR)/claimcheck mk/pgo-train.sh tests/bench/gen.c
	@rm -f $(PGO_DIR)/obj/*.gcda
	sh mk/pgo-train.sh $(PGO_DIR)/claimcheck $(PGO_DIR)
	@touch $@

endif
