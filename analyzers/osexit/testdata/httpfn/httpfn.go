// Package httpfn declares HTTP functions.
package httpfn

import (
	"encoding/json"
	"flag"
	"log"
	"net/http"
	sys "os"
	"sort"

	"example.com/osx/config"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

func init() {
	functions.HTTP("Decode", decode)
	functions.HTTP("Exit", exit)
	functions.HTTP("Helper", viaHelper)
	functions.HTTP("Config", viaConfig)
	functions.HTTP("Flags", flags)
	functions.HTTP("Nested", nested)
	functions.HTTP("Goroutine", goroutine)
	functions.HTTP("Shadow", shadow)
	functions.HTTP("Lit", func(w http.ResponseWriter, r *http.Request) {
		log.Fatal("boom") // want `log.Fatal terminates the function instance; respond with http.Error and return instead`
	})
	if config.Env("STRICT", "") == "" {
		log.Fatal("STRICT is not set") // ok: cold start
	}
	_ = config.Project() // ok: cold start
}

type request struct{ Name string }

func decode(w http.ResponseWriter, r *http.Request) {
	var req request
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		log.Fatalf("decode: %v", err) // want `log.Fatalf terminates the function instance; respond with http.Error and return instead`
	}
	w.Write([]byte(req.Name))
}

func exit(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("q") == "" {
		sys.Exit(1) // want `os.Exit terminates the function instance`
	}
	switch r.Method {
	case http.MethodDelete:
		log.Println("no")            // ok: not fatal
		log.Fatalln("delete", r.URL) // want `log.Fatalln terminates`
	}
}

func viaHelper(w http.ResponseWriter, r *http.Request) {
	mustOK(r)
}

// mustOK is function code of this package: the exit is reported here.
func mustOK(r *http.Request) {
	if r.ContentLength < 0 {
		logger.Fatal("negative length") // want `\(\*log.Logger\).Fatal terminates the function instance; return an error to the handler, which responds with http.Error$`
	}
}

var logger = log.Default()

func viaConfig(w http.ResponseWriter, r *http.Request) {
	bucket := config.MustEnv("BUCKET") // want `calls config.MustEnv, which calls log.Fatalf, which terminates the function instance`
	_ = config.Project()               // want `calls config.Project, which calls config.MustEnv, which calls log.Fatalf, which terminates`
	_ = config.Env("X", "y")           // ok: never exits
	_ = config.Even(2)                 // want `calls config.Even, which calls config.even, which calls config.odd, which calls os.Exit`
	w.Write([]byte(bucket))
}

func flags(w http.ResponseWriter, r *http.Request) {
	flag.Parse() // want `flag.Parse \(flag.CommandLine exits on a bad flag\) terminates`
	fs := flag.NewFlagSet("x", flag.ExitOnError)
	fs.Parse(nil) // want `\(\*flag.FlagSet\).Parse \(the set exits on a bad flag\) terminates`
	soft := flag.NewFlagSet("y", flag.ContinueOnError)
	soft.Parse(nil) // ok: returns an error
}

func nested(w http.ResponseWriter, r *http.Request) {
	xs := []int{2, 1}
	sort.Slice(xs, func(i, j int) bool {
		if xs[i] == xs[j] {
			log.Fatal("equal") // want `log.Fatal terminates the function instance; return an error to the handler, which responds with http.Error$`
		}
		return xs[i] < xs[j]
	})
}

func goroutine(w http.ResponseWriter, r *http.Request) {
	done := make(chan bool)
	go func() {
		defer close(done)
		panic("in goroutine") // want `panic in a goroutine started from function code crashes the function instance`
	}()
	go func() {
		defer func() { recover() }()
		panic("recovered") // ok: the goroutine recovers
	}()
	go work()
	if r.Method == "" {
		panic("on the handler goroutine") // ok: the framework recovers it (-osexit.panic reports it)
	}
	<-done
}

func work() {
	helperPanics()
}

func helperPanics() {
	panic("deep") // want `panic in a goroutine started from function code`
}

func shadow(w http.ResponseWriter, r *http.Request) {
	log := fakeLog{}
	log.Fatal("not the log package") // ok: a local variable named log
}

type fakeLog struct{}

func (fakeLog) Fatal(string) {}

// unreached is not reached by any entry point.
func unreached() {
	log.Fatal("never reported") // ok: not function code
}
