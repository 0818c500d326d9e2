// Package suse calls sdep's functions, whose summaries it reads from
// their facts.
package suse

import "example.com/eff/sdep"

func viaFact(x int) { // want "depth 0 of 3"
	sdep.Through(x)
}

func viaNever(x int) { // ok: the fact of Never says its parameter reaches nothing
	sdep.Never(x)
}
