package knowledge

import (
	"go/types"
	"slices"
	"strings"
)

// This file describes the calls that cannot carry a context's
// deadline: the ones whose API has no way to take one (http.Get), and
// the ones whose package or type has a sibling that takes a context
// first (db.Query and db.QueryContext). Entries are matched by package
// path, receiver type and name, looked up through the types.

// recvNamed returns the named type of a receiver type T or *T, or nil.
func recvNamed(t types.Type) *types.Named {
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, _ := types.Unalias(t).(*types.Named)
	return n
}

// A NoDeadline describes a call of the tables that takes no context, and
// what to call instead.
type NoDeadline struct {
	// Instead says what carries a context, for messages:
	// "http.NewRequestWithContext and (*http.Client).Do".
	Instead string
	// Dialer, when set, says that the call is Dial's: net.Dial(n, a)
	// is (&net.Dialer{}).DialContext(ctx, n, a), as net's own Dial is
	// written ("var d Dialer; return d.Dial(network, address)").
	Dialer bool
}

// noDeadline lists the calls that cannot carry a deadline and have no
// sibling of the same parameters plus a context. net/http's docs of Get,
// Head, Post and PostForm (functions and Client methods): "To make a
// request with a specified context.Context, use NewRequestWithContext
// and Client.Do." net's docs of Dial and DialTimeout point to
// Dialer.DialContext ("DialContext connects to the address on the named
// network using the provided context").
var noDeadline = map[string]NoDeadline{
	"net/http.Get":                {Instead: "http.NewRequestWithContext and (*http.Client).Do"},
	"net/http.Head":               {Instead: "http.NewRequestWithContext and (*http.Client).Do"},
	"net/http.Post":               {Instead: "http.NewRequestWithContext and (*http.Client).Do"},
	"net/http.PostForm":           {Instead: "http.NewRequestWithContext and (*http.Client).Do"},
	"(*net/http.Client).Get":      {Instead: "http.NewRequestWithContext and (*http.Client).Do"},
	"(*net/http.Client).Head":     {Instead: "http.NewRequestWithContext and (*http.Client).Do"},
	"(*net/http.Client).Post":     {Instead: "http.NewRequestWithContext and (*http.Client).Do"},
	"(*net/http.Client).PostForm": {Instead: "http.NewRequestWithContext and (*http.Client).Do"},
	"net.Dial":                    {Instead: "(*net.Dialer).DialContext", Dialer: true},
	"net.DialTimeout":             {Instead: "(*net.Dialer).DialContext"},
}

// NoDeadlineOf returns the description of fn when fn is a call of the
// tables that cannot carry a context's deadline and has no sibling
// that can (see DeadlineSibling).
func NoDeadlineOf(fn *types.Func) (NoDeadline, bool) { return lookup(noDeadline, fn) }

// siblingModules lists the modules whose functions F, or methods, that
// have a sibling FContext or FWithContext taking a context first and
// otherwise the same parameters do the same work as the sibling given
// context.Background(), so that the sibling given the caller's context
// is the same call bounded by its deadline:
//
//   - the standard library: database/sql ("QueryContext executes a
//     query ... Query uses context.Background internally; to specify
//     the context, use QueryContext"; the same for Exec, QueryRow,
//     Prepare, Ping and the methods of Tx, Stmt and Conn), os/exec
//     (Command and CommandContext: "The provided context is used to
//     interrupt the process"), net/http (NewRequest: "NewRequest wraps
//     NewRequestWithContext using context.Background"), net (Dialer.Dial
//     and DialContext), crypto/tls (Conn.Handshake and HandshakeContext,
//     Dialer.Dial and DialContext); not log/slog, whose InfoContext and
//     the like take a context only for the values a handler reads;
//   - the AWS SDK for Go v1, whose operations come as Op(input) and
//     OpWithContext(ctx, input, opts ...request.Option) (its docs:
//     "OpWithContext is the same as Op with the addition of the ability
//     to pass a context and additional request options"), and whose
//     s3manager Upload and Download, and WaitUntil and Pages helpers,
//     follow the same pattern;
//   - github.com/jmoiron/sqlx, whose Get, Select, NamedExec, MustExec
//     and the like have Context siblings that database/sql's pattern
//     gives ("GetContext does a QueryRowxContext ...").
var siblingModules = []string{
	"github.com/aws/aws-sdk-go",
	"github.com/jmoiron/sqlx",
}

// valuesOnly lists the standard packages whose Context siblings take a
// context only for its values: the sibling bounds no work.
var valuesOnly = map[string]bool{
	"log/slog": true,
}

// siblingModule reports whether the package at path is in the standard
// library or in a module of siblingModules (not its v2 or other
// modules whose paths begin alike).
func siblingModule(path string) bool {
	if valuesOnly[path] {
		return false
	}
	if first, _, _ := strings.Cut(path, "/"); !strings.Contains(first, ".") {
		return true // the standard library
	}
	for _, m := range siblingModules {
		if path == m || strings.HasPrefix(path, m+"/") {
			return true
		}
	}
	return false
}

// DeadlineSibling returns the sibling of fn that takes a context: the
// function of fn's package, or the method of fn's receiver type, named
// fn's name followed by "Context" or "WithContext", whose parameters
// are a context.Context followed by fn's (and, when fn is not variadic,
// at most one variadic parameter of options more: the AWS SDK for Go
// v1's ...request.Option) and whose results are fn's. It returns nil
// when fn has none, or when fn's module is not one whose siblings are
// known to do fn's work (see siblingModules).
func DeadlineSibling(fn *types.Func) *types.Func {
	if fn == nil || fn.Pkg() == nil || !siblingModule(fn.Pkg().Path()) {
		return nil
	}
	fn = fn.Origin()
	sig := fn.Signature()
	for _, suffix := range []string{"Context", "WithContext"} {
		var obj types.Object
		if recv := sig.Recv(); recv != nil {
			named := recvNamed(recv.Type())
			if named == nil {
				return nil
			}
			obj, _, _ = types.LookupFieldOrMethod(types.NewPointer(named), false, fn.Pkg(), fn.Name()+suffix)
			if _, isIface := named.Underlying().(*types.Interface); isIface {
				obj, _, _ = types.LookupFieldOrMethod(named, false, fn.Pkg(), fn.Name()+suffix)
			}
		} else {
			obj = fn.Pkg().Scope().Lookup(fn.Name() + suffix)
		}
		if s, ok := obj.(*types.Func); ok && takesContextFirst(sig, s.Signature()) {
			return s
		}
	}
	return nil
}

// takesContextFirst reports whether sibling's parameters are a
// context.Context followed by sig's, and at most one variadic one more
// when sig is not variadic, and its results are sig's.
func takesContextFirst(sig, sibling *types.Signature) bool {
	p, q := sig.Params(), sibling.Params()
	if q.Len() < 1 || !isContextType(q.At(0).Type()) || !types.Identical(sig.Results(), sibling.Results()) {
		return false
	}
	extra := q.Len() - 1 - p.Len()
	switch {
	case extra == 0 && sig.Variadic() == sibling.Variadic():
	case extra == 1 && !sig.Variadic() && sibling.Variadic():
	default:
		return false
	}
	for i := range p.Len() {
		if !types.Identical(p.At(i).Type(), q.At(i+1).Type()) {
			return false
		}
	}
	return true
}

// isContextType reports whether t is context.Context (or an alias of
// it, as the AWS SDK for Go v1's aws.Context).
func isContextType(t types.Type) bool {
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Pkg() != nil && n.Obj().Pkg().Path() == "context" && n.Obj().Name() == "Context"
}

// callBuilderModules lists the modules whose calls are built as values
// with a Do method that makes the request and a Context method that
// gives it a context: the Google API Go client's generated services
// (google.golang.org/api: "Context sets the context to be used in this
// call's Do method. Any pending HTTP request will be aborted if the
// provided context is canceled"), whose Do without it sends the request
// with no deadline.
var callBuilderModules = []string{
	"google.golang.org/api",
}

// ContextSetter returns, for fn the Do method of a call builder of a
// module of callBuilderModules (or Download, which fetches a media
// object with the same request), the builder's Context method, which
// takes a context.Context and returns the builder: called before Do,
// it bounds the request by the context. It returns nil for any other
// function.
func ContextSetter(fn *types.Func) *types.Func {
	if fn == nil || fn.Name() != "Do" && fn.Name() != "Download" || fn.Pkg() == nil || !slices.ContainsFunc(callBuilderModules, func(m string) bool {
		return strings.HasPrefix(fn.Pkg().Path(), m+"/")
	}) {
		return nil
	}
	recv := fn.Signature().Recv()
	if recv == nil {
		return nil
	}
	named := recvNamed(recv.Type())
	if named == nil {
		return nil
	}
	obj, _, _ := types.LookupFieldOrMethod(recv.Type(), true, fn.Pkg(), "Context")
	setter, ok := obj.(*types.Func)
	if !ok {
		return nil
	}
	sig := setter.Signature()
	if sig.Params().Len() != 1 || !isContextType(sig.Params().At(0).Type()) || sig.Results().Len() != 1 || recvNamed(sig.Results().At(0).Type()) != named {
		return nil
	}
	return setter
}
