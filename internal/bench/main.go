//go:build linux

// Command bench measures fnlint against the cost of loading the code it
// analyzes and against go vet and staticcheck, on generated modules of N
// function packages. From the root of the fnlint repository:
//
//	go run ./internal/bench -n 10,50,200
//
// For each N it generates a module (HTTP and CloudEvent functions using
// Cloud Storage, Firestore and Pub/Sub through a shared internal package,
// with helpers; go mod tidy fetches the libraries through the module
// proxy), warms the Go build cache, then times, side by side and
// interleaved, -runs times each:
//
//   - fnlint ./... (fnlint keeps no cache of its own: every run is cold);
//   - the loading floor: go/packages loading the packages with syntax
//     and types from source, their dependencies from export data;
//   - go vet -vettool=fnlint ./..., with a fresh copy of the fnlint
//     binary each run so that go vet's result cache never answers;
//   - staticcheck ./..., with an empty STATICCHECK_CACHE each run.
//
// It prints the median wall time and peak memory (the largest summed
// resident set of the process tree, sampled from /proc) of each, the
// ratios fnlint/floor, fnlint/vet and fnlint/staticcheck, and how each
// grows with N. It is a benchmark: it asserts nothing about time.
//
// bench floor PATTERNS... is the loading floor itself, run as a separate
// process so that its memory is measured alone.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

func main() {
	if len(os.Args) > 1 && os.Args[1] == "floor" {
		if err := floor(os.Args[2:]); err != nil {
			fmt.Fprintf(os.Stderr, "floor: %v\n", err)
			os.Exit(1)
		}
		return
	}
	sizes := flag.String("n", "10,50,200", "comma-separated numbers of function packages")
	runs := flag.Int("runs", 3, "timed runs of each command at each size (the median is reported)")
	dir := flag.String("dir", "", "where to generate the modules (default: a temporary directory, removed afterwards)")
	staticcheckVersion := flag.String("staticcheck", "v0.8.2", "the honnef.co/go/tools version to install and compare with; empty to skip")
	only := flag.String("tools", "", "comma-separated tools to run (fnlint,floor,vet,staticcheck); default all")
	flag.Parse()
	var ns []int
	for _, s := range strings.Split(*sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			fatalf("-n: bad size %q", s)
		}
		ns = append(ns, n)
	}
	if err := run(ns, *runs, *dir, *staticcheckVersion, *only); err != nil {
		fatalf("%v", err)
	}
}

func fatalf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
	os.Exit(1)
}

// A tool is one measured command.
type tool struct {
	name string
	cmd  func(dir string, run int) (*exec.Cmd, error)
}

func run(ns []int, runs int, dir, staticcheckVersion, only string) error {
	if dir == "" {
		tmp, err := os.MkdirTemp("", "fnbench")
		if err != nil {
			return err
		}
		defer func() {
			if err := os.RemoveAll(tmp); err != nil {
				step(err.Error())
			}
		}()
		dir = tmp
	}
	dir, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	bin := filepath.Join(dir, "bin")
	if err := os.MkdirAll(bin, 0o755); err != nil {
		return err
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	fnlint := filepath.Join(bin, "fnlint")
	step("building fnlint")
	if err := goCmd("", nil, "build", "-o", fnlint, "github.com/fnlint/fnlint/cmd/fnlint"); err != nil {
		return err
	}
	tools := []tool{
		{"fnlint", func(d string, _ int) (*exec.Cmd, error) {
			return exec.Command(fnlint, "./..."), nil
		}},
		{"floor", func(d string, _ int) (*exec.Cmd, error) {
			return exec.Command(self, "floor", "./..."), nil
		}},
		// The same two after an edit of one function package, as in an
		// editor or on a push: the floor's go list -export compiles the
		// edited package; fnlint compiles nothing of the module.
		{"fnlint-edit", func(d string, _ int) (*exec.Cmd, error) {
			return exec.Command(fnlint, "./..."), edit(d)
		}},
		{"floor-edit", func(d string, _ int) (*exec.Cmd, error) {
			return exec.Command(self, "floor", "./..."), edit(d)
		}},
		{"vet", func(d string, r int) (*exec.Cmd, error) {
			// go vet caches results keyed by the vet tool's content:
			// a copy with a unique suffix is a new tool.
			vt := filepath.Join(bin, fmt.Sprintf("fnlint-vet-%d-%d", time.Now().UnixNano(), r))
			data, err := os.ReadFile(fnlint)
			if err != nil {
				return nil, err
			}
			nonce := fmt.Appendf(nil, "%d", time.Now().UnixNano()) // never seen by go vet before
			if err := os.WriteFile(vt, append(data, nonce...), 0o755); err != nil {
				return nil, err
			}
			return exec.Command("go", "vet", "-vettool="+vt, "./..."), nil
		}},
	}
	if staticcheckVersion != "" && (only == "" || slices.Contains(strings.Split(only, ","), "staticcheck")) {
		step("installing staticcheck " + staticcheckVersion)
		if err := goCmd("", []string{"GOBIN=" + bin}, "install", "honnef.co/go/tools/cmd/staticcheck@"+staticcheckVersion); err != nil {
			return err
		}
		tools = append(tools, tool{"staticcheck", func(d string, r int) (*exec.Cmd, error) {
			cache, err := os.MkdirTemp(dir, "staticcheck-cache")
			if err != nil {
				return nil, err
			}
			cmd := exec.Command(filepath.Join(bin, "staticcheck"), "./...")
			cmd.Env = append(os.Environ(), "STATICCHECK_CACHE="+cache)
			return cmd, nil
		}})
	}

	if only != "" {
		tools = slices.DeleteFunc(tools, func(t tool) bool { return !slices.Contains(strings.Split(only, ","), t.name) })
	}
	table := make(map[int]map[string]result)
	for _, n := range ns {
		mod := filepath.Join(dir, fmt.Sprintf("n%d", n))
		step(fmt.Sprintf("generating %d function packages in %s", n, mod))
		if err := generate(mod, n); err != nil {
			return err
		}
		step("warming the build cache")
		if err := goCmd(mod, nil, "build", "./..."); err != nil {
			return err
		}
		if err := goCmd(mod, nil, "list", "-export", "-deps", "-test", "./..."); err != nil {
			return err
		}
		samples := make(map[string][]result)
		for r := 0; r <= runs; r++ { // run 0 warms the page cache and is not counted
			for _, t := range tools {
				cmd, err := t.cmd(mod, r)
				if err != nil {
					return err
				}
				cmd.Dir = mod
				res, err := measure(cmd)
				if err != nil {
					return fmt.Errorf("%s at N=%d: %w", t.name, n, err)
				}
				if r > 0 {
					samples[t.name] = append(samples[t.name], res)
					fmt.Fprintf(os.Stderr, "  N=%d %-12s run %d: %6.2fs %7.0f MB, %d findings\n",
						n, t.name, r, res.wall.Seconds(), mb(res.peakRSS), res.findings)
				}
			}
		}
		table[n] = make(map[string]result)
		for name, rs := range samples {
			table[n][name] = median(rs)
		}
	}
	report(os.Stdout, ns, tools, table)
	return nil
}

// edit adds a new declaration to the first function package.
func edit(dir string) error {
	f, err := os.OpenFile(filepath.Join(dir, "functions", "fn000", "helpers.go"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(f, "\nvar _ = %d // edited\n", time.Now().UnixNano())
	return errors.Join(err, f.Close())
}

func step(msg string) { fmt.Fprintf(os.Stderr, "bench: %s\n", msg) }

func goCmd(dir string, env []string, args ...string) error {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), env...)
	if out, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("go %s: %w\n%s", strings.Join(args, " "), err, tail(string(out)))
	}
	return nil
}

// median returns the run with the median wall time, and the median
// peak memory.
func median(rs []result) result {
	byTime := slices.Clone(rs)
	slices.SortFunc(byTime, func(a, b result) int { return int(a.wall - b.wall) })
	m := byTime[len(byTime)/2]
	mem := make([]int64, len(rs))
	for i, r := range rs {
		mem[i] = r.peakRSS
	}
	slices.Sort(mem)
	m.peakRSS = mem[len(mem)/2]
	return m
}

const (
	inTime   = false
	inMemory = true
)

// ratio formats a/b in time or memory, or "-" when one is missing.
func ratio(a, b result, mem bool) string {
	if a.wall == 0 || b.wall == 0 {
		return "-"
	}
	if mem {
		return fmt.Sprintf("%.2f", float64(a.peakRSS)/float64(b.peakRSS))
	}
	return fmt.Sprintf("%.2f", a.wall.Seconds()/b.wall.Seconds())
}

func mb(b int64) float64 { return float64(b) / (1 << 20) }

func report(out *os.File, ns []int, tools []tool, table map[int]map[string]result) {
	var w bytes.Buffer
	defer func() {
		if _, err := out.Write(w.Bytes()); err != nil {
			step(err.Error())
		}
	}()
	tw := tabwriter.NewWriter(&w, 0, 4, 2, ' ', tabwriter.AlignRight)
	_, _ = fmt.Fprintf(tw, "N\ttool\ttime (s)\tpeak (MB)\tfindings\ttime/fnlint\tmemory/fnlint\t\n")
	for _, n := range ns {
		f := table[n]["fnlint"]
		for _, t := range tools {
			r := table[n][t.name]
			_, _ = fmt.Fprintf(tw, "%d\t%s\t%.2f\t%.0f\t%d\t%.2f\t%.2f\t\n", n, t.name, r.wall.Seconds(), mb(r.peakRSS), r.findings,
				r.wall.Seconds()/f.wall.Seconds(), float64(r.peakRSS)/float64(f.peakRSS))
		}
	}
	_ = tw.Flush() // into a buffer
	w.WriteString("\n")
	tw = tabwriter.NewWriter(&w, 0, 4, 2, ' ', tabwriter.AlignRight)
	_, _ = fmt.Fprintf(tw, "N\tfnlint/floor time\tfnlint/floor memory\tafter an edit\tvet/fnlint time\tstaticcheck/fnlint time\t\n")
	for _, n := range ns {
		row := table[n]
		_, _ = fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t\n", n,
			ratio(row["fnlint"], row["floor"], inTime), ratio(row["fnlint"], row["floor"], inMemory),
			ratio(row["fnlint-edit"], row["floor-edit"], inTime),
			ratio(row["vet"], row["fnlint"], inTime), ratio(row["staticcheck"], row["fnlint"], inTime))
	}
	_ = tw.Flush() // into a buffer
	if len(ns) > 1 {
		w.WriteString("\n")
		tw = tabwriter.NewWriter(&w, 0, 4, 2, ' ', tabwriter.AlignRight)
		_, _ = fmt.Fprintf(tw, "tool\tfrom N\tto N\ttime ×\tmemory ×\tN ×\t\n")
		for _, t := range tools {
			for i := 1; i < len(ns); i++ {
				a, b := table[ns[i-1]][t.name], table[ns[i]][t.name]
				_, _ = fmt.Fprintf(tw, "%s\t%d\t%d\t%.2f\t%.2f\t%.1f\t\n", t.name, ns[i-1], ns[i],
					b.wall.Seconds()/a.wall.Seconds(), float64(b.peakRSS)/float64(a.peakRSS), float64(ns[i])/float64(ns[i-1]))
			}
		}
		_ = tw.Flush() // into a buffer
	}
}
