// Package di is the module's dependency-injection container: it wires
// the repositories the handlers use.
package di

import (
	"context"

	"example.com/cb/held/repo"
)

// Getter is what a handler needs of a repository.
type Getter interface{ Get(name string) error }

// Deps holds the wired repositories.
type Deps struct{ Repo Getter }

// Build wires the repositories on the instance's context.
func Build() *Deps { return &Deps{Repo: repo.NewBuilt(context.Background())} }
