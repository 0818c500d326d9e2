package fns

import (
	"net/http"
	"os"

	"example.com/ps/helper"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("Conditional", conditional)
}

// conditional calls helpers that write the environment only under a
// flag of their arguments.
func conditional(w http.ResponseWriter, r *http.Request) {
	user, proxy := r.Header.Get("X-User"), r.Header.Get("X-Proxy")
	helper.Setup(user, &helper.Options{Region: "eu"})                // ok: Export and Proxy are left zero, so Setup never writes
	helper.Setup(user, &helper.Options{Export: false, Proxy: proxy}) // ok: Export is false
	helper.Setup(user, &helper.Options{Export: true, Proxy: ""})     // ok: the proxy is empty
	helper.Setup(user, &helper.Options{proxy, true, "eu", false})    // want `calls helper.Setup, which calls os.Setenv, changing the process's environment on every invocation`
	helper.Setup(user, &helper.Options{Export: true, Proxy: proxy})  // want `calls helper.Setup, which calls os.Setenv`
	helper.Setup(user, options(r))                                   // want `calls helper.Setup, which calls os.Setenv`
	// A blind spot: Setup returns early on a nil pointer, which is not
	// followed, so a nil decides nothing.
	helper.Setup(user, nil)                                                          // want `calls helper.Setup, which calls os.Setenv`
	helper.SetupEvent(&helper.Options{Proxy: proxy})                                 // ok: Export is left false
	helper.SetupEvent(&helper.Options{Export: r.URL.Query().Has("x"), Proxy: proxy}) // want `calls helper.SetupEvent, which calls helper.Setup, which calls os.Setenv`
	helper.SetupVerbose(false, proxy)                                                // ok: verbose is false
	helper.SetupVerbose(true, proxy)                                                 // want `calls helper.SetupVerbose, which calls helper.Setup, which calls os.Setenv`
	helper.Debug(false, user)                                                        // ok: debug is false
	helper.Debug(r.URL.Query().Has("debug"), user)                                   // want `calls helper.Debug, which calls os.Setenv`
	helper.Forced(&helper.Options{})                                                 // want `calls helper.Forced, which calls os.Setenv`
	helper.Aliased(&helper.Options{})                                                // want `calls helper.Aliased, which calls os.Setenv`
	helper.Decoded([]byte(r.URL.RawQuery), &helper.Options{})                        // want `calls helper.Decoded, which calls os.Setenv`
	helper.Twice(&helper.Options{})                                                  // want `calls helper.Twice, which calls helper.Setup, which calls os.Setenv`
	helper.Both(helper.Options{})                                                    // want `calls helper.Both, which calls os.Setenv`
	helper.Either(&helper.Options{Region: "eu"}, user)                               // ok: neither flag is set
	helper.Either(&helper.Options{Verbose: true}, user)                              // want `calls helper.Either, which calls os.Setenv`
	// A blind spot: Early writes only when Export is set, but the
	// condition is an early return, which is not followed.
	helper.Early(&helper.Options{}) // want `calls helper.Early, which calls os.Setenv`
	trace(false, user)
	chdir2(false, user)
	chdir2(true, proxy)
	tz(false, user)
	run := tz
	run(true, user)
	w.WriteHeader(http.StatusOK)
}

func options(r *http.Request) *helper.Options {
	return &helper.Options{Export: r.URL.Query().Has("export")}
}

// trace is a helper of the entry point's own package whose only
// caller passes false.
func trace(on bool, user string) {
	if on {
		helper.Debug(on, user)    // ok: every call of trace passes false
		os.Setenv("CALLER", user) // ok: every call of trace passes false
	}
}

// chdir2 is called with a flag set once and unset once.
func chdir2(on bool, dir string) {
	if on {
		os.Chdir(dir) // want `os.Chdir changes the process's working directory on every invocation`
	}
}

// tz is called with a flag left unset, and referred to as a value.
func tz(on bool, zone string) {
	if on {
		os.Setenv("TZ", zone) // want `os.Setenv changes the process's environment on every invocation`
	}
}
