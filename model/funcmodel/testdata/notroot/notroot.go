// Package notroot is not at the module root: no 1st-gen entry points.
package notroot

import "net/http"

func Handle(w http.ResponseWriter, r *http.Request) {} // ok: not at the module root
