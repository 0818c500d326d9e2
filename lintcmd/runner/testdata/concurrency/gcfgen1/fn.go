// Package fn is a 1st-gen function that deploy.sh deploys: its
// instances serve one request at a time.
package fn

import (
	"fmt"
	"net/http"
)

var last string

func Hello(w http.ResponseWriter, r *http.Request) {
	last = r.URL.Path // want `write to package-level variable fn.last without synchronization in Hello: as deployed, an instance serves one invocation at a time, so it does not race but leaks into the next invocation on the instance, and other instances never see it; keep per-invocation state in local variables$`
	go func() {}() // want `the instance gets no CPU after the function returns`
	fmt.Fprintln(w, "hello")
}
