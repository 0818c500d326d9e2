package main

import "runtime/debug"

// version returns what fnlint version prints: "fnlint", toolVersion
// and the Go version it was built with.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "fnlint: no build information\n"
	}
	return "fnlint " + toolVersion() + " " + info.GoVersion + "\n"
}

// toolVersion returns fnlint's module version and the VCS revision it
// was built from, as the build recorded them: "(devel)" and the commit
// for a build from a checkout (go install ./cmd/fnlint), the release
// for go install ...@vX; "(devel)" alone when the build recorded
// nothing. The SARIF log names it as the tool's version.
func toolVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(devel)"
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
	if rev != "" {
		v += " " + rev + modified
	}
	return v
}
