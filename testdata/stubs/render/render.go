// Package render is a stub of a third-party rendering library, which
// fnlint cannot see into.
package render

import "io"

type Render struct{}

func New() *Render                                                             { return &Render{} }
func (r *Render) HTML(w io.Writer, status int, name string, binding any) error { return nil }
func (r *Render) JSON(w io.Writer, status int, v any) error                    { return nil }
