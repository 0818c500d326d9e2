// Package reg registers functions of dep as entry points: where the
// registered function has the toy effect, the registration is a site.
package reg

import (
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"

	"example.com/eff/dep"
)

func init() {
	functions.HTTP("Dep", dep.Handler) // want `site dep.Handler: registers dep.Handler \(entry point "Dep"\), which calls dep.helper: dep.cause`
	functions.HTTP("Clean", dep.CleanHandler)
}
