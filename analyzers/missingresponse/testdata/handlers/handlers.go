// Package handlers declares HTTP functions, some of which forget to
// respond.
package handlers

import (
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"log"
	"net/http"
	"net/http/httputil"
	"os"
	"sort"
	"strings"

	"example.com/mr/respond"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
	"github.com/unrolled/render"
)

type server struct{ proxy *httputil.ReverseProxy }

var (
	s    server
	page = template.Must(template.New("p").Parse("{{.}}"))
)

func init() {
	functions.HTTP("Decode", decode)
	functions.HTTP("FallOff", fallOff)
	functions.HTTP("Switch", switchNoDefault)
	functions.HTTP("Select", selectCase)
	functions.HTTP("Loop", loopBreak)
	functions.HTTP("Method", s.handle)
	functions.HTTP("Wrapped", withCORS(wrapped))
	functions.HTTP("Lit", func(w http.ResponseWriter, r *http.Request) {
		if r.Method == "" {
			return // want `^a function literal in init \(entry point "Lit"\) returns without writing a response: the caller gets an empty 200 OK; write a response \(http.Error on failure\) before every return`
		}
		w.WriteHeader(http.StatusNoContent)
	})
	functions.HTTP("Headers", headersOnly)
	functions.HTTP("Helpers", helpers)
	functions.HTTP("Deferred", deferred)
	functions.HTTP("Closure", closure)
	functions.HTTP("Stream", stream)
	functions.HTTP("Files", http.FileServer(http.Dir(".")).ServeHTTP)
	functions.HTTP("Proxy", s.viaProxy)
	functions.HTTP("Writers", writersOK)
	functions.HTTP("Ends", endsInPanic)
	functions.HTTP("Range", rangeWrites)
	functions.HTTP("RangeBreaks", rangeBreaks)
	functions.HTTP("Underscore", underscore)
}

type request struct{ Name string }

func decode(w http.ResponseWriter, r *http.Request) {
	var req request
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		log.Printf("decode: %v", err)
		return // want `^decode returns without writing a response: the caller gets an empty 200 OK`
	}
	fmt.Fprintf(w, "Hello, %s!", req.Name)
}

func fallOff(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/ok" {
		w.Write([]byte("ok"))
	}
} // want `fallOff ends without writing a response`

func switchNoDefault(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		io.WriteString(w, "get")
	case http.MethodPost:
		http.Redirect(w, r, "/", http.StatusSeeOther)
	}
} // want `switchNoDefault ends without writing a response`

func selectCase(w http.ResponseWriter, r *http.Request) {
	ch := make(chan string, 1)
	ch <- "x"
	select {
	case v := <-ch:
		fmt.Fprintln(w, v)
	case <-r.Context().Done():
		return // want `^selectCase returns without writing a response`
	}
}

func loopBreak(w http.ResponseWriter, r *http.Request) {
	for i := 0; ; i++ {
		if i > 3 {
			break
		}
		if i == 2 {
			http.NotFound(w, r)
			return
		}
	}
} // want `loopBreak ends without writing a response`

func (server) handle(w http.ResponseWriter, r *http.Request) {
	if r.Header.Get("X") == "" {
		return // want `^handle returns without writing a response`
	}
	page.Execute(w, "x") // ok: template execution writes
}

func withCORS(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		respond.CORS(w) // only headers
		if r.Method == http.MethodOptions {
			return // want `^a function literal in withCORS \(entry point "Wrapped"\) returns without writing a response`
		}
		next(w, r) // ok: the next handler responds
	}
}

func wrapped(w http.ResponseWriter, r *http.Request) {
	respond.JSON(w, map[string]string{"ok": "yes"}) // ok: writes on all paths
}

func headersOnly(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("X", "y")
	http.SetCookie(w, &http.Cookie{Name: "n"})
	setHeader(w)
} // want `headersOnly ends without writing a response`

func setHeader(w http.ResponseWriter) { w.Header().Set("Y", "z") }

func helpers(w http.ResponseWriter, r *http.Request) {
	if respond.Fail(w, r.Context().Err()) {
		return // ok: Fail may write, and counts as responding
	}
	if r.URL.Path == "/page" {
		render.New().HTML(w, http.StatusOK, "home", nil) // ok: an unknown function given the writer
		return
	}
	writeLocal(w, "x")
}

func writeLocal(w http.ResponseWriter, s string) {
	fmt.Fprint(w, s)
}

func deferred(w http.ResponseWriter, r *http.Request) {
	var err error
	defer func() {
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	}()
	if r.Method == "" {
		return // ok: the deferred function may write
	}
	w.WriteHeader(http.StatusAccepted)
}

func closure(w http.ResponseWriter, r *http.Request) {
	names := strings.Fields(r.URL.Query().Get("n"))
	sort.Slice(names, func(i, j int) bool {
		return names[i] < names[j] // ok: a return of the closure, not the handler
	})
	json.NewEncoder(w).Encode(names)
}

func stream(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "no streaming", http.StatusInternalServerError)
		return
	}
	flusher.Flush() // ok: flushing sends the headers
	rc := http.NewResponseController(w)
	rc.Flush()
}

func (s server) viaProxy(w http.ResponseWriter, r *http.Request) {
	s.proxy.ServeHTTP(w, r) // ok: delegation
}

func writersOK(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/file":
		http.ServeFile(w, r, "index.html")
	case "/copy":
		f, _ := os.Open("x")
		io.Copy(w, f)
	case "/enc":
		enc := json.NewEncoder(w)
		enc.SetIndent("", " ")
		enc.Encode(1)
	default:
		rw := w
		rw.WriteHeader(http.StatusNoContent) // ok: the way to say "no content"
	}
}

func endsInPanic(w http.ResponseWriter, r *http.Request) {
	if r.Method == "" {
		panic("no method") // ok: the framework answers 500
	}
	if r.URL == nil {
		os.Exit(1) // ok: osexit's business
	}
	w.WriteHeader(http.StatusOK)
}

func rangeWrites(w http.ResponseWriter, r *http.Request) {
	for _, n := range r.URL.Query()["n"] {
		fmt.Fprintln(w, n) // ok: a loop that writes is taken to run
	}
}

func rangeBreaks(w http.ResponseWriter, r *http.Request) {
	for _, n := range r.URL.Query()["n"] {
		if n == "" {
			break // the first item may end the loop before any write
		}
		fmt.Fprintln(w, n)
	}
} // want `rangeBreaks ends without writing a response`

func underscore(_ http.ResponseWriter, r *http.Request) {
	log.Println(r.URL)
} // want `underscore ends without writing a response`
