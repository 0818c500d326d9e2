package knowledge

import (
	"go/importer"
	"go/types"
	"maps"
	"slices"
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

// TestTablesNameDescribedModules: every package that a table names
// outside the standard library lies in a module the tables describe, and
// no override names one.
func TestTablesNameDescribedModules(t *testing.T) {
	for table, keys := range tableKeys() {
		for _, k := range keys {
			pkg, _, _, ok := parseKey(k)
			if !ok {
				t.Errorf("%s: %q is not a key as Key writes one", table, k)
				continue
			}
			first, _, _ := strings.Cut(pkg, "/")
			if table == "telemetry" && strings.HasPrefix(pkg, "go.opentelemetry.io/") {
				// The OpenTelemetry modules are not described:
				// fnlint derives their code (funcmodel's
				// Model.Summarized), and telemetry only marks which
				// of their calls buffer and flush. Describing them
				// would stop that derivation.
				continue
			}
			if strings.Contains(first, ".") && !DescribesModule(pkg) {
				t.Errorf("%s names %s, which no described module holds: add its module to describedModules", table, pkg)
			}
		}
	}
	for _, pkg := range []string{CloudEventsPkg, LambdaEvents} {
		if !DescribesModule(pkg) {
			t.Errorf("%s is in no described module", pkg)
		}
	}
	for k := range streamingBodies {
		if !DescribesModule(k[:strings.LastIndex(k, ".")]) {
			t.Errorf("streamingBodies names %s, in no described module", k)
		}
	}
	for _, k := range slices.Concat(keysOf(clientGivers), keysOf(contextValueReaderOverrides)) {
		if pkg, _, _, _ := parseKey(k); DescribesModule(pkg) {
			t.Errorf("override table names %s, a package of a module the tables describe", pkg)
		}
	}
}

// TestStdlibKeys: every entry of the standard library names a function
// or method that exists, written exactly as Key writes it (its receiver
// a pointer when the method is declared on one).
func TestStdlibKeys(t *testing.T) {
	imp := importer.Default()
	for table, keys := range tableKeys() {
		for _, k := range keys {
			pkgPath, typ, name, ok := parseKey(k)
			first, _, _ := strings.Cut(pkgPath, "/")
			if !ok || strings.Contains(first, ".") {
				continue
			}
			pkg, err := imp.Import(pkgPath)
			if err != nil {
				t.Errorf("%s: %s: %v", table, k, err)
				continue
			}
			var obj types.Object
			if typ == "" {
				obj = pkg.Scope().Lookup(name)
			} else if tn := pkg.Scope().Lookup(typ); tn != nil {
				recv := tn.Type()
				if !types.IsInterface(recv) {
					recv = types.NewPointer(recv)
				}
				obj, _, _ = types.LookupFieldOrMethod(recv, true, pkg, name)
			}
			fn, ok := obj.(*types.Func)
			if !ok {
				t.Errorf("%s: %s names no function of %s", table, k, pkgPath)
				continue
			}
			if got := Key(fn); got != k {
				t.Errorf("%s: entry %s is keyed %s", table, k, got)
			}
		}
	}
}

// parseKey splits a key as Key writes it into the package path, the
// receiver's type name ("" for a function) and the function's name.
func parseKey(k string) (pkg, typ, name string, ok bool) {
	if rest, ok := strings.CutPrefix(k, "("); ok {
		recv, name, ok := strings.Cut(strings.TrimPrefix(rest, "*"), ").")
		dot := strings.LastIndex(recv, ".")
		if !ok || dot <= strings.LastIndex(recv, "/") || strings.ContainsAny(name, ".()*") {
			return "", "", "", false
		}
		return recv[:dot], recv[dot+1:], name, true
	}
	dot := strings.LastIndex(k, ".")
	if dot <= strings.LastIndex(k, "/") || strings.ContainsAny(k, "()*") {
		return "", "", "", false
	}
	return k[:dot], "", k[dot+1:], true
}

// tableKeys returns the keys of each table keyed by Key, by table.
func tableKeys() map[string][]string {
	var fallbacks []string
	for _, v := range LegacyEnv {
		fallbacks = append(fallbacks, v.fallbackFuncs...)
	}
	return map[string][]string{
		"registrations":        keysOf(registrations),
		"noDeadline":           keysOf(noDeadline),
		"exits":                keysOf(exits),
		"neverReturn":          keysOf(neverReturn),
		"joins":                keysOf(joins),
		"spawners":             keysOf(spawners),
		"callbacks":            keysOf(callbacks),
		"async":                keysOf(async),
		"onceLike":             keysOf(onceLike),
		"routes":               keysOf(routes),
		"subRouters":           keysOf(subRouters),
		"middleware":           keysOf(middleware),
		"configLoaders":        keysOf(configLoaders),
		"clientPassThrough":    keysOf(clientPassThrough),
		"handlerWrappers":      keysOf(handlerWrappers),
		"adapters":             keysOf(adapters),
		"lambdaHTTPWrappers":   keysOf(lambdaHTTPWrappers),
		"logCalls":             keysOf(logCalls),
		"clientConstructors":   keysOf(clientConstructors),
		"heavy":                keysOf(heavy),
		"lazyConstructors":     keysOf(lazyConstructors),
		"writerUses":           keysOf(writerUses),
		"responders":           keysOf(responders),
		"fileOps":              keysOf(fileOps),
		"removes":              keysOf(removes),
		"pathJoins":            keysOf(pathJoins),
		"pathDirs":             keysOf(pathDirs),
		"tempDirFuncs":         keysOf(tempDirFuncs),
		"dials":                keysOf(dials),
		"poolCopies":           keysOf(poolCopies),
		"contextRoots":         keysOf(contextRoots),
		"contextDerivations":   keysOf(contextDerivations),
		"contextDetachers":     keysOf(contextDetachers),
		"contextDones":         keysOf(contextDones),
		"cancelers":            keysOf(cancelers),
		"requestContexts":      keysOf(requestContexts),
		"contextValueReaders":  keysOf(contextValueReaders),
		"envReads":             keysOf(envReads),
		"legacy env fallbacks": fallbacks,
		"lockOps":              keysOf(lockOps),
		"onceDos":              keysOf(onceDos),
		"errorConstructors":    keysOf(errorConstructors),
		"processSetters":       keysOf(processSetters),
		"flagParses":           keysOf(flagParses),
		"flagSetConstructors":  keysOf(flagSetConstructors),
		"timerFuncs":           keysOf(timerFuncs),
		"hostPortJoins":        keysOf(hostPortJoins),
		"sprintfs":             keysOf(sprintfs),
		"pipes":                keysOf(pipes),
		"telemetry":            keysOf(telemetry),
		"objectCalls":          keysOf(objectCalls),
	}
}

func keysOf[V any](table map[string]V) []string {
	return slices.Collect(maps.Keys(table))
}
