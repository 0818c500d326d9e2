// Package puse gives values to the functions of pdep, whose facts say
// which of their parameters reach the toy sink.
package puse

import "example.com/eff/pdep"

func sink(v any) {}

// judged gives constants, which are no parameter's values: sites.
func judged() {
	pdep.Through(1)   // want `site 1: pdep.Through -> pdep.Direct -> pdep.sink at pdep.go:12`
	pdep.Direct(2, 3) // want `site 3: pdep.Direct -> pdep.sink at pdep.go:12`
	pdep.Variadic(4)  // ok: a variadic parameter's arguments are not followed
	pdep.T{}.M(5)     // want `site 5: \(pdep.T\).M -> pdep.sink at pdep.go:53`
	pdep.Drop(6)      // want `drops 0 of pdep.Drop`
	sink(7)           // want `drops 0 of puse.sink` `site 7: puse.sink at puse.go:16`
	relay(8)          // want `site 8: puse.relay -> pdep.Deep -> pdep.d1 -> pdep.d2 -> pdep.d3 -> pdep.sink at pdep.go:55`
	// The execution model resolves the function value f holds.
	var f func(int) = relay
	f(9) // want `site 9: puse.relay -> pdep.Deep`
}

func relay(x int) { pdep.Deep(x) } // want "reaches 0: pdep.Deep -> pdep.d1 -> pdep.d2 -> pdep.d3 -> pdep.d4"

// judgedLit's literal captures x and gives it to pdep.Direct: x
// reaches the sink.
func judgedLit(x int) { // want "reaches 0: pdep.Direct -> pdep.sink"
	func() {
		pdep.Direct(0, x)
	}()
	m := pdep.T{}.M
	m(10)                  // want `site 10: \(pdep.T\).M -> pdep.sink`
	pdep.T.M(pdep.T{}, 11) // ok: a method expression's arguments start with the receiver, not followed
}
