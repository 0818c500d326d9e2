package knowledge

import (
	"strings"
	"testing"
)

func TestDescribesModule(t *testing.T) {
	for path, want := range map[string]bool{
		"github.com/GoogleCloudPlatform/functions-framework-go": true,  // Registrations
		"github.com/aws/aws-lambda-go":                          true,  // its lambda package
		"github.com/cloudevents/sdk-go/v2":                      true,  // the CloudEvent signature
		"cloud.google.com/go/storage":                           true,  // a Cloud client library
		"cloud.google.com/go":                                   true,  // the root of the Cloud clients
		"golang.org/x/sync":                                     true,  // errgroup
		"github.com/sirupsen/logrus":                            true,  // Exits
		"github.com/klauspost/compress":                         true,  // WriterUses
		"example.com/common":                                    false, // the user's
		"github.com/unrolled/render":                            false, // unknown to fnlint
		"github.com/aws/aws-lambda-go-extras":                   false, // a sibling of a described module
		"cloud.google.com/gopher":                               false,
		"log":                                                   false, // the standard library has no module
		"":                                                      false,
	} {
		if got := DescribesModule(path); got != want {
			t.Errorf("DescribesModule(%q) = %v, want %v", path, got, want)
		}
	}
}

// TestTablesNameDescribedModules: every package that a table keyed by
// Key names outside the standard library lies in a module the tables
// describe, and no override names one.
func TestTablesNameDescribedModules(t *testing.T) {
	for _, pkg := range append(packagesOf(tableKeys()), CloudEventsPkg) {
		first, _, _ := strings.Cut(pkg, "/")
		if strings.Contains(first, ".") && !DescribesModule(pkg) {
			t.Errorf("a table names %s, which no described module holds: add its module to describedModules", pkg)
		}
	}
	for _, pkg := range packagesOf(overrideKeys()) {
		if DescribesModule(pkg) {
			t.Errorf("override table names %s, a package of a module the tables describe", pkg)
		}
	}
}

// packagesOf returns the package paths of table keys ("pkg/path.Name",
// "pkg/path.Type.Name"): up to the first dot after the last slash. (No
// table names a package whose last path element has a dot.)
func packagesOf(keys []string) []string {
	pkgs := make([]string, 0, len(keys))
	for _, k := range keys {
		slash := strings.LastIndex(k, "/") + 1
		if dot := strings.Index(k[slash:], "."); dot >= 0 {
			pkgs = append(pkgs, k[:slash+dot])
		}
	}
	return pkgs
}

// tableKeys returns the keys of the tables keyed by Key.
func tableKeys() []string {
	var keys []string
	keys = appendKeys(keys, Registrations)
	keys = appendKeys(keys, exits)
	keys = appendKeys(keys, neverReturn)
	keys = appendKeys(keys, Joins)
	keys = appendKeys(keys, Spawners)
	keys = appendKeys(keys, Callbacks)
	keys = appendKeys(keys, Async)
	keys = appendKeys(keys, onceLike)
	keys = appendKeys(keys, Routes)
	keys = appendKeys(keys, SubRouters)
	keys = appendKeys(keys, Middleware)
	keys = appendKeys(keys, configLoaders)
	keys = appendKeys(keys, clientPassThrough)
	keys = appendKeys(keys, HandlerWrappers)
	keys = appendKeys(keys, Adapters)
	keys = appendKeys(keys, LambdaHTTPWrappers)
	keys = appendKeys(keys, StreamingBodies)
	keys = appendKeys(keys, AdapterMethods)
	keys = appendKeys(keys, BatchEvents)
	keys = appendKeys(keys, BatchResponses)
	keys = appendKeys(keys, LogCalls)
	keys = appendKeys(keys, clientConstructors)
	keys = appendKeys(keys, heavy)
	keys = appendKeys(keys, WriterUses)
	keys = appendKeys(keys, Responds)
	keys = appendKeys(keys, NonWriting)
	keys = appendKeys(keys, FileOps)
	keys = appendKeys(keys, Removes)
	keys = appendKeys(keys, PathJoins)
	keys = appendKeys(keys, Dials)
	keys = appendKeys(keys, ContextRoots)
	keys = appendKeys(keys, ContextDerivations)
	keys = appendKeys(keys, EnvReads)
	keys = appendKeys(keys, cancelers)
	keys = appendKeys(keys, requestContexts)
	keys = appendKeys(keys, lockOps)
	keys = appendKeys(keys, onceDos)
	keys = appendKeys(keys, errorConstructors)
	keys = appendKeys(keys, tempDirFuncs)
	return keys
}

func appendKeys[V any](keys []string, table map[string]V) []string {
	for k := range table {
		keys = append(keys, k)
	}
	return keys
}

// overrideKeys returns the keys of the tables of overrides.go.
func overrideKeys() []string {
	return appendKeys(nil, ClientGivers)
}
