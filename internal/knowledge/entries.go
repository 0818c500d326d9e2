package knowledge

import "go/types"

// Kind is the kind of an entry point, which decides what the platform
// expects of it.
type Kind int

const (
	HTTP       Kind = iota + 1 // func(http.ResponseWriter, *http.Request)
	CloudEvent                 // func(context.Context, event.Event) error
	Background                 // 1st-gen background: func(context.Context, T) error
	Typed                      // functions.Typed: func([ctx,] T) (R, error)
	Lambda                     // AWS Lambda handler
)

func (k Kind) String() string {
	switch k {
	case HTTP:
		return "http"
	case CloudEvent:
		return "cloudevent"
	case Background:
		return "background"
	case Typed:
		return "typed"
	case Lambda:
		return "lambda"
	}
	return "unknown"
}

// A Registration describes a function that registers an entry point.
type Registration struct {
	Kind    Kind
	NameArg int    // index of the registered name argument, or -1
	FuncArg int    // index of the function argument
	Method  string // when the argument is not a function value: the method of its type that serves invocations
	Main    bool   // whether the registration declares entry points in a main package
	// UniqueName: the framework kills the process (log.Fatalf) when the
	// name is already registered.
	UniqueName bool
}

// The modules of the two platforms' Go SDKs, whose packages a function
// package imports.
const (
	FunctionsFramework = "github.com/GoogleCloudPlatform/functions-framework-go"
	LambdaModule       = "github.com/aws/aws-lambda-go"
)

const (
	ffFunctions  = "github.com/GoogleCloudPlatform/functions-framework-go/functions."
	ffLegacy     = "github.com/GoogleCloudPlatform/functions-framework-go/funcframework."
	awsLambda    = "github.com/aws/aws-lambda-go/lambda."
	awsLambdaURL = "github.com/aws/aws-lambda-go/lambdaurl."
)

// registrations maps the Key of each registration function to what it
// registers. Registrations in main packages only count where Main is set:
// a functions-framework main is a local development server, while an AWS
// Lambda binary is a main package by construction.
//
// functions.HTTP, CloudEvent and Typed register by name in one registry
// per process, whose register returns "function name already
// registered" for a name seen before, and they call log.Fatalf on that
// error (functions-framework-go v1.6 to v1.9, functions/functions.go and
// internal/registry). The funcframework functions register by path,
// where the registry checks nothing.
var registrations = map[string]Registration{
	ffFunctions + "HTTP":       {Kind: HTTP, NameArg: 0, FuncArg: 1, UniqueName: true},
	ffFunctions + "CloudEvent": {Kind: CloudEvent, NameArg: 0, FuncArg: 1, UniqueName: true},
	ffFunctions + "Typed":      {Kind: Typed, NameArg: 0, FuncArg: 1, UniqueName: true},

	ffLegacy + "RegisterHTTPFunction":              {Kind: HTTP, NameArg: 0, FuncArg: 1},
	ffLegacy + "RegisterHTTPFunctionContext":       {Kind: HTTP, NameArg: 1, FuncArg: 2},
	ffLegacy + "RegisterEventFunction":             {Kind: Background, NameArg: 0, FuncArg: 1},
	ffLegacy + "RegisterEventFunctionContext":      {Kind: Background, NameArg: 1, FuncArg: 2},
	ffLegacy + "RegisterCloudEventFunctionContext": {Kind: CloudEvent, NameArg: 1, FuncArg: 2},

	// aws-lambda-go's lambda package: Start and StartWithOptions take a
	// handler function or a value with the Handler interface's Invoke
	// method (its reflectHandler calls Invoke on such a value), as do the
	// deprecated StartWithContext, StartHandler and
	// StartHandlerWithContext; the generic StartHandlerFunc takes a
	// func(context.Context, TIn) (TOut, error).
	awsLambda + "Start":                   {Kind: Lambda, NameArg: -1, FuncArg: 0, Method: "Invoke", Main: true},
	awsLambda + "StartWithOptions":        {Kind: Lambda, NameArg: -1, FuncArg: 0, Method: "Invoke", Main: true},
	awsLambda + "StartWithContext":        {Kind: Lambda, NameArg: -1, FuncArg: 1, Method: "Invoke", Main: true},
	awsLambda + "StartHandlerFunc":        {Kind: Lambda, NameArg: -1, FuncArg: 0, Main: true},
	awsLambda + "StartHandler":            {Kind: Lambda, NameArg: -1, FuncArg: 0, Method: "Invoke", Main: true},
	awsLambda + "StartHandlerWithContext": {Kind: Lambda, NameArg: -1, FuncArg: 1, Method: "Invoke", Main: true},

	// aws-lambda-go's lambdaurl package (v1.41 and later): Start serves
	// an http.Handler as a Lambda Function URL with a streaming response
	// (its code: lambda.StartWithOptions(Wrap(handler), options...)). A
	// Lambda registration that serves ServeHTTP declares HTTP handlers on
	// Lambda.
	awsLambdaURL + "Start": {Kind: Lambda, NameArg: -1, FuncArg: 0, Method: "ServeHTTP", Main: true},
}

// streamingBodies maps each Lambda response type whose body the runtime
// reads after the handler returns, streaming it to the caller, to the
// name of its body field: aws-lambda-go's
// events.LambdaFunctionURLStreamingResponse (Body io.Reader, which
// lambdaurl.Wrap fills with the read end of a pipe its handler
// goroutine writes). A handler may also return an io.Reader itself,
// which the runtime streams the same way (aws-lambda-go's lambda
// package: a handler output that is an io.Reader is copied to the
// response).
var streamingBodies = map[string]string{
	LambdaModule + "/events.LambdaFunctionURLStreamingResponse": "Body",
}

// IsStreamingResponse reports whether t is a Lambda response type whose
// body the runtime streams after the handler returns (see
// streamingBodies).
func IsStreamingResponse(t types.Type) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	_, ok = streamingBodies[unvendor(n.Obj().Pkg().Path())+"."+n.Obj().Name()]
	return ok
}

// IsStreamingBody reports whether a field named field of a composite
// literal of type t holds a response body that the Lambda runtime
// reads after the handler returns (see streamingBodies).
func IsStreamingBody(t types.Type, field string) bool {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	if !ok || n.Obj().Pkg() == nil {
		return false
	}
	f, ok := streamingBodies[unvendor(n.Obj().Pkg().Path())+"."+n.Obj().Name()]
	return ok && f == field
}

// lambdaHTTPWrappers maps the Key of each function that returns a Lambda
// handler serving the http.Handler it is given to the index of that
// argument: aws-lambda-go's lambdaurl.Wrap, whose result translates a
// Function URL request into an *http.Request, runs the handler's
// ServeHTTP for it and streams what it writes as the response.
var lambdaHTTPWrappers = map[string]int{
	awsLambdaURL + "Wrap": 0,
}

// handlerWrappers maps the Key of each function that wraps a handler
// into a value that serves it (a lambda.Handler) to the index of the
// handler argument: lambda.NewHandler(fn) and NewHandlerWithOptions,
// whose result's Invoke decodes the payload and calls fn (aws-lambda-go's
// documentation of NewHandler). The wrapper keeps the handler: it does
// not run it (see FuncArgRuns).
var handlerWrappers = map[string]int{
	awsLambda + "NewHandler":            0,
	awsLambda + "NewHandlerWithOptions": 0,
}

const apiProxy = "github.com/awslabs/aws-lambda-go-api-proxy/"

// adapters maps the Key of each constructor of an
// aws-lambda-go-api-proxy adapter to the index of its argument: the
// http.Handler or router (gorilla/mux, chi, gin, echo, fiber) that the
// adapter's Proxy methods (adapterMethods) run for each API Gateway or
// ALB request, translated to an *http.Request. Source: the adapter
// packages' New, NewV2 and NewALB functions (the fiber package,
// fiberadapter, has New alone).
var adapters = func() map[string]int {
	m := make(map[string]int)
	for _, pkg := range []string{"httpadapter", "gorillamux", "chi", "gin", "echo", "fiber"} {
		for _, name := range []string{"New", "NewV2", "NewALB"} {
			m[apiProxy+pkg+"."+name] = 0
		}
	}
	return m
}()

// adapterMethods lists the methods of an adapter that serve a Lambda
// invocation by running the adapted handler: the value passed to
// lambda.Start (adapter.ProxyWithContext).
var adapterMethods = map[string]bool{
	"Proxy":              true,
	"ProxyWithContext":   true,
	"ProxyWithContextV2": true, // chiadapter's v2
	"ProxyV2":            true, // fiberadapter's v2
}

// Package paths of the types in entry-point signatures.
const (
	NetHTTP         = "net/http"
	CloudEventsPkg  = "github.com/cloudevents/sdk-go/v2/event"
	CloudEventsType = "Event"
)

// RegistrationOf returns what a call of fn registers, when fn is a
// registration function of the platforms' SDKs (functions.HTTP,
// lambda.Start).
func RegistrationOf(fn *types.Func) (Registration, bool) { return lookup(registrations, fn) }

// HandlerWrapperOf returns, when fn wraps a handler into a value that
// serves it (lambda.NewHandler), the index of the handler argument.
func HandlerWrapperOf(fn *types.Func) (int, bool) { return lookup(handlerWrappers, fn) }

// LambdaHTTPWrapperOf returns, when fn returns a Lambda handler serving
// an http.Handler (lambdaurl.Wrap), the index of that argument.
func LambdaHTTPWrapperOf(fn *types.Func) (int, bool) { return lookup(lambdaHTTPWrappers, fn) }

// AdapterOf returns, when fn constructs an aws-lambda-go-api-proxy
// adapter (httpadapter.New, chiadapter.New, ...), the index of the
// handler or router argument the adapter serves.
func AdapterOf(fn *types.Func) (int, bool) { return lookup(adapters, fn) }

// IsAdapterMethod reports whether an adapter's method of this name
// serves a Lambda invocation by running the adapted handler.
func IsAdapterMethod(name string) bool { return adapterMethods[name] }
