//go:build linux

package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// A result is one timed run of one command.
type result struct {
	wall     time.Duration
	cpu      time.Duration // user and system time of the process and of the descendants it waited for
	peakRSS  int64         // bytes: the largest sum of the resident sets of the process tree
	exitCode int
	findings int // lines of output shaped like file:line:col: message
}

var diagLine = regexp.MustCompile(`(?m)^\S+\.go:\d+:\d+: `)

// measure runs cmd to completion, sampling the resident set of its whole
// process tree (go vet runs one analysis process per package, several at
// a time) every 10ms.
func measure(cmd *exec.Cmd) (result, error) {
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return result{}, err
	}
	done := make(chan struct{})
	peak := make(chan int64)
	go func() {
		var max int64
		tick := time.NewTicker(10 * time.Millisecond)
		defer tick.Stop()
		for {
			if rss := treeRSS(cmd.Process.Pid); rss > max {
				max = rss
			}
			select {
			case <-done:
				peak <- max
				return
			case <-tick.C:
			}
		}
	}()
	err := cmd.Wait()
	wall := time.Since(start)
	close(done)
	r := result{wall: wall, peakRSS: <-peak, findings: len(diagLine.FindAllIndex(out.Bytes(), -1))}
	if ps := cmd.ProcessState; ps != nil {
		r.cpu = ps.UserTime() + ps.SystemTime()
	}
	if err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			return r, err
		}
		r.exitCode = exit.ExitCode()
	}
	// A tool that exits 1 with no findings failed to run.
	if r.exitCode != 0 && r.findings == 0 {
		return r, fmt.Errorf("%s failed (exit %d):\n%s", strings.Join(cmd.Args, " "), r.exitCode, tail(out.String()))
	}
	// The process's own maximum covers what sampling may miss between
	// ticks for single-process tools.
	if ru, ok := rusageMaxRSS(cmd.ProcessState); ok && ru > r.peakRSS {
		r.peakRSS = ru
	}
	return r, nil
}

func tail(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > 20 {
		lines = lines[len(lines)-20:]
	}
	return strings.Join(lines, "\n")
}

var pageSize = int64(os.Getpagesize())

// treeRSS returns the summed resident set of pid and its descendants,
// read from /proc.
func treeRSS(root int) int64 {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return 0
	}
	parent := make(map[int]int)
	rss := make(map[int]int64)
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil || pid < root {
			continue // descendants start after root (barring pid wraparound)
		}
		data, err := os.ReadFile(filepath.Join("/proc", e.Name(), "stat"))
		if err != nil {
			continue // exited meanwhile
		}
		// The command name, in parentheses, may contain spaces.
		i := bytes.LastIndexByte(data, ')')
		if i < 0 {
			continue
		}
		fields := strings.Fields(string(data[i+1:]))
		// fields[0] is the state (field 3); ppid is field 4, rss field 24.
		if len(fields) < 22 {
			continue
		}
		ppid, _ := strconv.Atoi(fields[1])
		pages, _ := strconv.ParseInt(fields[21], 10, 64)
		parent[pid] = ppid
		rss[pid] = pages * pageSize
	}
	var total int64
	for pid, r := range rss {
		for p := pid; p != 0; p = parent[p] {
			if p == root {
				total += r
				break
			}
			if _, ok := parent[p]; !ok {
				break
			}
		}
	}
	return total
}
