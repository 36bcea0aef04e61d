# ladder: build and install a release.
#
#   make install PREFIX=~/.local    # or /usr/local (the default), with sudo
#   make uninstall PREFIX=...
#
# The binary is self-contained (the Swift runtime is linked in statically and
# the themes and notes are built into it); it needs only the system's
# ncurses. Installed: PREFIX/bin/ladder, the manual page, and completions
# for bash, zsh and fish.

PREFIX ?= /usr/local
DESTDIR ?=
BIN = $(DESTDIR)$(PREFIX)/bin
MAN = $(DESTDIR)$(PREFIX)/share/man/man1
BASH = $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSH = $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISH = $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
RELEASE = .build/release/ladder

.PHONY: build install uninstall test

build:
	swift build -c release --static-swift-stdlib --product ladder

install: build
	install -d "$(BIN)" "$(MAN)" "$(BASH)" "$(ZSH)" "$(FISH)"
	install -s -m 755 "$(RELEASE)" "$(BIN)/ladder"
	"$(RELEASE)" manual > "$(MAN)/ladder.1"
	"$(RELEASE)" completions bash > "$(BASH)/ladder"
	"$(RELEASE)" completions zsh > "$(ZSH)/_ladder"
	"$(RELEASE)" completions fish > "$(FISH)/ladder.fish"
	@echo "installed $(BIN)/ladder ($$("$(BIN)/ladder" --version))"

uninstall:
	rm -f "$(BIN)/ladder" "$(MAN)/ladder.1" "$(BASH)/ladder" "$(ZSH)/_ladder" "$(FISH)/ladder.fish"

test:
	swift test
