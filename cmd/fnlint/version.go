package main

import "runtime/debug"

// version returns fnlint's module version and the VCS revision it
// was built from, as the build recorded them: "(devel)" and the commit
// for a build from a checkout (go install ./cmd/fnlint), the release
// for go install ...@vX.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "fnlint: no build information\n"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
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
	s := "fnlint " + v
	if rev != "" {
		s += " " + rev + modified
	}
	return s + " " + info.GoVersion + "\n"
}
