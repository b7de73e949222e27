# jobpost — build, run and test. `make run` opens the app on the database in
# your data directory; `make test` runs everything CI runs.

BINARY  := jobpost
VERSION := $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -X jobpost/ui/cli.Version=$(VERSION)
export CGO_ENABLED := 0

# staticcheck, at a pinned version, is installed into ./bin from the Go
# module proxy the first time `make lint` needs it.
STATICCHECK_VERSION := v0.8.2
STATICCHECK := $(CURDIR)/bin/staticcheck-$(STATICCHECK_VERSION)

.PHONY: all build run test test-short bench lint cross man fmt install deps clean

all: build

build:
	go build -trimpath -ldflags '$(LDFLAGS)' -o $(BINARY) .

run: build
	./$(BINARY)

# deps installs what the tests need and the machine lacks: tmux, for the
# end-to-end tests that drive the real binary, and an OpenSSH client, for
# the one that uses `jobpost serve` as a team would.
deps:
	@command -v tmux >/dev/null 2>&1 || ./.ci/install-tmux
	@command -v ssh >/dev/null 2>&1 || ./.ci/install-ssh

lint: $(STATICCHECK)
	@unformatted=$$(gofmt -l .); if [ -n "$$unformatted" ]; then \
		echo "gofmt would change:"; echo "$$unformatted"; exit 1; fi
	go vet ./...
	$(STATICCHECK) ./...

$(STATICCHECK):
	GOBIN=$(CURDIR)/bin go install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	mv $(CURDIR)/bin/staticcheck $@

# cross checks that jobpost still compiles for macOS and Windows.
cross:
	GOOS=darwin go build ./...
	GOOS=windows go build ./...

# The race detector needs cgo; everything else stays static.
test: deps lint cross
	CGO_ENABLED=1 go test -race -count=1 -timeout 8m ./...

test-short: lint
	go test -short -count=1 ./...

# bench runs the Go benchmarks, then the whole-process figures: imports of
# 10,000 to 100,000 postings, the file size with revisions (issue 14), and
# what the end-to-end test measures in tmux (start to first frame, peak
# memory with 10,000 drafts, the editor on 100,000).
bench: deps
	go test -run '^$$' -bench . -benchmem -timeout 20m ./...
	JOBPOST_FIGURES=1 go test -p 1 -count=1 -timeout 20m -run 'TestImportFigures|TestFileSizeFigure' -v ./ui/cli/ ./storage/ | grep -E 'figures_test|^(ok|FAIL)\b'
	JOBPOST_FIGURES=1 go test -count=1 -run 'TestEndToEndTmux/(StartToFirstFrame|PeakMemory10k|Editor100k)' -v . | grep -E 'first frame|peak RSS|100,000 drafts'


# man writes the manual page, made from the commands themselves.
man: build
	./$(BINARY) man > jobpost.1

fmt:
	gofmt -w .

install:
	go install -trimpath -ldflags '$(LDFLAGS)' .

clean:
	rm -f $(BINARY) jobpost.1
