// Package render is a stub of a third-party rendering library, which
// fnlint cannot see into: a module the knowledge tables do not describe,
// kept in a directory named as the module cache names it
// (<escaped module path>@<version>), so that fnlint takes it for a
// module-cache dependency rather than the user's code in a local
// directory (see internal/locality).
package render

import "io"

type Render struct{}

func New() *Render                                                             { return &Render{} }
func (r *Render) HTML(w io.Writer, status int, name string, binding any) error { return nil }
func (r *Render) JSON(w io.Writer, status int, v any) error                    { return nil }
