// Package httpfix holds the HTTP functions whose fixes depend on what
// the function did before exiting and on what follows the exit.
package httpfix

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"os"

	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("Written", written)
	functions.HTTP("Wrote", wrote)
	functions.HTTP("Encoded", encoded)
	functions.HTTP("Some", some)
	functions.HTTP("Deferred", deferred)
	functions.HTTP("Header", header)
	functions.HTTP("Follows", follows)
	functions.HTTP("Group", group)
	functions.HTTP("Returns", returns)
	functions.HTTP("Comment", comment)
	functions.HTTP("Code", code)
	functions.HTTP("HelperWrote", helperWrote)
	functions.HTTP("HelperHeaders", helperHeaders)
	functions.HTTP("HelperMay", helperMay)
}

// written responds on every path to the exit: the fix only logs and
// returns.
func written(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		log.Fatalf("form: %v", err) // want `log.Fatalf terminates the function instance; the response is already written, so return instead`
	}
	if r.Method == http.MethodHead {
		w.WriteHeader(http.StatusOK)
		os.Exit(0) // want `os.Exit terminates the function instance; the response is already written, so return instead`
	}
	fmt.Fprintln(w, "hello")
	log.Fatalln("said", "hello") // want `log.Fatalln terminates the function instance; the response is already written, so return instead`
}

// wrote writes the body on every path: the exit at the end of the
// function goes, nothing replaces it.
func wrote(w http.ResponseWriter, r *http.Request) {
	w.Write([]byte("done"))
	os.Exit(1) // want `os.Exit terminates the function instance; the response is already written, so return instead`
}

// encoded may have written: Encode writes nothing when the value does
// not marshal. No fix is right on both paths.
func encoded(w http.ResponseWriter, r *http.Request) {
	if err := json.NewEncoder(w).Encode(r.URL); err != nil {
		log.Fatal(err) // want `log.Fatal terminates the function instance; respond with http.Error, unless the response is already written, and return instead`
	}
	json.NewEncoder(w).Encode(r.URL)
	log.Fatal("sent") // want `log.Fatal terminates the function instance; respond with http.Error, unless the response is already written, and return instead`
}

// some responds on some paths only.
func some(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/" {
		http.Error(w, "root", http.StatusNotFound)
	}
	log.Fatal("after") // want `log.Fatal terminates the function instance; respond with http.Error, unless the response is already written, and return instead`
}

// deferred responds after the function returns: a fix that responds
// would respond twice.
func deferred(w http.ResponseWriter, r *http.Request) {
	defer fmt.Fprint(w, "bye")
	if r.URL.Path == "" {
		log.Fatal("no path") // want `log.Fatal terminates`
	}
}

// header only sets a header: nothing is written yet.
func header(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain")
	if r.URL.Path == "" {
		log.Fatal("no path") // want `log.Fatal terminates`
	}
	fmt.Fprint(w, "ok")
}

// follows has code after the exit, which a return would make
// unreachable: no fix.
func follows(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
		log.Fatal("no path") // want `log.Fatal terminates`
		w.WriteHeader(http.StatusTeapot)
	}
}

// group exits twice in a row: one fix for both.
func group(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
		log.Fatal("c") // want `log.Fatal terminates`
		os.Exit(3)     // want `os.Exit terminates`
	}
	fmt.Fprint(w, "ok")
}

// returns already returns after the exit: the fix adds no return.
func returns(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
		log.Fatal("no path") // want `log.Fatal terminates`
		return
	}
	fmt.Fprint(w, "ok")
}

// comment has a comment that belongs to the exit's line, and one on its
// own line after it, which stay.
func comment(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "" {
		log.Fatal("no path") // want `log.Fatal terminates`
		// the path is required
	}
	fmt.Fprint(w, "ok")
}

// code would delete the last use of a local variable with os.Exit: no
// fix, the variable would be unused.
func code(w http.ResponseWriter, r *http.Request) {
	status := 2
	if r.URL.Path == "" {
		fmt.Fprint(w, "empty")
		os.Exit(status) // want `os.Exit terminates`
	}
}

// respondError writes on every path, for certain.
func respondError(w http.ResponseWriter, msg string) {
	http.Error(w, msg, http.StatusBadRequest)
}

// setHeaders writes nothing.
func setHeaders(w http.ResponseWriter) {
	w.Header().Set("Cache-Control", "no-store")
}

// sendJSON may write: Encode writes nothing when v does not marshal.
func sendJSON(w http.ResponseWriter, v any) {
	json.NewEncoder(w).Encode(v)
}

// helperWrote has written through a helper that writes on every path
// (model/respond's summary, which missingresponse reads too): the fix
// only logs and returns.
func helperWrote(w http.ResponseWriter, r *http.Request) {
	if r.Method == "" {
		respondError(w, "no method")
		log.Fatal("no method") // want `log.Fatal terminates the function instance; the response is already written, so return instead`
	}
	fmt.Fprint(w, "ok")
}

// helperHeaders has only set headers through a helper: nothing is
// written, and the fix responds.
func helperHeaders(w http.ResponseWriter, r *http.Request) {
	setHeaders(w)
	if r.Method == "" {
		log.Fatal("no method") // want `log.Fatal terminates the function instance; respond with http.Error and return instead`
	}
	fmt.Fprint(w, "ok")
}

// helperMay calls a helper that may have written: no fix is right on
// every path.
func helperMay(w http.ResponseWriter, r *http.Request) {
	sendJSON(w, r.URL)
	log.Fatal("sent") // want `log.Fatal terminates the function instance; respond with http.Error, unless the response is already written, and return instead`
}
