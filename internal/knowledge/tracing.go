package knowledge

import (
	"go/types"
	"strings"
)

// SendsTraceFromContext reports whether a call of fn sends AWS the
// Lambda trace id of the context it is given: fn is an operation of an
// AWS SDK for Go v2 service client (a method of the Client type of a
// package under the SDK's service/), whose middleware stack holds the
// SDK's recursion-detection middleware (aws/middleware's
// RecursionDetection, added by every generated operation: it "sets its
// X-Ray trace ID to request header if absent to avoid recursion
// invocation in Lambda"). It reads the invocation's trace id from the
// context first, then from _X_AMZN_TRACE_ID, which the Lambda runtime
// sets only while one invocation runs at a time.
func SendsTraceFromContext(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	if recv == nil || fn.Pkg() == nil || !fn.Exported() || !strings.HasPrefix(fn.Pkg().Path(), awsV2+"service/") {
		return false
	}
	t := recv.Type()
	if p, ok := types.Unalias(t).(*types.Pointer); ok {
		t = p.Elem()
	}
	n, ok := types.Unalias(t).(*types.Named)
	return ok && n.Obj().Name() == "Client" && n.Obj().Pkg() == fn.Pkg()
}
