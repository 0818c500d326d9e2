// Package fn is a 1st-gen function that deploy.sh deploys: its
// instances serve one request at a time.
package fn

import (
	"fmt"
	"net/http"
)

var last string

var table map[string]int

func Hello(w http.ResponseWriter, r *http.Request) {
	if table == nil {
		table = map[string]int{} // want `unsynchronized lazy initialization of package-level variable fn.table in Hello: as deployed, an instance serves one invocation at a time, so invocations do not race to initialize it yet, but they will once it serves several at once; use sync.OnceValues`
	}
	last = r.URL.Path // want `write to package-level variable fn.last without synchronization in Hello: as deployed, an instance serves one invocation at a time, so it does not race but leaks into the next invocation on the instance, and other instances never see it; keep per-invocation state in local variables$`
	go func() {}() // want `the instance gets no CPU after the function returns`
	fmt.Fprintln(w, "hello")
}
