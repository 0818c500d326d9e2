package main

import (
	"fmt"
	"io"
	"runtime/debug"
)

// printVersion writes fnlint's module version and the VCS revision it
// was built from, as the build recorded them: "(devel)" and the commit
// for a build from a checkout (go install ./cmd/fnlint), the release
// for go install ...@vX.
func printVersion(w io.Writer) {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		fmt.Fprintln(w, "fnlint: no build information")
		return
	}
	version := info.Main.Version
	if version == "" {
		version = "(devel)"
	}
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			if s.Value == "true" {
				modified = " (modified)"
			}
		}
	}
	fmt.Fprintf(w, "fnlint %s", version)
	if rev != "" {
		fmt.Fprintf(w, " %s%s", rev, modified)
	}
	fmt.Fprintf(w, " %s\n", info.GoVersion)
}
