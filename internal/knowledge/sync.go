package knowledge

import "go/types"

// A LockOp is what a call does to the mutex it is called on.
type LockOp int

const (
	NoLockOp LockOp = iota
	Acquire         // Lock, RLock
	Release         // Unlock, RUnlock
)

// lockOps maps the Keys of the sync package's mutex methods to what
// they do (the sync package: "Lock locks m", "RLock locks rw for
// reading", "Unlock unlocks m", "RUnlock undoes a single RLock call").
var lockOps = map[string]LockOp{
	"(*sync.Mutex).Lock":      Acquire,
	"(*sync.RWMutex).Lock":    Acquire,
	"(*sync.RWMutex).RLock":   Acquire,
	"(*sync.Mutex).Unlock":    Release,
	"(*sync.RWMutex).Unlock":  Release,
	"(*sync.RWMutex).RUnlock": Release,
}

// LockOpOf returns what a call of fn does to the mutex it is called on.
func LockOpOf(fn *types.Func) LockOp {
	op, _ := lookup(lockOps, fn)
	return op
}

// onceDos holds the Keys of the functions that run the function they
// are given once per value whatever it does (the sync package: "if
// once.Do(f) is called multiple times, only the first call will invoke
// f ... if f panics, Do considers it to have returned; future calls of
// Do return without calling f"): a failure in it is never retried.
var onceDos = map[string]bool{
	"(*sync.Once).Do": true,
}

// IsOnceDo reports whether fn runs its function argument once per
// value, never again, even when it failed (sync.Once.Do).
func IsOnceDo(fn *types.Func) bool { return has(onceDos, fn) }
