//go:build linux

package main

import (
	"fmt"

	"golang.org/x/tools/go/packages"
)

// floor loads the packages that patterns name as an analysis driver
// must at least: syntax and types from source for them, and their
// dependencies' types from export data. Tests are included, as fnlint
// includes them.
func floor(patterns []string) error {
	return loadFloor(patterns, packages.NeedName|packages.NeedFiles|packages.NeedCompiledGoFiles|packages.NeedImports|
		packages.NeedTypes|packages.NeedTypesSizes|packages.NeedSyntax|packages.NeedTypesInfo|packages.NeedModule)
}

// floorSource type-checks the packages that patterns name and all their
// dependencies from source, with syntax and full type information, as
// go/packages' LoadAllSyntax does: what an analysis driver that compiles
// nothing must at least do when it has no cache. Tests are included.
func floorSource(patterns []string) error {
	return loadFloor(patterns, packages.LoadAllSyntax|packages.NeedModule)
}

// loadFloor loads the packages that patterns name, tests included, in
// mode, and fails if any has errors.
func loadFloor(patterns []string, mode packages.LoadMode) error {
	pkgs, err := packages.Load(&packages.Config{Mode: mode, Tests: true}, patterns...)
	if err != nil {
		return err
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		return fmt.Errorf("%d errors loading %v", n, patterns)
	}
	return nil
}
