// Package lib declares no entry points: its initialization is not a
// function instance's cold start.
package lib

func init() {
	go refresh() // ok: not a function package
}

func refresh() {}
