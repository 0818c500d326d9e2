package knowledge

import (
	"go/ast"
	"go/types"
)

// A ProcessState is a kind of state shared by the whole process, which
// every invocation served by an instance sees.
type ProcessState uint8

const (
	Environment ProcessState = iota + 1 // the environment variables
	WorkingDir                          // the working directory
	StdLogger                           // the standard logger's output, prefix and flags
)

// processSetters maps the Key of each function that changes process-wide
// state to the state it changes (the os documentation: Setenv "sets the
// value of the environment variable", Unsetenv and Clearenv delete them,
// Chdir "changes the current working directory"; syscall.Setenv is what
// os.Setenv calls; log: SetOutput, SetPrefix and SetFlags set those of
// the standard logger).
var processSetters = map[string]ProcessState{
	"os.Setenv":      Environment,
	"os.Unsetenv":    Environment,
	"os.Clearenv":    Environment,
	"syscall.Setenv": Environment,
	"os.Chdir":       WorkingDir,
	"log.SetOutput":  StdLogger,
	"log.SetPrefix":  StdLogger,
	"log.SetFlags":   StdLogger,
}

// ProcessStateOf returns, when fn changes state shared by the whole
// process (os.Setenv, os.Chdir, log.SetOutput), which state it changes.
func ProcessStateOf(fn *types.Func) (ProcessState, bool) { return lookup(processSetters, fn) }

// A FlagParse describes a call that parses command-line flags.
type FlagParse struct {
	// CommandLine: it parses flag.CommandLine, which exits on a bad
	// flag; otherwise it parses its receiver, a *flag.FlagSet, which
	// exits on one when it was created with flag.ExitOnError.
	CommandLine bool
}

// flagParses maps the Key of each flag-parsing call to its description
// (flag: "Parse parses the command-line flags from os.Args[1:]";
// CommandLine is created with ExitOnError; ExitOnError "calls
// os.Exit(2)" on a parse error).
var flagParses = map[string]FlagParse{
	"flag.Parse":            {CommandLine: true},
	"(*flag.FlagSet).Parse": {},
}

// FlagParseOf returns, when fn parses command-line flags, what it
// parses.
func FlagParseOf(fn *types.Func) (FlagParse, bool) { return lookup(flagParses, fn) }

// flagSetConstructors maps the Key of each function that creates a flag
// set to the index of its flag.ErrorHandling argument (flag: "NewFlagSet
// returns a new, empty flag set with the specified name and error
// handling property").
var flagSetConstructors = map[string]int{
	"flag.NewFlagSet": 1,
}

// FlagSetHandlingArg returns, when fn creates a flag set, the index of
// its error-handling argument.
func FlagSetHandlingArg(fn *types.Func) (int, bool) { return lookup(flagSetConstructors, fn) }

// timerFuncs holds the Keys of the functions that return a channel on
// which the time package sends the time, once or periodically (time:
// "After waits for the duration to elapse and then sends the current
// time on the returned channel"; "Tick is a convenience wrapper for
// NewTicker providing access to the ticking channel only").
var timerFuncs = map[string]bool{
	"time.After": true,
	"time.Tick":  true,
}

// timerTypes holds the types whose field C is such a channel (time: a
// Timer's and a Ticker's C, "The channel on which the ticks are
// delivered").
var timerTypes = map[typeName]bool{
	{"time", "Timer"}:  true,
	{"time", "Ticker"}: true,
}

// IsTimerChannel reports whether x denotes a channel of the time
// package's timers: time.After(d), time.Tick(d), or the field C of a
// time.Timer or time.Ticker. A loop receiving from it is periodic work
// of its own, not a consumer of what other code sends.
func IsTimerChannel(info *types.Info, x ast.Expr) bool {
	switch x := ast.Unparen(x).(type) {
	case *ast.SelectorExpr:
		sel, ok := info.Selections[x]
		if !ok || sel.Kind() != types.FieldVal || x.Sel.Name != "C" {
			return false
		}
		recv := sel.Recv()
		if p, ok := types.Unalias(recv).(*types.Pointer); ok {
			recv = p.Elem()
		}
		n, ok := types.Unalias(recv).(*types.Named)
		return ok && n.Obj().Pkg() != nil && timerTypes[typeName{unvendor(n.Obj().Pkg().Path()), n.Obj().Name()}]
	case *ast.CallExpr:
		return has(timerFuncs, Callee(info, x))
	}
	return false
}

// hostPortJoins maps the Key of each function that joins a host and a
// port into an address to the index of its port argument (net:
// "JoinHostPort combines host and port into a network address of the
// form "host:port"").
var hostPortJoins = map[string]int{
	"net.JoinHostPort": 1,
}

// HostPortJoinOf returns, when fn joins a host and a port into an
// address, the index of the port argument.
func HostPortJoinOf(fn *types.Func) (int, bool) { return lookup(hostPortJoins, fn) }

// sprintfs maps the Key of each function that returns its operands
// formatted by a format string to the index of the format (fmt:
// "Sprintf formats according to a format specifier and returns the
// resulting string").
var sprintfs = map[string]int{
	"fmt.Sprintf": 0,
}

// SprintfOf returns, when fn formats its operands into a string, the
// index of its format argument.
func SprintfOf(fn *types.Func) (int, bool) { return lookup(sprintfs, fn) }

// pipes holds the Keys of the functions that return the two ends of a
// synchronous in-memory pipe (io: "Pipe creates a synchronous in-memory
// pipe ... Reads and Writes on the pipe are matched one to one"): the
// reader of one end waits for the writer of the other.
var pipes = map[string]bool{
	"io.Pipe": true,
}

// IsPipe reports whether fn returns the read and write ends of a
// synchronous pipe (io.Pipe).
func IsPipe(fn *types.Func) bool { return has(pipes, fn) }

// sharedDefaults holds the package-level variables whose value every
// user of their package shares (net/http: "DefaultClient is the default
// Client and is used by Get, Head, and Post"; "DefaultTransport is the
// default implementation of Transport and is used by DefaultClient"):
// writing them, or a field reached from them, changes them for the
// whole process.
var sharedDefaults = map[typeName]bool{
	{"net/http", "DefaultClient"}:    true,
	{"net/http", "DefaultTransport"}: true,
}

// IsSharedDefault reports whether v is a package-level variable whose
// value the whole process shares (http.DefaultClient,
// http.DefaultTransport).
func IsSharedDefault(v *types.Var) bool { return isPackageVar(sharedDefaults, v) }

// exitingFlagSets holds the package-level flag sets that exit on a bad
// flag (flag: "CommandLine is the default set of command-line flags",
// made with ExitOnError, which "calls os.Exit(2)" on a parse error).
var exitingFlagSets = map[typeName]bool{
	{"flag", "CommandLine"}: true,
}

// ExitsOnBadFlag reports whether v is a package-level flag set that
// exits the process on a bad flag (flag.CommandLine).
func ExitsOnBadFlag(v *types.Var) bool { return isPackageVar(exitingFlagSets, v) }

// isPackageVar reports whether v is a package-level variable of vars.
func isPackageVar(vars map[typeName]bool, v *types.Var) bool {
	return v != nil && !v.IsField() && v.Pkg() != nil && v.Parent() == v.Pkg().Scope() && vars[typeName{unvendor(v.Pkg().Path()), v.Name()}]
}
