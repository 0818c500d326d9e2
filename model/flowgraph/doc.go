// Package flowgraph defines an Analyzer that builds the control-flow
// graph of every function of the module's packages, knowing which calls
// never return.
//
// # Analyzer flowgraph
//
// flowgraph: build control-flow graphs that end at calls that never return
//
// flowgraph reports nothing; the analyzers that follow paths through a
// function (missingresponse, backgroundwork, globalmutation) use its
// graphs. A block ends at a call that never returns normally: panic; a
// function of fnlint's tables (os.Exit, log.Fatal and the other process
// exits, log.Panic, runtime.Goexit, t.Fatal, the fatal and panic calls of
// zap, logrus, klog and glog, and aws-lambda-go's lambda.Start and its
// Start variants, which serve invocations until the process ends, so
// that what follows them in a Lambda main is unreachable); a function of
// the same package whose body
// has no reachable return; and a function of another package of the
// module with the same property, known through an analysis fact. (That
// fact is not one of the effect engine's: "never returns" holds when
// every path of the graph ends in such a call, a property of the graph
// itself, where the engine propagates "some call reaches a cause".)
//
// It works like the ctrlflow analyzer of golang.org/x/tools, with one
// difference: ctrlflow learns that os.Exit or log.Fatal never return by
// analyzing the standard library and every dependency from source, while
// flowgraph takes that knowledge for the standard library and the
// modules fnlint's tables describe from those tables, and derives it
// only in your own code and in the other third-party dependencies (the
// modules no table describes, whose "never returns" facts summarize
// them; see funcmodel's Model.Summarized). Every driver (fnlint, go vet,
// golangci-lint) sees the same graphs.
//
// Known blind spots: as in ctrlflow, a body with a defer statement is
// taken to return (the deferred call may recover a panic), so a Lambda
// main that defers something gets no "never returns" fact, although
// its code after lambda.Start is unreachable and its deferred calls
// never run; no analyzer reports those. A helper of a module the tables
// describe that always exits without a table entry of its own is not
// known to stop, so a path through it is followed as if it returned.
package flowgraph
