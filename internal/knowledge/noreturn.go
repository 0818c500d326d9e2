package knowledge

import "go/types"

// neverReturn holds the Keys of the functions outside the analyzed
// module that never return normally, beyond those of ExitOf: they panic, end
// the goroutine, or stop the test. The standard library's part is what
// the ctrlflow analyzer infers from its source (every exported function
// or method, including promoted methods of unexported types, whose body
// has no reachable return); the logging libraries' part follows
// ctrlflow's and staticcheck's lists; aws-lambda-go's part its
// documentation.
var neverReturn = map[string]bool{
	"runtime.Goexit":     true,
	"runtime.CPUProfile": true, // always panics (deprecated)
	"testing.Main":       true,

	"log.Panic":             true,
	"log.Panicf":            true,
	"log.Panicln":           true,
	"(*log.Logger).Panic":   true,
	"(*log.Logger).Panicf":  true,
	"(*log.Logger).Panicln": true,

	// t.Fatal and friends: methods of testing.common promoted to T, B
	// and F; they end the test's goroutine.
	"(*testing.common).FailNow": true,
	"(*testing.common).Fatal":   true,
	"(*testing.common).Fatalf":  true,
	"(*testing.common).SkipNow": true,
	"(*testing.common).Skip":    true,
	"(*testing.common).Skipf":   true,

	// aws-lambda-go: "Start blocks, and does not return after being
	// called" (lambda.Start's documentation); every Start variant ends
	// in the same loop, which, if it ever stops, calls log.Fatalf.
	awsLambda + "Start":                   true,
	awsLambda + "StartWithOptions":        true,
	awsLambda + "StartWithContext":        true,
	awsLambda + "StartHandler":            true,
	awsLambda + "StartHandlerWithContext": true,
	awsLambda + "StartHandlerFunc":        true,

	"(*go.uber.org/zap.Logger).Panic":              true,
	"(*go.uber.org/zap.SugaredLogger).Panic":       true,
	"(*go.uber.org/zap.SugaredLogger).Panicf":      true,
	"(*go.uber.org/zap.SugaredLogger).Panicw":      true,
	"(*go.uber.org/zap.SugaredLogger).Panicln":     true,
	"github.com/sirupsen/logrus.Panic":             true,
	"github.com/sirupsen/logrus.Panicf":            true,
	"github.com/sirupsen/logrus.Panicln":           true,
	"(*github.com/sirupsen/logrus.Logger).Panic":   true,
	"(*github.com/sirupsen/logrus.Logger).Panicf":  true,
	"(*github.com/sirupsen/logrus.Logger).Panicln": true,
	"(*github.com/sirupsen/logrus.Entry).Panic":    true,
	"(*github.com/sirupsen/logrus.Entry).Panicf":   true,
	"(*github.com/sirupsen/logrus.Entry).Panicln":  true,
}

// NeverReturns reports whether a call of fn, a function declared
// outside the analyzed packages, never returns normally: it ends the
// process (an Exit that is not only the start of a chained log event),
// panics, or ends the goroutine.
func NeverReturns(fn *types.Func) bool {
	if e, ok := ExitOf(fn); ok {
		return !e.Chained
	}
	return has(neverReturn, fn)
}
