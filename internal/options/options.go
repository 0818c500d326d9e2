// Package options reads an analyzer's options from the flags of the
// analyzer instance being run (pass.Analyzer.Flags), never from
// package-level variables: each instance of the suite, such as each
// golangci-lint plugin instance, has settings of its own.
package options

import (
	"flag"
	"fmt"

	"golang.org/x/tools/go/analysis"
)

// Get returns the value of the running analyzer's flag name. It panics
// when the analyzer declares no such flag, or its value is not a
// flag.Getter: both are programming errors.
func Get(pass *analysis.Pass, name string) any {
	f := pass.Analyzer.Flags.Lookup(name)
	if f == nil {
		panic(fmt.Sprintf("internal error: analyzer %s has no flag %q", pass.Analyzer.Name, name))
	}
	g, ok := f.Value.(flag.Getter)
	if !ok {
		panic(fmt.Sprintf("internal error: flag %s.%s is not a flag.Getter", pass.Analyzer.Name, name))
	}
	return g.Get()
}

// Bool returns the value of the running analyzer's boolean flag name.
func Bool(pass *analysis.Pass, name string) bool { return Get(pass, name).(bool) }
