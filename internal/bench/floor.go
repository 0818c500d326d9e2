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
	cfg := &packages.Config{
		Mode: packages.NeedName | packages.NeedFiles | packages.NeedCompiledGoFiles | packages.NeedImports |
			packages.NeedTypes | packages.NeedTypesSizes | packages.NeedSyntax | packages.NeedTypesInfo | packages.NeedModule,
		Tests: true,
	}
	pkgs, err := packages.Load(cfg, patterns...)
	if err != nil {
		return err
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		return fmt.Errorf("%d errors loading %v", n, patterns)
	}
	return nil
}
