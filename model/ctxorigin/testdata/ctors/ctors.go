// Package ctors keeps contexts in struct fields given by constructors.
package ctors

import (
	"context"
	"net/http"
)

// Repo's field is given the parameter of an exported constructor only.
type Repo struct{ ctx context.Context } // want "constructors NewRepo 0"

// NewRepo keeps ctx.
func NewRepo(ctx context.Context) *Repo { return &Repo{ctx: ctx} }

// Two's field is given by two constructors, one of which the package
// calls with a root.
type Two struct{ ctx context.Context } // want "constructors NewTwo 1, Background 0"

// NewTwo keeps ctx.
func NewTwo(name string, ctx context.Context) *Two { return &Two{ctx: ctx} }

// Background keeps ctx.
func Background(ctx context.Context) *Two { return &Two{ctx: ctx} }

var _ = Background(context.Background())

// local's constructor is unexported: its origin is known here.
type local struct{ ctx context.Context }

func newLocal(ctx context.Context) *local { return &local{ctx: ctx} }

var _ = newLocal(context.Background())

// Mixed's constructor is also given a request's context here.
type Mixed struct{ ctx context.Context }

// NewMixed keeps ctx.
func NewMixed(ctx context.Context) *Mixed { return &Mixed{ctx: ctx} }

// ForRequest builds one on the request's context.
func ForRequest(r *http.Request) *Mixed { return NewMixed(r.Context()) }

// Derived's constructor keeps a context derived from its parameter.
type Derived struct{ ctx context.Context }

// NewDerived keeps a derivation of ctx.
func NewDerived(ctx context.Context) *Derived {
	return &Derived{ctx: context.WithValue(ctx, key{}, 1)}
}

type key struct{}

// Set's field is given by a method.
type Set struct{ ctx context.Context }

// Use keeps ctx.
func (s *Set) Use(ctx context.Context) { s.ctx = ctx }
