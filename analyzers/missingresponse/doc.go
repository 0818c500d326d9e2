// Package missingresponse defines an Analyzer that reports HTTP functions
// that return without writing a response.
//
// # Analyzer missingresponse
//
// missingresponse: report HTTP functions that return without responding
//
// The platform's first best practice (docs/platform.md, "HTTP functions
// must send a response"): an HTTP function must send a response, or the
// invocation may run to its timeout, billed for all of it, with cold
// starts for later calls. In Go the failure is quieter and just as real:
// a handler that returns without writing makes net/http send an empty 200
// OK, so an error path that only logs and returns tells the caller that
// everything worked. On AWS Lambda, behind an aws-lambda-go-api-proxy
// adapter (httpadapter, gorillamux, chiadapter), a handler that writes
// nothing leaves the adapter without a status code: it answers 504
// Gateway Timeout and fails the invocation. Served as a Lambda Function
// URL (aws-lambda-go's lambdaurl), it answers an empty 200 OK, as
// net/http does.
//
// missingresponse follows, on the control-flow graph of every HTTP entry
// point (see the funcmodel analyzer), each path from entry to return, and
// reports the return (or the closing brace, when the path falls off the
// end) of a path on which nothing is written to the http.ResponseWriter.
// An entry point declared in another package of the module is judged by
// its fact and reported at its registration.
//
// What counts as responding is decided by type and by the data flow of
// the writer, not by names: calling a method of the writer other than
// Header (Write, WriteHeader, and Flush or Hijack through http.Flusher,
// http.Hijacker or http.NewResponseController); calling a method of a
// value derived from it (json.NewEncoder(w).Encode, a bufio or gzip
// writer); giving the writer to any function (http.Error, http.Redirect,
// http.ServeFile, fmt.Fprintf, io.Copy, (*template.Template).Execute,
// another handler's ServeHTTP, a middleware's next(w, r), or a function
// fnlint cannot see into); a deferred call that does any of this, which
// counts for every later return. Helpers of the package, the module and
// third-party modules are summarized per writer parameter, through facts
// across packages, as writing on all paths, on some paths, or never; a
// helper that never writes (one that only sets headers) does not count
// as responding. The summaries and the paths are the execution model's
// response analysis (model/respond), which osexit's fixes read too.
// Paths that end in a panic or a process exit are not reported (the
// framework answers a panic with 500; exits are osexit's).
//
// A finding in an entry point's body lies at the return; its related
// position is the registration, when the function is registered
// elsewhere. An entry point declared in another package is reported at
// its registration, with its declaration as the related position.
//
// Bad:
//
//	func Hello(w http.ResponseWriter, r *http.Request) {
//		var req Request
//		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
//			log.Printf("decode: %v", err)
//			return // the caller gets 200 OK with an empty body
//		}
//		fmt.Fprintf(w, "Hello, %s!", req.Name)
//	}
//
// Good:
//
//	func Hello(w http.ResponseWriter, r *http.Request) {
//		var req Request
//		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
//			http.Error(w, "bad request", http.StatusBadRequest)
//			return
//		}
//		fmt.Fprintf(w, "Hello, %s!", req.Name)
//	}
//
// To silence a deliberate empty response, say what is meant:
// w.WriteHeader(http.StatusNoContent).
//
// Known blind spots, all on the side of silence: a helper that writes on
// some paths counts as responding wherever it is called; storing the
// writer in a struct, a variable outside the function or a closure counts
// as responding; a loop that writes is taken to run at least once (an
// empty range writes nothing, which is often intended); a write in a
// goroutine counts although it may race with the return; the routes of a
// Lambda API Gateway adapter held in a struct field (a.adapter, called
// by the started handler) are not judged: the execution model runs them
// as the handler's code, not as HTTP entry points.
package missingresponse
