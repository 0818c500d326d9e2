// Package mismatch is deployed with an event trigger, but the function
// its entry point names has the HTTP signature: the deployment fails,
// and the model does not guess which it is.
package mismatch

import "net/http"

func Serve(w http.ResponseWriter, r *http.Request) {} // ok: the trigger and the signature disagree
