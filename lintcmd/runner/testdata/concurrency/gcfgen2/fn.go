// Package fn is a 2nd-gen function that deploy.sh deploys with
// --concurrency 80: its instances serve 80 requests at once.
package fn

import (
	"fmt"
	"net/http"
)

var last string

func Hello(w http.ResponseWriter, r *http.Request) {
	last = r.URL.Path // want `write to package-level variable fn.last without synchronization in Hello: as deployed, an instance serves several invocations at once, so they race on it`
	go func() {}() // want `the instance gets no CPU after the function returns`
	fmt.Fprintln(w, "hello")
}
