// Package remote is a helper package of the module whose functions make
// calls that cannot carry a deadline.
package remote

import (
	"context"
	"database/sql"
	"net/http"
)

// Fetch gets a page with no context.
func Fetch(url string) error { // want Fetch:"calls without a deadline http.Get"
	resp, err := http.Get(url) // ok: no entry point here; reported where a function's code calls Fetch
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Count queries with the context it is given, but db.QueryRow does not
// take it.
func Count(ctx context.Context, db *sql.DB) (n int, err error) { // want Count:`calls without a deadline \(\*sql.DB\).QueryRow`
	err = db.QueryRow("select count(*) from t").Scan(&n)
	return n, err
}

// Send builds its request and gives it the context.
func Send(ctx context.Context, url string) error {
	req, err := http.NewRequest(http.MethodPost, url, nil)
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req.WithContext(ctx))
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Later fetches on its own goroutine.
func Later(url string) {
	go http.Get(url)
}
