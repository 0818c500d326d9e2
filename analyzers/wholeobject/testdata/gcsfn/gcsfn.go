// Package gcsfn declares Cloud Run functions that read Cloud Storage
// objects.
package gcsfn

import (
	"context"
	"encoding/json"
	"io"
	"io/ioutil"
	"net/http"
	"sync"

	"cloud.google.com/go/storage"
	"example.com/wo/objects"
	"github.com/GoogleCloudPlatform/functions-framework-go/functions"
)

var client *storage.Client

var config []byte

func init() {
	client, _ = storage.NewClient(context.Background())
	r, _ := client.Bucket("conf").Object("config.json").NewReader(context.Background())
	config, _ = io.ReadAll(r) // ok: cold start, once per instance
	functions.HTTP("Report", report)
}

var once sync.Once

func report(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	rc, err := client.Bucket("data").Object(r.URL.Query().Get("name")).NewReader(ctx)
	if err != nil {
		http.Error(w, err.Error(), http.StatusNotFound)
		return
	}
	defer rc.Close()
	data, _ := ioutil.ReadAll(rc) // want `ioutil.ReadAll reads the whole Cloud Storage object into memory on every invocation: the instance's memory limit holds it \(the filesystem is in memory too\), along with the objects of the requests served beside it, and an object too large ends the instance with an out-of-memory error; stream it instead`
	w.Write(data)

	other, _ := client.Bucket("data").Object("b").NewReader(ctx)
	alias := other
	_, _ = io.ReadAll(alias) // want `io.ReadAll reads the whole Cloud Storage object into memory on every invocation`

	third, _ := client.Bucket("data").Object("c").NewReader(ctx)
	_, _ = objects.ReadBody(third) // want `calls objects.ReadBody, which reads the whole Cloud Storage object given to it into memory with io.ReadAll on every invocation`
	objects.Buffer(third)          // want `calls objects.Buffer, which reads the whole Cloud Storage object given to it into memory with \(\*bytes.Buffer\).ReadFrom on every invocation`
	objects.Head(third, 1<<20)     // ok: bounded by io.LimitReader

	var rows []string
	json.NewDecoder(third).Decode(&rows) // ok: streamed

	_, _ = io.ReadAll(r.Body) // ok: the request, not an object

	once.Do(func() {
		lazy, _ := client.Bucket("conf").Object("lazy").NewReader(ctx)
		config, _ = io.ReadAll(lazy) // ok: once per instance
	})

	var reused io.Reader
	reused, _ = client.Bucket("data").Object("d").NewReader(ctx)
	if reused == nil {
		reused = r.Body
	}
	_, _ = io.ReadAll(reused) // ok: a variable given two values is not followed (a known blind spot when both are objects)
}
