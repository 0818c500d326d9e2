// Package summ calls functions of dep for which the test's driver kept
// summaries.
package summ

import (
	"net/http"

	"example.com/eff/dep"
)

func viaSummary() { dep.Clean() } // want "has dep.Clean -> other.f -> other.cause"

// A fact comes before a summary.
func viaFact() { dep.Direct() } // want "has dep.Direct -> dep.cause"

// A summary of another effect does not count.
func otherEffect(w http.ResponseWriter, r *http.Request) { dep.CleanHandler(w, r) }

// A summary whose cause does not decode is none.
func undecodable() { dep.Undecodable() } // ok
