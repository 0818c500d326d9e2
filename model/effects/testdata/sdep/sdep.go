// Package sdep holds functions whose toy summary is the number of calls
// (at most 3) by which a parameter's value reaches a call of sink.
package sdep

func sink(v any) {}

// Direct gives y to sink itself.
func Direct(x, y int) { // want Direct:`depth \[0 1\] via 0` "depth 1 of 1"
	sink(y)
}

// Through reaches sink by Direct.
func Through(x int) { // want Through:`depth \[0\] via 2` "depth 0 of 2"
	Direct(0, x)
}

// even and odd call each other before the cycle reaches sink: each
// reads the other's summary, which grows after it was read, so the
// engine recomputes them until neither changes.
func even(x int) { // want "depth 0 of 3"
	odd(x)
}

func odd(x int) { // want "depth 0 of 3"
	even(x)
	sink(x)
}

// Never reaches nothing: its summary is the bottom.
func Never(x int) {} // want Never:`depth \[0\] via 0`

var _ = even
