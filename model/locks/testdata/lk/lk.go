// Package lk holds the shapes of locking the locks analysis must tell
// apart: probe() is where the test asks whether a mutex is held.
package lk

import "sync"

func probe() bool { return true }

var (
	mu, other sync.Mutex
	rw        sync.RWMutex
)

func straight() {
	probe()
	mu.Lock()
	probe() // want "held"
	mu.Unlock()
	probe()
}

func deferred() {
	mu.Lock()
	defer mu.Unlock()
	probe()      // want "held"
	if probe() { // want "held"
		return
	}
	probe() // want "held"
}

func deferredLiteral() {
	mu.Lock()
	defer func() { mu.Unlock() }()
	probe() // want "held"
}

func readLock() {
	rw.RLock()
	probe() // want "held"
	rw.RUnlock()
	probe()
	rw.Lock()
	probe() // want "held"
	rw.Unlock()
}

// oneBranch locks on one path only: where the paths meet nothing is
// certainly held.
func oneBranch(b bool) {
	if b {
		mu.Lock()
		probe() // want "held"
	}
	probe()
}

// bothBranches holds a different mutex on each path: the analysis
// follows each mutex, and neither is certainly held.
func bothBranches(b bool) {
	if b {
		mu.Lock()
	} else {
		other.Lock()
	}
	probe() // ok: some mutex is held, but not one the analysis can name
}

// bothBranchesOneReleased holds mu on one path and nothing on the other.
func bothBranchesOneReleased(b bool) {
	mu.Lock()
	if b {
		mu.Unlock()
	}
	probe()
}

func twoMutexes() {
	mu.Lock()
	other.Lock()
	mu.Unlock()
	probe() // want "held"
	other.Unlock()
	probe()
}

// loopReleases releases inside the loop: the second iteration starts
// without the lock.
func loopReleases(n int) {
	mu.Lock()
	for i := 0; i < n; i++ {
		probe()
		mu.Unlock()
	}
	probe()
}

// loopHolds takes and releases the lock in each iteration.
func loopHolds(items []int) {
	for range items {
		mu.Lock()
		probe() // want "held"
		mu.Unlock()
	}
	probe()
}

func loopAroundHeld(items []int) {
	mu.Lock()
	defer mu.Unlock()
	for range items {
		probe() // want "held"
	}
}

type store struct {
	mu sync.Mutex
	m  map[string]int
}

func (s *store) set(k string, v int) {
	s.mu.Lock()
	s.m[k] = v
	probe() // want "held"
	s.mu.Unlock()
	probe()
}

// otherReceiver releases another store's mutex: s's is still held.
func (s *store) otherReceiver(t *store) {
	s.mu.Lock()
	t.mu.Unlock()
	probe() // want "held"
}

type embedded struct {
	sync.Mutex
}

func (e *embedded) update() {
	e.Lock()
	probe() // want "held"
	e.Unlock()
}

// literal: a function literal has its own graph; it runs later or
// elsewhere, so the lock of the body that creates it does not hold in
// it, and a lock it takes does not hold after it.
func literal() {
	mu.Lock()
	go func() {
		probe()
	}()
	mu.Unlock()
	func() { mu.Lock() }()
	probe()
}

// unreached code after a panic holds nothing.
func afterPanic() {
	mu.Lock()
	panic("x")
}

// goLocks locks on another goroutine: not in this body.
func goLocks() {
	go mu.Lock()
	probe()
}

// goUnlocks releases on another goroutine: the lock is still held here
// until that goroutine runs.
func goUnlocks() {
	mu.Lock()
	go mu.Unlock()
	probe() // want "held"
}

// helperLocks locks through a helper: the analysis is not
// interprocedural.
func helperLocks() {
	lock()
	probe() // ok: a blind spot, the helper's Lock is not seen
	mu.Unlock()
}

func lock() { mu.Lock() }

// tryLock is not followed: TryLock may fail.
func tryLock() {
	if mu.TryLock() {
		probe() // ok: a blind spot, TryLock's success is not an acquisition
		mu.Unlock()
	}
}

// switched holds the lock in every case that does not release it.
func switched(n int) {
	mu.Lock()
	switch n {
	case 1:
		probe() // want "held"
		mu.Unlock()
		return
	case 2:
		mu.Unlock()
	default:
		probe() // want "held"
	}
	probe()
}

// unlockFirst releases a mutex it does not hold: nothing changes.
func unlockFirst() {
	mu.Unlock()
	probe()
}
