// Package search holds the path questions the flowgraph search must
// answer: start("x") asks, from the statement after it, which returns
// a path reaches without a call of guard() on the way.
package search

import (
	"errors"
	"os"
)

func start(string) bool { return false }
func guard() bool       { return true }
func cond() bool        { return false }
func work() error       { return nil }
func wait(chan int)     {}

func straight() {
	start("straight") // want "straight: guarded=true"
	guard()
}

func unguarded() {
	start("unguarded") // want "unguarded: guarded=false"
	work()
} // want "end of unguarded"

func earlyReturn() error {
	start("early") // want "early: guarded=true"
	if err := work(); err != nil {
		return err // want "exit of early"
	}
	guard()
	return nil
}

func oneBranch(b bool) {
	start("branch") // want "branch: guarded=true"
	if b {
		guard()
		return
	}
} // want "end of branch"

func bothBranches(b bool) int {
	start("both") // want "both: guarded=true"
	if b {
		guard()
	} else {
		guard()
	}
	return 1
}

// guardBefore: a guard before the start does not count.
func guardBefore() {
	guard()
	start("before") // want "before: guarded=false"
} // want "end of before"

// sameStatement: the search starts after the statement holding the
// start, exclusive, so a guard in that statement does not count.
func sameStatement() {
	_ = start("same") || guard() // want "same: guarded=false"
} // want "end of same"

// loopGuards: a loop whose body guards is taken to run at least once.
func loopGuards(items []int) {
	start("loop") // want "loop: guarded=true"
	for range items {
		guard()
	}
}

func forGuards(n int) {
	start("for") // want "for: guarded=true"
	for i := 0; i < n; i++ {
		guard()
	}
}

// loopBreaks: a path breaks out before the guard.
func loopBreaks(items []int) error {
	start("break") // want "break: guarded=true"
	for range items {
		if cond() {
			break
		}
		guard()
	}
	return nil // want "exit of break"
}

// exits: a path that ends in a call that never returns is no exit.
func exits() {
	start("exits") // want "exits: guarded=false"
	if cond() {
		os.Exit(1)
	}
	panic(errors.New("x"))
}

func panics() error {
	start("panics") // want "panics: guarded=false"
	if cond() {
		panic("x")
	}
	return nil // want "exit of panics"
}

// selectAll: every case of a select without default guards.
func selectAll(a, b chan int) {
	start("select") // want "select: guarded=true"
	select {
	case <-a:
		guard()
	case <-b:
		guard()
	}
}

// selectDefault: the default case does not guard.
func selectDefault(a chan int) {
	start("default") // want "default: guarded=true"
	select {
	case <-a:
		guard()
	default:
	}
} // want "end of default"

// selectComm: the communication of a case guards only the path of the
// case taken, though go/cfg evaluates every case's before branching.
func selectComm(a chan bool, b chan int) {
	start("comm") // want "comm: guarded=true"
	select {
	case a <- guard():
	case <-b:
	}
} // want "end of comm"

// unreachable: a start in dead code has no search.
func unreachable() {
	return
	start("dead") // want "dead: no search"
}

// literal: a function literal has its own graph: the guards of the body
// around it do not count in it, nor its guards there.
func literal() {
	start("outer") // want "outer: guarded=false"
	f := func() {
		start("inner") // want "inner: guarded=false"
	} // want "end of inner"
	go func() { guard() }()
	f()
} // want "end of outer"

// recursion: a call to the function itself is a call like another.
func recursion(n int) int {
	start("rec") // want "rec: guarded=false"
	if n == 0 {
		return 0 // want "exit of rec"
	}
	return recursion(n - 1) // want "exit of rec"
}

// wholeFunction is searched from its entry as well.
func wholeFunction(b bool) error { // want "wholeFunction: guarded=true"
	if b {
		return errors.New("x") // want "exit of wholeFunction"
	}
	guard()
	return nil
}

func wholeEmpty() { // want "wholeEmpty: guarded=false"
} // want "end of wholeEmpty"

// switched: a switch without default has a path through no case.
func switched(n int) {
	start("switch") // want "switch: guarded=true"
	switch n {
	case 1:
		guard()
	case 2:
		guard()
	}
} // want "end of switch"

func switchedDefault(n int) {
	start("switchdefault") // want "switchdefault: guarded=true"
	switch n {
	case 1:
		guard()
	default:
		guard()
	}
}

func gotoGuard() {
	start("goto") // want "goto: guarded=true"
	goto done
done:
	guard()
}

// loopContinues: a path that continues past the guard and then ends the
// loop is not followed: the loop's end is reached only by break once
// its body guards.
func loopContinues(items []int) {
	start("continue") // want "continue: guarded=true"
	for _, x := range items {
		if x == 0 {
			continue
		}
		guard()
	}
} // ok: a blind spot, the path through continue to the loop's end

// loopCond: a guard in a loop's condition runs before the first
// iteration.
func loopCond() {
	start("cond") // want "cond: guarded=true"
	for guard() {
	}
}
