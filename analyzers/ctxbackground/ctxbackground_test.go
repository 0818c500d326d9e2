package ctxbackground_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/fnlint/fnlint/analyzers/ctxbackground"
	"github.com/fnlint/fnlint/internal/fixes/fixtest"
	"github.com/fnlint/fnlint/internal/relatedtest"
)

func TestCtxBackground(t *testing.T) {
	results := analysistest.RunWithSuggestedFixes(t, analysistest.TestData(), ctxbackground.Analyzer, "./...")
	fixtest.Goldens(t, results)
	// The other end of a chain is related information: where the
	// context without the deadline is given, in a helper of another
	// package or this one, or where the root is made; for a service of
	// another package wired in main, where main makes the context it
	// gives the constructor and where the service uses it.
	relatedtest.Check(t, results,
		// fns
		"fns.go:49 -> fns.go:23: context.Background() is made here", // the package-level variable bg
		"fns.go:57 -> fns.go:54: context.Background() is made here",
		"fns.go:71 -> store.go:16: context.Background() is given to (*storage.ObjectHandle).NewReader here", // store.Via, through store.Load
		"fns.go:74 -> store.go:35: context.Background() is given to (*storage.ObjectHandle).NewWriter here", // store.Detached
		"fns.go:150 -> fns.go:171: context.Background() is given to (*storage.ObjectHandle).NewWriter here", // fns.write, through fns.open
		"fns.go:179 -> fns.go:171: context.Background() is given to (*storage.ObjectHandle).NewWriter here",
		"fns.go:190 -> fns.go:188: context.Background() is made here",   // declared: a derivation declared with var
		"local.go:18 -> local.go:17: context.Background() is made here", // a helper that makes a client for its own use
		"local.go:19 -> local.go:52: context.Background() is given to (*storage.ObjectHandle).NewWriter here",
		// held/fn
		"main.go:34 -> main.go:65: context.Background() is made here",
		"main.go:36 -> main.go:31: context.Background() is made here",
		"main.go:40 -> main.go:68: context.Background() is made here",
		"main.go:46 -> repo.go:39: context.Background() is given to (*storage.ObjectHandle).NewReader here",
		"main.go:47 -> main.go:69: context.Background() is made here and given to the constructor -> repo.go:61: the context in ctx is given to (*storage.ObjectHandle).NewReader here",
		"main.go:48 -> main.go:69: context.Background() is made here and given to the constructor -> repo.go:61: the context in ctx is given to (*storage.ObjectHandle).NewReader here",
		"main.go:49 -> repo.go:39: context.Background() is given to (*storage.ObjectHandle).NewReader here",
		// lambdasdk: the helper notify
		"main.go:26 -> main.go:34: context.Background() is given to (*sqs.Client).SendMessage here",
		// held/wired: the services wired in main and init; a repository
		// of another package points at the constructor call that built
		// the receiver
		"main.go:79 -> main.go:30: context.Background() is given to (*storage.ObjectHandle).NewReader here",
		"main.go:80 -> main.go:30: context.Background() is given to (*storage.ObjectHandle).NewReader here",
		"main.go:82 -> main.go:140: context.Background() is made here and given to the constructor -> repo.go:61: the context in ctx is given to (*storage.ObjectHandle).NewReader here",
		"main.go:85 -> main.go:114: context.Background() is given to (*storage.ObjectHandle).NewReader here",
		"main.go:87 -> repo.go:139: context.Background() is given to (*storage.ObjectHandle).NewReader here", // repo.Load, through repo's package-level context
		"main.go:92 -> main.go:106: context.Background() is made here and given to the constructor -> repo.go:61: the context in ctx is given to (*storage.ObjectHandle).NewReader here",
		"main.go:94 -> main.go:93: context.Background() is made here and given to the constructor -> repo.go:61: the context in ctx is given to (*storage.ObjectHandle).NewReader here",
		"main.go:95 -> main.go:93: context.Background() is made here and given to the constructor -> repo.go:61: the context in ctx is given to (*storage.ObjectHandle).NewReader here",
	)
}
