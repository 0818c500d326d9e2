//go:build linux

package main

import (
	"os/exec"
	"testing"
	"time"
)

// TestMeasure checks the measurement on a process tree whose shape is
// known: a shell that runs two sleeps at once.
func TestMeasure(t *testing.T) {
	r, err := measure(exec.Command("sh", "-c", "sleep 0.3 & sleep 0.3; wait; echo a.go:1:2: finding"))
	if err != nil {
		t.Fatal(err)
	}
	if r.wall < 300*time.Millisecond {
		t.Errorf("wall time %v, want at least 300ms", r.wall)
	}
	// Three processes of at least a few hundred KB each.
	if r.peakRSS < 1<<20 {
		t.Errorf("peak memory %d bytes: the process tree was not sampled", r.peakRSS)
	}
	if r.cpu <= 0 {
		t.Errorf("CPU time %v: not read", r.cpu)
	}
	if r.findings != 1 || r.exitCode != 0 {
		t.Errorf("findings %d, exit %d; want 1, 0", r.findings, r.exitCode)
	}
	if _, err := measure(exec.Command("sh", "-c", "exit 1")); err == nil {
		t.Error("a command that fails without findings was not reported")
	}
}

// TestMedian checks that the median run and memory are reported.
func TestMedian(t *testing.T) {
	m := median([]result{{wall: 3, cpu: 2, peakRSS: 10}, {wall: 1, cpu: 3, peakRSS: 30}, {wall: 2, cpu: 1, peakRSS: 20}})
	if m.wall != 2 || m.cpu != 2 || m.peakRSS != 20 {
		t.Errorf("median = %v, %v, %d; want 2, 2, 20", m.wall, m.cpu, m.peakRSS)
	}
}
