// Package pdep gives its parameters' values to the toy sink, straight
// and through calls, literals and methods, and exports the facts.
package pdep

func sink(v any) {}

func use(v any) {}

// Direct gives its second parameter to the sink.
func Direct(a, b int) { // want Direct:`reaches \[1\] via pdep.sink`
	use(a)
	sink(b)
}

// Through passes its parameter on.
func Through(x int) { Direct(0, x) } // want Through:`reaches \[0\] via pdep.Direct -> pdep.sink`

// Captured gives its parameter to the sink in a literal it runs.
func Captured(x int) { // want Captured:`reaches \[0\] via pdep.sink`
	func() {
		sink(x)
	}()
}

// Called passes its parameter to a literal's own parameter.
func Called(x int) { // want Called:`reaches \[0\] via pdep.sink`
	func(y int) { // want "reaches 0: pdep.sink"
		sink(y)
	}(x)
}

// Rec reaches the sink through its own recursion; the value of n
// reaches calls only inside an expression (n-1), which the probe's
// Param does not follow.
func Rec(x, n int) { // want Rec:`reaches \[0\] via pdep.sink` Rec:`drops \[1\]`
	if n > 0 {
		Rec(x, n-1)
	}
	sink(x)
}

// Drop keeps nothing: no fact says it reaches the sink.
func Drop(x int) {} // want Drop:`drops \[0\]`

// Variadic's values reach the sink; its callers' arguments are not
// followed.
func Variadic(xs ...int) { sink(xs) } // want Variadic:`reaches \[0\] via pdep.sink`

// A T gives its method's parameter to the sink.
type T struct{}

// M gives x to the sink.
func (T) M(x int) { sink(x) } // want M:`reaches \[0\] via pdep.sink`

func local(x int) { sink(x) } // want "reaches 0: pdep.sink"

// Deep passes its parameter down a long chain, clipped in its fact.
func Deep(x int) { d1(x) } // want Deep:`reaches \[0\] via pdep.d1 -> pdep.d2 -> pdep.d3 -> pdep.d4 -> pdep.local -> pdep.sink`

func d1(x int) { d2(x) }    // want "reaches 0: pdep.d2 -> pdep.d3 -> pdep.d4 -> pdep.local -> pdep.sink"
func d2(x int) { d3(x) }    // want "reaches 0: pdep.d3 -> pdep.d4 -> pdep.local -> pdep.sink"
func d3(x int) { d4(x) }    // want "reaches 0: pdep.d4 -> pdep.local -> pdep.sink"
func d4(x int) { local(x) } // want "reaches 0: pdep.local -> pdep.sink"
