// Package dispatch calls methods through interface-typed fields and
// variables: the concrete types the package stores in them say which
// methods run.
package dispatch

import (
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

type store interface{ Get(key string) string }

type memory struct{}

func (memory) Get(key string) string { return key } // want `fc\[Serve\]`

type disk struct{}

func (*disk) Get(key string) string { return key } // want `fc\[Serve\]`

type remote struct{}

func (remote) Get(key string) string { return key } // ok: stored only where an unknown value is too

// Server is exported: other packages may store other types in Shared.
type Server struct{ Shared store }

type other struct{}

func (other) Get(key string) string { return key } // ok: Shared is exported

var exported = &Server{Shared: other{}}

func reset() { exported.Shared = memory{} } // want `fc\[Serve\]`

type server struct {
	primary store
	backup  store
	mixed   store
}

var fallback store = memory{}

func open() store { return remote{} } // want `coldstart`

var srv = &server{primary: memory{}, backup: nil, mixed: remote{}}

func init() {
	srv.backup = &disk{}
	srv.mixed = open()
	functions.HTTP("Serve", srv.serve) // want `entry http "Serve" via functions.HTTP`
}

func (s *server) serve(w http.ResponseWriter, r *http.Request) { // want `fc\[Serve\]`
	_ = s.primary.Get("a")
	_ = s.backup.Get("b")
	_ = s.mixed.Get("c")
	_ = fallback.Get("d")
	_ = exported.Shared.Get("e")
	reset()
}
