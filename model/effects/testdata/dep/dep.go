// Package dep has the toy effect in exported functions, whose facts the
// package use reads.
package dep

import (
	"net/http"
	"sync"
)

func cause() {}

var mu sync.Mutex

func helper() { cause() } // want "has dep.cause"

// Exported reaches the cause through an unexported helper, whose name is
// in the fact's path.
func Exported() { helper() } // want "has dep.helper -> dep.cause" Exported:"toy dep.helper -> dep.cause"

func Direct() { cause() } // want "has dep.cause" Direct:"toy dep.cause"

// unexported has the effect but exports no fact.
func unexported() { cause() } // want "has dep.cause"

// Guarded holds a lock around the cause: it does not count.
func Guarded() {
	mu.Lock()
	cause()
	mu.Unlock()
}

func Clean() {}

// Undecodable has a summary whose cause is not the JSON of a toy.
func Undecodable() {}

// Gen is generic: its fact is on the origin.
func Gen[T any](t T) { cause() } // want "has dep.cause" Gen:"toy dep.cause"

type T struct{}

func (T) Method() { cause() } // want "has dep.cause" Method:"toy dep.cause"

type Box[E any] struct{ e E }

func (b *Box[E]) Put(e E) { b.e = e; cause() } // want "has dep.cause" Put:"toy dep.cause"

// I is implemented by T.
type I interface{ Method() }

// Long has a chain longer than the engine records: the path is clipped.
func Long() { l1() }    // want "has dep.l1 -> dep.l2 -> dep.l3 -> dep.l4 -> dep.l5 -> dep.cause" Long:"toy dep.l1 -> dep.l2 -> dep.l3 -> dep.l4 -> dep.l5 -> dep.cause"
func l1()   { l2() }    // want "has dep.l2 -> dep.l3 -> dep.l4 -> dep.l5 -> dep.l6 -> dep.cause"
func l2()   { l3() }    // want "has dep.l3 -> dep.l4 -> dep.l5 -> dep.l6 -> dep.cause"
func l3()   { l4() }    // want "has dep.l4 -> dep.l5 -> dep.l6 -> dep.cause"
func l4()   { l5() }    // want "has dep.l5 -> dep.l6 -> dep.cause"
func l5()   { l6() }    // want "has dep.l6 -> dep.cause"
func l6()   { cause() } // want "has dep.cause"

// Handler and CleanHandler are registered as entry points in package
// reg.
func Handler(w http.ResponseWriter, r *http.Request) { helper() } // want "has dep.helper -> dep.cause" Handler:"toy dep.helper -> dep.cause"

func CleanHandler(w http.ResponseWriter, r *http.Request) {}
