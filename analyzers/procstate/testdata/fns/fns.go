// Package fns declares Cloud Run functions that write process-wide
// state.
package fns

import (
	"log"
	"net/http"
	"os"
	"sync"
	"time"

	"example.com/ps/helper"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

var prefix = setup() // ok: a package-level initializer runs at cold start

func setup() string {
	os.Setenv("TZ", "UTC") // ok: cold start
	return "fn "
}

func init() {
	log.SetFlags(log.LstdFlags | log.Lmicroseconds) // ok: cold start
	http.DefaultClient.Timeout = 10 * time.Second   // ok: cold start
	functions.HTTP("Handle", handle)
	functions.HTTP("Clean", clean)
}

var once sync.Once

func handle(w http.ResponseWriter, r *http.Request) {
	os.Setenv("CALLER", r.Header.Get("X-User"))                            // want `os.Setenv changes the process's environment on every invocation: Cloud Run functions serve concurrent requests in one instance, so the value leaks between concurrent requests and into later ones; pass the value explicitly or in the invocation's context, or set it once at cold start`
	log.SetPrefix(r.Header.Get("X-Request-Id"))                            // want `log.SetPrefix changes the standard logger of the whole process on every invocation: Cloud Run functions .*; configure it once at cold start, or use a logger of your own per invocation`
	http.DefaultClient.Timeout = timeout(r)                                // want `http.DefaultClient.Timeout changes the HTTP client every part of the process shares on every invocation: Cloud Run functions`
	http.DefaultTransport.(*http.Transport).MaxIdleConns = len(r.URL.Path) // want `http.DefaultTransport.\(\*http.Transport\).MaxIdleConns changes the HTTP client`
	http.DefaultClient.Timeout = time.Second                               // ok: the same constant on every invocation leaks nothing
	os.Setenv("TZ", "UTC")                                                 // ok: the same constant on every invocation
	log.SetFlags(0)                                                        // ok: the same constant on every invocation
	once.Do(func() {
		os.Setenv("LANG", "C") // ok: once per instance
	})
	chdir(r.URL.Path)
	helper.Remember(r.Header.Get("X-User")) // want `calls helper.Remember, which calls os.Setenv, changing the process's environment on every invocation: Cloud Run functions`
	_ = os.Getenv("_X_AMZN_TRACE_ID")       // ok: not a Lambda function
	w.WriteHeader(http.StatusOK)
}

func timeout(r *http.Request) time.Duration {
	if r.URL.Query().Get("slow") != "" {
		return time.Minute
	}
	return time.Second
}

func chdir(dir string) {
	os.Chdir(dir) // want `os.Chdir changes the process's working directory on every invocation: .*; use paths joined to the directory instead, or change it once at cold start`
}

func clean(w http.ResponseWriter, r *http.Request) {
	_ = os.Getenv("CALLER")              // ok: a read
	l := log.New(os.Stderr, "clean ", 0) // ok: a logger of its own
	l.SetPrefix(r.URL.Path)              // ok: not the standard logger
	c := &http.Client{}
	c.Timeout = time.Second // ok: a client of its own
	d := http.DefaultClient
	d.Timeout = time.Second       // ok: a blind spot, a write through an alias
	log.Default().SetPrefix("x ") // ok: a blind spot, the standard logger through log.Default
	w.WriteHeader(http.StatusOK)
}
