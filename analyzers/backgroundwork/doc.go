// Package backgroundwork defines an Analyzer that reports work that
// outlives the invocation of a serverless function.
//
// # Analyzer backgroundwork
//
// backgroundwork: report goroutines and callbacks that outlive the invocation
//
// The platform's rule (docs/platform.md, "CPU only during an invocation"): a
// function may use its CPU only while it executes. An invocation ends when
// the entry point returns; code still running afterwards (goroutines,
// timers, callbacks) gets no CPU, may be stopped at any time, and can wake
// up inside a later invocation and interfere with it; its network calls
// typically fail with connection resets. Background work must not be
// started from global scope during initialization either, since that is
// outside any invocation.
//
// On AWS Lambda (docs/platform.md, "AWS Lambda") the execution
// environment is frozen when the handler returns: work still running
// gets no CPU and resumes, if at all, inside a later invocation of the
// same environment. The messages say so for the code that Lambda
// handlers reach.
//
// Lambda Managed Instances are not frozen after a response, and the
// function's timeout does not stop work left running. Where the
// deployment files (see docs/deploy.md) of every entry point that
// reaches the work deploy it on Managed Instances (a CapacityProviderConfig
// in a SAM or CloudFormation template, a capacity_provider_config in
// Terraform), the message says the work keeps running beside later
// invocations in the same process, and names the deployment as a related
// position; where every deployment is a classic Lambda function or a
// Cloud Run function deployed through the Cloud Functions API, whose CPU
// is throttled outside requests, the words are the platform's. Without a
// deployment, or where deployments disagree, they are the platform's too
// (gcloud run deploy --no-cpu-throttling is not read), and a Lambda
// message adds in parentheses that Managed Instances, if that is where
// the function runs, keep the work running instead.
//
// backgroundwork reports, in function code (see the funcmodel analyzer):
//
//   - a go statement whose goroutine is not joined before the function
//     that starts it returns, on every path; when a return between the
//     spawn and the join lets it escape, the message names that return;
//   - WaitGroup.Go and errgroup's Go without a Wait before return;
//   - time.AfterFunc and context.AfterFunc callbacks that are not stopped
//     before return;
//   - asynchronous results that are never awaited: the result of
//     (*pubsub.Topic).Publish (v1) or (*pubsub.Publisher).Publish (v2)
//     whose Get is not called before return;
//   - calls of functions of other packages of the module that do any of
//     this, through facts ("calls worker.Start, which starts a goroutine
//     it does not wait for");
//
// and, in cold-start code (init, package-level initializers, and a
// Lambda binary's main before it starts the handler), goroutines and
// callbacks started and not joined there, and calls of functions of
// other packages of the module that start them ("the package-level
// initializers call worker.NewPoller, which starts a goroutine at cold
// start"): the work runs outside any invocation either way (a main
// that never returns, as lambda.Start does not, starts it as surely as
// an init that returns). A
// goroutine started at cold start that only receives from a channel (its
// function is one range loop over it, not over a timer's channel) is not
// reported there: it works when function code sends to it, and that is
// where the work is judged.
//
// A finding lies where the fix goes, in the function's code: the go
// statement, or the call of the helper that starts the work; the
// helper's declaration (the other end of the chain) is its Related
// position, and so are the returns a goroutine escapes through.
//
// A goroutine is joined by sync.WaitGroup.Wait or errgroup's Wait on a
// group it uses, or by a receive from (or range over) a channel it uses;
// passing that group or channel to a call counts as handing the wait to
// the callee, and so does returning it (a future: the caller waits); a
// deferred join joins every return. The read end of an io.Pipe that the
// goroutine writes joins it where it is read, returned, or returned as
// the body of a streaming Lambda response
// (events.LambdaFunctionURLStreamingResponse, which lambdaurl serves),
// which the runtime reads to its end after the handler returns. A goroutine that waits on ctx.Done()
// of a context the function creates is joined by calling (or deferring)
// its cancel function. In a select, a receive joins only on the path of
// its own case: a goroutine abandoned on a timeout case is reported. A
// goroutine joined on every path joins, where it starts, the goroutines
// whose channels it consumes in one of these ways: the first stage of a
// pipeline is joined through the last stage that the function drains.
//
// Bad:
//
//	func Hello(w http.ResponseWriter, r *http.Request) {
//		go audit(r)                      // may never run
//		topic.Publish(ctx, msg)          // may never be sent
//		fmt.Fprintln(w, "ok")
//	}
//
// Good:
//
//	func Hello(w http.ResponseWriter, r *http.Request) {
//		var wg sync.WaitGroup
//		wg.Go(func() { audit(r) })
//		res := topic.Publish(ctx, msg)
//		if _, err := res.Get(ctx); err != nil { ... }
//		wg.Wait()
//		fmt.Fprintln(w, "ok")
//	}
//
// To silence a deliberate case, join the work before returning, or move
// it out of the function into a service made for it (Cloud Tasks,
// Pub/Sub, Workflows).
//
// Known blind spots: when the group or channel a goroutine uses is not a
// local variable of the function that starts it (a parameter, a field, a
// package variable, a variable of an enclosing function), the wait is
// assumed to happen elsewhere and nothing is reported; a deferred join is
// taken to join every return, wherever the defer stands; goroutines
// started through function values or interface methods are not seen; a
// Publish result that is passed to another function or stored is assumed
// awaited there; goroutines that a third-party module starts are not derived from
// its code (a client library's connections run goroutines of their
// own by design): only the tables' asynchronous calls count there, so a
// third-party constructor called at cold start that starts goroutines
// is not reported; a call in cold-start code of a helper of another
// package that starts a SIGTERM listener is reported like any other; a
// consumer goroutine started at cold start that ranges over a channel a
// library fills on its own (a subscription's messages) is not reported;
// a pipeline stage that is handed the previous stage's channel is taken
// to drain it (passing a channel to a call counts as waiting on it), so
// a stage that stops reading early leaves the producer blocked unseen.
package backgroundwork
