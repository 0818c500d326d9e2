// Package thirdparty initializes, at cold start, clients of modules no
// knowledge table lists: that they do I/O is derived from their code.
package thirdparty

import (
	"context"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"golang.org/x/oauth2"
	"google.golang.org/api/gmail/v1"
)

var (
	mail, _ = gmail.NewService(context.Background())      // want `gmail.NewService \(it calls os.ReadFile\) runs at every cold start to initialize mail, but entry point Health never uses it`
	plain   = oauth2.NewClient(context.Background(), nil) // ok: creates nothing and reads nothing
)

func init() {
	functions.HTTP("Send", send)
	functions.HTTP("Health", health)
}

func send(w http.ResponseWriter, r *http.Request) {
	_, _ = mail, plain
	w.WriteHeader(http.StatusAccepted)
}

func health(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusOK) }
