// Package use reaches the toy effect in its own code and through the
// facts of package dep.
package use

import (
	"sync"

	"example.com/eff/dep"
)

func cause() {}

var mu sync.Mutex

func direct() { cause() } // want "has use.cause"

func chain() { direct() } // want "has use.direct -> use.cause"

// Recursion: both functions of the cycle have the effect, and the
// search ends.
func ping(n int) { // want "has use.pong -> use.cause"
	if n > 0 {
		pong(n - 1)
	}
}

func pong(n int) { // want "has use.cause"
	ping(n)
	cause()
}

// A cycle without a cause has nothing.
func tick(n int) { tock(n) }
func tock(n int) { tick(n) }

// Self-recursion.
func self(n int) { // want "has use.cause"
	if n > 0 {
		self(n - 1)
	}
	cause()
}

// A literal called where it is written carries the effect; its name
// does not enter the path.
func literal() { // want "has use.cause"
	func() { // want "has use.cause"
		cause()
	}()
}

func literalChain() { // want "has use.direct -> use.cause"
	func() { // want "has use.direct -> use.cause"
		direct()
	}()
}

// Edges other than Now do not carry it.
func goroutine() {
	go direct()
	go func() { // want "has use.cause"
		cause()
	}()
}

func deferred() {
	defer direct()
}

func stored() func() {
	f := direct
	return f
}

// Guards: a held lock guards a cause and a call that carries one.
func guardedCause() {
	mu.Lock()
	cause()
	mu.Unlock()
}

func guardedCall() {
	mu.Lock()
	defer mu.Unlock()
	direct()
}

func afterUnlock() { // want "has use.cause"
	mu.Lock()
	cause()
	mu.Unlock()
	cause()
}

// Generic functions of the package are reached through their origin.
func gen[T any](t T) { cause() } // want "has use.cause"

func callsGen() { gen(1) } // want "has use.gen -> use.cause"

// Across packages: the facts of dep.
func viaDep() { dep.Exported() } // want "has dep.Exported -> dep.helper -> dep.cause"

func viaDirect() { dep.Direct() } // want "has dep.Direct -> dep.cause"

func viaGeneric() { dep.Gen("x") } // want "has dep.Gen -> dep.cause"

func viaMethod() { dep.T{}.Method() } // want `has \(dep.T\).Method -> dep.cause`

func viaGenericMethod() { // want `has \(\*dep.Box\).Put -> dep.cause`
	var b dep.Box[int]
	b.Put(1)
}

func viaClean()   { dep.Clean() }
func viaGuarded() { dep.Guarded() }
func viaGo()      { go dep.Exported() }

// Exported re-exports the effect of dep with the longer path.
func Exported() { dep.Exported() } // want "has dep.Exported -> dep.helper -> dep.cause" Exported:"toy dep.Exported -> dep.helper -> dep.cause"

func viaLong() { dep.Long() } // want "has dep.Long -> dep.l1 -> dep.l2 -> dep.l3 -> dep.l4 -> dep.cause"

func guardedImported() {
	mu.Lock()
	dep.Exported()
	mu.Unlock()
}

// An interface call is not resolved to the methods that may serve it.
func viaInterface(i dep.I) {
	i.Method() // ok: a blind spot of the engine
}

// Run's sites: in judged code, the direct causes and the calls of other
// packages' functions that have the effect; a call of a function of the
// package is no site (that function is judged itself).
func judgedDirect() { // want "has use.cause"
	cause() // want "site use.cause: : use.cause"
}

func judgedImported() { // want "has dep.Exported -> dep.helper -> dep.cause"
	dep.Exported() // want "site dep.Exported: calls dep.Exported, which calls dep.helper: dep.cause"
}

func judgedLocal() { direct() } // want "has use.direct -> use.cause"

func judgedGuarded() {
	mu.Lock()
	defer mu.Unlock()
	cause()
	dep.Direct()
}

func judgedLiteral() {
	go func() { // want "has use.cause"
		cause() // want "site use.cause: : use.cause"
	}()
}

// A literal has its own graph: the lock held around its call guards the
// call, not the literal's own cause.
func guardedLiteral() {
	mu.Lock()
	func() { // want "has use.cause"
		cause()
	}()
	mu.Unlock()
}

func deferredLiteral() {
	defer func() { // want "has use.cause"
		cause()
	}()
}

// The package initializers run a literal that has the effect.
var initialized = func() int { // want "has use.cause"
	cause()
	return 1
}()
