//go:build unix

package osexit_test

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time the process has used, user and system:
// on a machine shared with other work, wall time per operation measures
// the neighbours too.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
