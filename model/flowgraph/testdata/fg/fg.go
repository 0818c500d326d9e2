// Package fg holds functions that never return, each for its own reason,
// and near misses.
package fg

import (
	"log"
	"os"
	"runtime"
	"testing"

	"example.com/fg/helper"
	zlog "github.com/rs/zerolog/log"
	"github.com/sirupsen/logrus"
	"go.uber.org/zap"
)

func exits()               { os.Exit(1) }       // want exits:"noReturn"
func fatal()               { log.Fatalf("x") }  // want fatal:"noReturn"
func logger(l *log.Logger) { l.Fatalln("x") }   // want logger:"noReturn"
func panics()              { log.Panicln("x") } // want panics:"noReturn"
func goexit()              { runtime.Goexit() } // want goexit:"noReturn"
func builtin()             { panic("x") }       // want builtin:"noReturn"
func loops() { // want loops:"noReturn"
	for {
	}
}

func viaLocal()              { exits() }           // want viaLocal:"noReturn"
func viaHelper()             { helper.Die("x") }   // want viaHelper:"noReturn"
func stop(t *testing.T)      { t.Fatal("x") }      // want stop:"noReturn"
func skip(b *testing.B)      { b.SkipNow() }       // want skip:"noReturn"
func zapFatal(l *zap.Logger) { l.Fatal("x") }      // want zapFatal:"noReturn"
func logrusFatal()           { logrus.Fatal("x") } // want logrusFatal:"noReturn"

// The panicking calls of the tables, beside the exits.
func loggerPanic(l *log.Logger)       { l.Panicf("x") }                    // want loggerPanic:"noReturn"
func zapPanic(l *zap.Logger)          { l.Panic("x") }                     // want zapPanic:"noReturn"
func sugarPanic(s *zap.SugaredLogger) { s.Panicf("x") }                    // want sugarPanic:"noReturn"
func logrusPanic()                    { logrus.Panic("x") }                // want logrusPanic:"noReturn"
func entryPanic(e *logrus.Entry)      { e.Panicf("x") }                    // want entryPanic:"noReturn"
func testMain()                       { testing.Main(nil, nil, nil, nil) } // want testMain:"noReturn"
func fatalf(t *testing.T)             { t.Fatalf("x") }                    // want fatalf:"noReturn"
func skipf(f *testing.F)              { f.Skipf("x") }                     // want skipf:"noReturn"

func recursive(n int) { recursive(n - 1) } // ok: recursion is cut where it closes, as in ctrlflow
func sometimes(b bool) { // ok: may return
	if b {
		os.Exit(1)
	}
}

func viaMust(err error) { helper.Must(err) } // ok: Must returns
func viaValue(f func()) { f() }              // ok: a function value may return
func printf()           { log.Printf("x") }  // ok
func chained()          { zlog.Fatal() }     // ok: zerolog's Fatal only starts an event
