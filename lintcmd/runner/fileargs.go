package runner

import (
	"path/filepath"

	"golang.org/x/tools/go/packages"
)

// commandLineArguments is the path the go command gives the package of
// Go files named on its command line (fnlint fn.go).
const commandLineArguments = "command-line-arguments"

// setFileArgsModule gives the package of files named on the command
// line, to which go list gives no module, the module that holds their
// directory, as it is for the directory's own package: the files are
// the user's code (see locality), and the checks that read the module
// (its path, its go.mod) see the same module as for the package. In
// GOPATH mode, or outside any module, the package keeps no module.
func setFileArgsModule(cfg packages.Config, roots []*packages.Package) {
	var dir string
	for _, p := range roots {
		if p.PkgPath == commandLineArguments && p.Module == nil && len(p.GoFiles) > 0 {
			dir = filepath.Dir(p.GoFiles[0]) // the go command wants them in one directory
			break
		}
	}
	if dir == "" {
		return
	}
	cfg.Mode = packages.NeedName | packages.NeedModule
	cfg.Tests = false
	listed, err := packages.Load(&cfg, dir)
	if err != nil || len(listed) != 1 || listed[0].Module == nil {
		return // the files are then only judged as files
	}
	for _, p := range roots {
		if p.PkgPath == commandLineArguments && p.Module == nil {
			p.Module = listed[0].Module
		}
	}
}
