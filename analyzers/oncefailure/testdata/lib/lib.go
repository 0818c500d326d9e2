// Package lib declares no entry points.
package lib

import "sync"

var once sync.Once

func init() {
	once.Do(func() { // ok: not a function package
		panic("x")
	})
}
