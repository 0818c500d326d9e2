//go:build linux

package main

import (
	"os"
	"syscall"
)

// rusageMaxRSS returns the largest resident set of the finished process
// or of any descendant it waited for, in bytes.
func rusageMaxRSS(ps *os.ProcessState) (int64, bool) {
	ru, ok := ps.SysUsage().(*syscall.Rusage)
	if !ok {
		return 0, false
	}
	return ru.Maxrss * 1024, true
}
