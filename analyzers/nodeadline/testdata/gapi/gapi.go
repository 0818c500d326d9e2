// Package gapi declares Cloud Run functions that call a Google API
// service, whose calls are given a context by their Context method.
package gapi

import (
	"context"
	"net/http"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/cloudevents/sdk-go/v2/event"
	drive "google.golang.org/api/drive/v3"
)

var svc *drive.Service

func init() {
	functions.HTTP("Get", get)
	functions.CloudEvent("OnEvent", onEvent)
	svc, _ = drive.NewService(context.Background())
	svc.Files.Get("warmup").Do() // ok: cold start, no invocation's context
}

func get(w http.ResponseWriter, r *http.Request) {
	f, err := svc.Files.Get(r.FormValue("id")).Do() // want `\(\*drive.FilesGetCall\).Do cannot carry the invocation's deadline, which is in scope: functions-framework-go puts the function's timeout on the request's context, .*; give the call r.Context\(\) with its Context method before Do`
	if err != nil {
		http.Error(w, err.Error(), http.StatusBadGateway)
		return
	}
	svc.Files.Get(f.Id).Fields("name").Do()                    // want `\(\*drive.FilesGetCall\).Do cannot carry`
	svc.Files.Get(f.Id).Context(r.Context()).Fields("id").Do() // ok: given the request's context
	svc.Files.Get(f.Id).Fields("id").Context(r.Context()).Do() // ok: given the request's context
	call := svc.Files.Get(f.Id)
	call.Context(r.Context())
	call.Do() // ok: the variable is given the request's context
	unset := svc.Files.Get(f.Id)
	unset.Do()                                                   // want `\(\*drive.FilesGetCall\).Do cannot carry`
	if resp, err := svc.Files.Get(f.Id).Download(); err == nil { // want `\(\*drive.FilesGetCall\).Download cannot carry the invocation's deadline, which is in scope: .*; give the call r.Context\(\) with its Context method before Download`
		resp.Body.Close()
	}
	built := getCall(r.Context(), f.Id)
	built.Do()                                  // ok: built by a function of the module, which gives it a context
	getCall(r.Context(), f.Id).Fields("x").Do() // ok: the same, in a chain
	fetch(w, svc.Files.Get(f.Id))
	w.WriteHeader(http.StatusNoContent)
}

// getCall builds a call with the context it is given.
func getCall(ctx context.Context, id string) *drive.FilesGetCall {
	return svc.Files.Get(id).Context(ctx)
}

// fetch makes a call built by its caller, who may have given it a
// context.
func fetch(w http.ResponseWriter, call *drive.FilesGetCall) {
	call.Do() // ok: a parameter, which the caller may have given a context
}

func onEvent(ctx context.Context, e event.Event) error {
	_, err := svc.Files.Get(string(e.Data())).Do() // want `\(\*drive.FilesGetCall\).Do cannot carry the invocation's deadline, which is in scope: .*; give the call ctx with its Context method before Do`
	defer svc.Files.Get("audit").Do()              // ok: deferred clean-up
	return err
}
