// Package fns declares Cloud Run functions that make calls which cannot
// carry the request's deadline.
package fns

import (
	"context"
	"database/sql"
	"log/slog"
	"net"
	"net/http"
	"os/exec"
	"time"

	"example.com/nd/remote"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
)

var db *sql.DB

func init() {
	functions.HTTP("Fetch", fetch)
	functions.CloudEvent("OnEvent", onEvent)
	db.Ping() // ok: cold start, no invocation's context
}

const url = "https://example.com"

func fetch(w http.ResponseWriter, r *http.Request) {
	resp, err := http.Get(url) // want `http.Get takes no context while the invocation's context is in scope: functions-framework-go puts the function's timeout on the request's context, so this call goes on past the timeout and after the client has gone, holding the instance's resources; use http.NewRequestWithContext and \(\*http.Client\).Do with r.Context\(\)`
	if err == nil {
		resp.Body.Close()
	}
	c := &http.Client{Timeout: time.Second}
	c.PostForm(url, nil) // want `\(\*http.Client\).PostForm takes no context`

	req, _ := http.NewRequest(http.MethodGet, url, nil) // want `http.NewRequest cannot carry the invocation's deadline, which is in scope: functions-framework-go puts the function's timeout on the request's context, .*; call NewRequestWithContext with r.Context\(\)`
	c.Do(req)
	later, _ := http.NewRequest(http.MethodGet, url, nil) // ok: given the context below
	later = later.WithContext(r.Context())
	c.Do(later)

	rows, _ := db.Query("select 1") // want `\(\*sql.DB\).Query cannot carry the invocation's deadline`
	_ = rows
	exec.Command("convert", "in.png", "out.jpg").Run()    // want `exec.Command cannot carry the invocation's deadline`
	net.Dial("tcp", "localhost:6379")                     // want `net.Dial takes no context .*; use \(\*net.Dialer\).DialContext with r.Context\(\)`
	net.DialTimeout("tcp", "localhost:6379", time.Second) // want `net.DialTimeout takes no context`
	db.Ping()                                             // want `\(\*sql.DB\).Ping cannot carry`

	defer db.Exec("delete from locks")       // ok: deferred clean-up runs whatever the context
	go http.Get(url)                         // ok: detached work, not the request's
	db.QueryContext(r.Context(), "select 1") // ok: carries it
	slog.Info("fetched")                     // ok: log/slog's InfoContext takes a context for its values only
	tx, _ := db.BeginTx(r.Context(), nil)
	store(r.Context(), tx)
	lookup()

	remote.Fetch(url)             // want `calls remote.Fetch, which calls http.Get: that call cannot carry the invocation's deadline: functions-framework-go .*; pass the invocation's context down and give it to that call`
	remote.Count(r.Context(), db) // want `calls remote.Count, which calls \(\*sql.DB\).QueryRow: that call cannot carry`
	remote.Send(r.Context(), url) // ok: the request is given the context
	remote.Later(url)             // ok: on its own goroutine
}

func store(ctx context.Context, tx *sql.Tx) {
	tx.Exec("insert into t values (1)") // want `\(\*sql.Tx\).Exec cannot carry the invocation's deadline, which is in scope: .*; call ExecContext with ctx`
	stmt, _ := tx.Prepare("select 2")   // want `\(\*sql.Tx\).Prepare cannot carry`
	stmt.QueryRow()                     // want `\(\*sql.Stmt\).QueryRow cannot carry .*; call QueryRowContext with ctx`
	f := (*sql.Tx).Commit               // ok: Commit has no sibling
	f(tx)
}

// lookup has no context of its own, but fetch, which calls it, has the
// request's.
func lookup() {
	http.Head(url) // want `http.Head takes no context in lookup, which fetch reaches without passing it the invocation's context: functions-framework-go .*; use http.NewRequestWithContext and \(\*http.Client\).Do with the invocation's context, passed down to lookup`
}

func onEvent(ctx context.Context, e event.Event) error {
	cmd := exec.Command("ls") // want `exec.Command cannot carry .*; call CommandContext with ctx`
	return cmd.Run()
}

// both has two contexts in scope: the call is reported, without a fix,
// since which one is the invocation's is not known.
func both(ctx context.Context, r *http.Request) {
	http.Get(url) // want `http.Get takes no context .* with the invocation's context`
}

func ignored(_ context.Context) {
	http.Get(url) // ok: the function declines the context it is given (a blind spot)
}

// unreached is reached from no entry point.
func unreached(ctx context.Context) {
	http.Get(url) // ok: not function code
}

func init() {
	functions.HTTP("Both", func(w http.ResponseWriter, r *http.Request) { both(r.Context(), r); ignored(r.Context()) })
}
