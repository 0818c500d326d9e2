package knowledge

import (
	"strings"
	"sync"
)

// DescribesModule reports whether the tables describe packages of the
// module with this path: whether a package that a table key names, or
// that an entry-point signature uses, is the module's root package or
// lies under it, or the module is a Cloud client library or a module of
// the AWS SDK for Go v2 (whose constructors IsClientConstructor knows by
// name). A package belongs to
// a module the tables describe when its module's path is one of these.
//
// The answer is derived from the tables themselves, so a module is
// described as soon as an entry names one of its packages. It errs
// towards describing: a module whose path is a prefix of a described
// package's path counts even when that package is in a nested module of
// its own.
func DescribesModule(path string) bool {
	if path == "" {
		return false
	}
	return strings.HasPrefix(path+"/", cloudClients) || strings.HasPrefix(path+"/", awsV2) || describedModules()[path]
}

// describedModules holds every candidate module path of the packages
// the tables name outside the standard library: each such package path
// and each of its prefixes at a slash.
var describedModules = sync.OnceValue(func() map[string]bool {
	mods := make(map[string]bool)
	for _, pkg := range append(packagesOf(tableKeys()), CloudEventsPkg) {
		first, _, _ := strings.Cut(pkg, "/")
		if !strings.Contains(first, ".") {
			continue // the standard library, which has no module
		}
		for i, r := range pkg {
			if r == '/' {
				mods[pkg[:i]] = true
			}
		}
		mods[pkg] = true
	}
	return mods
})

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

// tableKeys returns the keys of every table keyed by Key (a test checks
// that none is missing). Keys without a package, as NonWriting's method
// names, name no module.
func tableKeys() []string {
	var keys []string
	keys = appendKeys(keys, Registrations)
	keys = appendKeys(keys, Exits)
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
	return keys
}

func appendKeys[V any](keys []string, table map[string]V) []string {
	for k := range table {
		keys = append(keys, k)
	}
	return keys
}
