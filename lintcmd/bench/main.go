//go:build linux

// Command bench measures fnlint against the cost of loading the code it
// analyzes and against go vet and staticcheck, on generated modules of N
// function packages. From the root of the fnlint repository:
//
//	go run ./lintcmd/bench -n 10,50,200
//
// For each N it generates a module (HTTP and CloudEvent functions using
// Cloud Storage, Firestore and Pub/Sub through a shared internal package,
// with helpers; go mod tidy fetches the libraries through the module
// proxy) and measures three cases, each tool -runs times, interleaved,
// reporting medians.
//
// Warm: the Go build cache is warmed first, and fnlint's and
// staticcheck's caches by an untimed first run; fnlint, the floor and
// staticcheck-warm are each timed on the second of two runs over the
// same code (the edit tools change the module between rounds):
//
//   - fnlint ./..., with its cache (FNLINT_CACHE) warm;
//   - the loading floor: go/packages loading the packages with syntax
//     and types from source, their dependencies from export data;
//   - go vet -vettool=fnlint ./..., with a fresh copy of the fnlint
//     binary each run so that go vet's result cache never answers;
//   - staticcheck ./..., with an empty STATICCHECK_CACHE each run, and
//     staticcheck-warm, with its cache warm.
//
// After an edit: fnlint-edit and floor-edit are fnlint and the floor
// right after an edit of one function package.
//
// A warm build cache and an empty fnlint cache (the first CI run that
// restores the Go build cache but not fnlint's): fnlint-coldcache is
// fnlint ./... with a fresh, empty FNLINT_CACHE each run, reading the
// dependencies it does not analyze from the build cache's export data;
// fnlint-coldcache-source the same with that off (FNLINT_BUILDCACHE=off),
// type-checking them from source; govet-warm is plain go vet ./...,
// timed on the second of two runs, so its results are cached too.
//
// Cold (-cold, on by default; -cold-runs times each): every run gets a
// fresh, empty GOCACHE, FNLINT_CACHE and STATICCHECK_CACHE (the module
// cache stays):
//
//   - fnlint-cold: fnlint ./...; fnlint-cold-source, with
//     FNLINT_BUILDCACHE=off (the build cache is empty anyway: what its
//     probe costs);
//   - floor-source: go/packages type-checking the packages and all their
//     dependencies from source (LoadAllSyntax), compiling nothing;
//   - vet-cold: go vet -vettool=fnlint ./...;
//   - staticcheck-cold: staticcheck ./....
//
// It prints the median wall time and peak memory (the largest summed
// resident set of the process tree, sampled from /proc) of each, the
// ratios the performance targets name, and how each grows with N. It is
// a benchmark: it asserts nothing about time.
//
// With -module path@version, it also measures a module of the module
// cache (aws-sdk-go, say) as it is, copied to a directory of its own, in
// the same cases; its edit appends a declaration to the first file of
// its first package (go list's order). -n "" measures that module alone.
// -moddir dir does the same with the module in dir (a function module of
// golang-samples, say, its dependencies downloaded).
//
// bench floor PATTERNS... and bench floor-source PATTERNS... are the
// loading floors themselves, run as separate processes so that their
// memory is measured alone.
package main

import (
	"bytes"
	"encoding/json"
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

	"golang.org/x/mod/module"
)

func main() {
	if len(os.Args) > 1 && (os.Args[1] == "floor" || os.Args[1] == "floor-source") {
		load := floor
		if os.Args[1] == "floor-source" {
			load = floorSource
		}
		if err := load(os.Args[2:]); err != nil {
			fmt.Fprintf(os.Stderr, "%s: %v\n", os.Args[1], err)
			os.Exit(1)
		}
		return
	}
	sizes := flag.String("n", "10,50,200", "comma-separated numbers of function packages")
	runs := flag.Int("runs", 3, "timed runs of each command at each size (the median is reported)")
	dir := flag.String("dir", "", "where to generate the modules (default: a temporary directory, removed afterwards)")
	staticcheckVersion := flag.String("staticcheck", "v0.8.2", "the honnef.co/go/tools version to install and compare with; empty to skip")
	only := flag.String("tools", "", "comma-separated tools to run (fnlint,floor,fnlint-edit,floor-edit,vet,staticcheck,staticcheck-warm,govet-warm,fnlint-coldcache,fnlint-coldcache-source,fnlint-cold,fnlint-cold-source,floor-source,vet-cold,staticcheck-cold); default all")
	cold := flag.Bool("cold", true, "also measure with empty caches (a fresh GOCACHE, FNLINT_CACHE and STATICCHECK_CACHE each run)")
	coldRuns := flag.Int("cold-runs", 0, "timed runs of each command with empty caches (default: -runs)")
	module := flag.String("module", "", "also measure this module of the module cache, as path@version (e.g. github.com/aws/aws-sdk-go@v1.55.8)")
	moddir := flag.String("moddir", "", "also measure the module in this directory (copied), whose dependencies are in the module cache (e.g. a function module of golang-samples)")
	flag.Parse()
	var subjects []subject
	for _, s := range strings.Split(*sizes, ",") {
		if strings.TrimSpace(s) == "" && strings.TrimSpace(*sizes) == "" {
			break
		}
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil || n < 1 {
			fatalf("-n: bad size %q", s)
		}
		subjects = append(subjects, generated(n))
	}
	if *module != "" {
		subjects = append(subjects, cachedModule(*module))
	}
	if *moddir != "" {
		subjects = append(subjects, dirModule(*moddir))
	}
	if len(subjects) == 0 {
		fatalf("nothing to measure: give -n, -module or -moddir")
	}
	if !*cold {
		*coldRuns = 0
	} else if *coldRuns <= 0 {
		*coldRuns = *runs
	}
	if err := run(subjects, *runs, *coldRuns, *dir, *staticcheckVersion, *only); err != nil {
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
	cold bool // run with every cache empty; compared with fnlint-cold
	// second: each timed run is the second of two over the same code,
	// the first untimed (a warm run: the edit tools of the round before
	// changed the module).
	second bool
	// cmd returns the command to run in the module dir for timed run r;
	// fresh makes a new empty directory that is removed after the run.
	cmd func(dir string, r int, fresh func(name string) (string, error)) (*exec.Cmd, error)
}

// withEnv returns cmd with env added to the bench's environment.
func withEnv(cmd *exec.Cmd, env ...string) *exec.Cmd {
	cmd.Env = append(os.Environ(), env...)
	return cmd
}

// coldEnv returns the environment of a run with every cache empty: new
// directories for the Go build cache, fnlint's cache and staticcheck's.
func coldEnv(fresh func(string) (string, error)) ([]string, error) {
	var env []string
	for _, v := range []string{"GOCACHE", "FNLINT_CACHE", "STATICCHECK_CACHE"} {
		d, err := fresh(strings.ToLower(v))
		if err != nil {
			return nil, err
		}
		env = append(env, v+"="+d)
	}
	return env, nil
}

// A subject is a module measured: a generated one of n function
// packages, or one of the module cache.
type subject struct {
	label string
	n     int // the generated module's function packages; 0 for a module of the module cache
	// setup writes the module into dir and returns the file that an
	// edit changes.
	setup func(dir string) (editFile string, err error)
}

// generated is the generated module of n function packages; its edit
// changes the first function package.
func generated(n int) subject {
	return subject{label: strconv.Itoa(n), n: n, setup: func(dir string) (string, error) {
		step(fmt.Sprintf("generating %d function packages in %s", n, dir))
		return filepath.Join(dir, "functions", "fn000", "helpers.go"), generate(dir, n)
	}}
}

// cachedModule is the module of the module cache at pathVersion
// (path@version), copied as it is; its edit changes the first file of
// its first package.
func cachedModule(pathVersion string) subject {
	return subject{label: pathVersion, setup: func(dir string) (string, error) {
		step(fmt.Sprintf("copying %s from the module cache to %s", pathVersion, dir))
		src, err := moduleDir(pathVersion, filepath.Dir(dir))
		if err != nil {
			return "", err
		}
		return copyModule(src, dir)
	}}
}

// dirModule is the module in the directory src (its dependencies in the
// module cache), copied as it is; its edit changes the first file of its
// first package.
func dirModule(src string) subject {
	return subject{label: filepath.Base(src), setup: func(dir string) (string, error) {
		step(fmt.Sprintf("copying %s to %s", src, dir))
		return copyModule(src, dir)
	}}
}

// copyModule copies the module in src to dir, writable, and returns the
// first file of its first package, which the edit tools change.
func copyModule(src, dir string) (string, error) {
	if err := os.CopyFS(dir, os.DirFS(src)); err != nil {
		return "", err
	}
	// The module cache's files are read-only; the edit writes one.
	if err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		mode := os.FileMode(0o644)
		if d.IsDir() {
			mode = 0o755
		}
		return os.Chmod(path, mode)
	}); err != nil {
		return "", err
	}
	list := exec.Command("go", "list", "-f", "{{.Dir}} {{index .GoFiles 0}}", "./...")
	list.Dir = dir
	first, err := list.Output()
	if err != nil {
		return "", fmt.Errorf("go list in %s: %w", dir, err)
	}
	pkgDir, file, ok := strings.Cut(strings.SplitN(string(first), "\n", 2)[0], " ")
	if !ok {
		return "", fmt.Errorf("go list in %s: no package with Go files", dir)
	}
	return filepath.Join(pkgDir, file), nil
}

// moduleDir returns the directory of the module at pathVersion in the
// module cache: where the go command extracted it, or else where go mod
// download (run in work, outside any module) puts it.
func moduleDir(pathVersion, work string) (string, error) {
	path, version, ok := strings.Cut(pathVersion, "@")
	if !ok {
		return "", fmt.Errorf("-module %s: want path@version", pathVersion)
	}
	escaped, err := module.EscapePath(path)
	if err != nil {
		return "", err
	}
	gomodcache, err := exec.Command("go", "env", "GOMODCACHE").Output()
	if err != nil {
		return "", err
	}
	dir := filepath.Join(strings.TrimSpace(string(gomodcache)), escaped+"@"+version)
	if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
		return dir, nil
	}
	var out bytes.Buffer
	dl := exec.Command("go", "mod", "download", "-json", pathVersion)
	dl.Dir, dl.Stdout = work, &out
	if err := dl.Run(); err != nil {
		return "", fmt.Errorf("go mod download %s: %w\n%s", pathVersion, err, tail(out.String()))
	}
	var m struct{ Dir string }
	if err := json.Unmarshal(out.Bytes(), &m); err != nil {
		return "", fmt.Errorf("go mod download %s: %w", pathVersion, err)
	}
	if m.Dir == "" {
		return "", fmt.Errorf("go mod download %s: no directory", pathVersion)
	}
	return m.Dir, nil
}

func run(subjects []subject, runs, coldRuns int, dir, staticcheckVersion, only string) error {
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
	// The warm rows share one fnlint cache and one staticcheck cache,
	// kept apart from the user's and warmed by the untimed first run.
	fnlintCache := "FNLINT_CACHE=" + filepath.Join(dir, "fnlint-cache")
	staticcheckCache := "STATICCHECK_CACHE=" + filepath.Join(dir, "staticcheck-cache")
	vetTool := func(r int) (string, error) {
		// go vet caches results keyed by the vet tool's content:
		// a copy with a unique suffix is a new tool.
		vt := filepath.Join(bin, fmt.Sprintf("fnlint-vet-%d-%d", time.Now().UnixNano(), r))
		data, err := os.ReadFile(fnlint)
		if err != nil {
			return "", err
		}
		nonce := fmt.Appendf(nil, "%d", time.Now().UnixNano()) // never seen by go vet before
		return vt, os.WriteFile(vt, append(data, nonce...), 0o755)
	}
	staticcheck := filepath.Join(bin, "staticcheck")
	var editFile string // the file the edit tools change, in the module measured
	tools := []tool{
		{name: "fnlint", second: true, cmd: func(d string, _ int, _ func(string) (string, error)) (*exec.Cmd, error) {
			return withEnv(exec.Command(fnlint, "./..."), fnlintCache), nil
		}},
		{name: "floor", second: true, cmd: func(d string, _ int, _ func(string) (string, error)) (*exec.Cmd, error) {
			return exec.Command(self, "floor", "./..."), nil
		}},
		// The same two after an edit of one function package, as in an
		// editor or on a push: the floor's go list -export compiles the
		// edited package; fnlint compiles nothing of the module.
		{name: "fnlint-edit", cmd: func(d string, _ int, _ func(string) (string, error)) (*exec.Cmd, error) {
			return withEnv(exec.Command(fnlint, "./..."), fnlintCache), edit(editFile)
		}},
		{name: "floor-edit", cmd: func(d string, _ int, _ func(string) (string, error)) (*exec.Cmd, error) {
			return exec.Command(self, "floor", "./..."), edit(editFile)
		}},
		{name: "vet", cmd: func(d string, r int, _ func(string) (string, error)) (*exec.Cmd, error) {
			vt, err := vetTool(r)
			return exec.Command("go", "vet", "-vettool="+vt, "./..."), err
		}},
	}
	// A warm build cache and an empty fnlint cache, as on the first CI
	// run that restores the build cache but not fnlint's: fnlint reads
	// the dependencies it does not analyze from the build cache's export
	// data (and, -source, with that off, type-checks them from source),
	// against plain go vet, whose results the untimed first run caches.
	tools = append(tools,
		tool{name: "govet-warm", second: true, cmd: func(d string, _ int, _ func(string) (string, error)) (*exec.Cmd, error) {
			return exec.Command("go", "vet", "./..."), nil
		}},
		tool{name: "fnlint-coldcache", cmd: func(d string, _ int, fresh func(string) (string, error)) (*exec.Cmd, error) {
			cache, err := fresh("fnlint-cache")
			return withEnv(exec.Command(fnlint, "./..."), "FNLINT_CACHE="+cache), err
		}},
		tool{name: "fnlint-coldcache-source", cmd: func(d string, _ int, fresh func(string) (string, error)) (*exec.Cmd, error) {
			cache, err := fresh("fnlint-cache")
			return withEnv(exec.Command(fnlint, "./..."), "FNLINT_CACHE="+cache, "FNLINT_BUILDCACHE=off"), err
		}})
	if staticcheckVersion != "" {
		tools = append(tools,
			tool{name: "staticcheck", cmd: func(d string, _ int, fresh func(string) (string, error)) (*exec.Cmd, error) {
				cache, err := fresh("staticcheck-cache")
				return withEnv(exec.Command(staticcheck, "./..."), "STATICCHECK_CACHE="+cache), err
			}},
			tool{name: "staticcheck-warm", second: true, cmd: func(d string, _ int, _ func(string) (string, error)) (*exec.Cmd, error) {
				return withEnv(exec.Command(staticcheck, "./..."), staticcheckCache), nil
			}})
	}
	if coldRuns > 0 {
		tools = append(tools,
			tool{name: "fnlint-cold", cold: true, cmd: func(d string, _ int, fresh func(string) (string, error)) (*exec.Cmd, error) {
				env, err := coldEnv(fresh)
				return withEnv(exec.Command(fnlint, "./..."), env...), err
			}},
			tool{name: "fnlint-cold-source", cold: true, cmd: func(d string, _ int, fresh func(string) (string, error)) (*exec.Cmd, error) {
				env, err := coldEnv(fresh)
				return withEnv(exec.Command(fnlint, "./..."), append(env, "FNLINT_BUILDCACHE=off")...), err
			}},
			tool{name: "floor-source", cold: true, cmd: func(d string, _ int, fresh func(string) (string, error)) (*exec.Cmd, error) {
				env, err := coldEnv(fresh)
				return withEnv(exec.Command(self, "floor-source", "./..."), env...), err
			}},
			tool{name: "vet-cold", cold: true, cmd: func(d string, r int, fresh func(string) (string, error)) (*exec.Cmd, error) {
				env, err := coldEnv(fresh)
				return withEnv(exec.Command("go", "vet", "-vettool="+fnlint, "./..."), env...), err
			}})
		if staticcheckVersion != "" {
			tools = append(tools, tool{name: "staticcheck-cold", cold: true, cmd: func(d string, _ int, fresh func(string) (string, error)) (*exec.Cmd, error) {
				env, err := coldEnv(fresh)
				return withEnv(exec.Command(staticcheck, "./..."), env...), err
			}})
		}
	}
	if only != "" {
		tools = slices.DeleteFunc(tools, func(t tool) bool { return !slices.Contains(strings.Split(only, ","), t.name) })
	}
	if staticcheckVersion != "" && slices.ContainsFunc(tools, func(t tool) bool { return strings.HasPrefix(t.name, "staticcheck") }) {
		step("installing staticcheck " + staticcheckVersion)
		if err := goCmd("", []string{"GOBIN=" + bin}, "install", "honnef.co/go/tools/cmd/staticcheck@"+staticcheckVersion); err != nil {
			return err
		}
	}
	var warm, cold []tool
	for _, t := range tools {
		if t.cold {
			cold = append(cold, t)
		} else {
			warm = append(warm, t)
		}
	}

	scratch := filepath.Join(dir, "scratch") // the fresh directories of one run
	fresh := func(name string) (string, error) {
		if err := os.MkdirAll(scratch, 0o755); err != nil {
			return "", err
		}
		return os.MkdirTemp(scratch, name)
	}
	table := make(map[string]map[string]result)
	for i, sub := range subjects {
		n := sub.label
		mod := filepath.Join(dir, fmt.Sprintf("m%d", i))
		if editFile, err = sub.setup(mod); err != nil {
			return err
		}
		samples := make(map[string][]result)
		// measureRound runs each tool once, in order.
		measureRound := func(ts []tool, r int, counted bool) error {
			for _, t := range ts {
				if t.second {
					first, err := t.cmd(mod, r, fresh)
					if err != nil {
						return err
					}
					first.Dir = mod
					if _, err := measure(first); err != nil {
						return fmt.Errorf("%s at N=%s: %w", t.name, n, err)
					}
				}
				cmd, err := t.cmd(mod, r, fresh)
				if err != nil {
					return err
				}
				cmd.Dir = mod
				res, err := measure(cmd)
				if err := errors.Join(err, removeAll(scratch)); err != nil {
					return fmt.Errorf("%s at N=%s: %w", t.name, n, err)
				}
				if counted {
					samples[t.name] = append(samples[t.name], res)
					fmt.Fprintf(os.Stderr, "  N=%s %-16s run %d: %6.2fs (CPU %6.2fs) %7.0f MB, %d findings, load %s\n",
						n, t.name, r, res.wall.Seconds(), res.cpu.Seconds(), mb(res.peakRSS), res.findings, loadavg())
				}
			}
			return nil
		}
		if len(warm) > 0 {
			step("warming the build cache")
			if err := goCmd(mod, nil, "build", "./..."); err != nil {
				return err
			}
			if err := goCmd(mod, nil, "list", "-export", "-deps", "-test", "./..."); err != nil {
				return err
			}
			// Run 0 warms the page cache and fnlint's and staticcheck's
			// caches, and is not counted.
			for r := 0; r <= runs; r++ {
				if err := measureRound(warm, r, r > 0); err != nil {
					return err
				}
			}
		}
		if len(cold) > 0 {
			step("measuring with empty caches")
			for r := 1; r <= coldRuns; r++ {
				if err := measureRound(cold, r, true); err != nil {
					return err
				}
			}
		}
		table[n] = make(map[string]result)
		for name, rs := range samples {
			table[n][name] = median(rs)
		}
	}
	report(os.Stdout, subjects, tools, table)
	return nil
}

// removeAll removes dir, making read-only directories (as the module
// cache's, should a tool write one) writable first.
func removeAll(dir string) error {
	if err := os.RemoveAll(dir); err == nil {
		return nil
	}
	_ = filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err == nil && d.IsDir() {
			_ = os.Chmod(path, 0o755)
		}
		return nil
	})
	return os.RemoveAll(dir)
}

// edit adds a new declaration to the end of file, a Go file of the
// module measured.
func edit(file string) error {
	f, err := os.OpenFile(file, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(f, "\nvar _ = %d // edited\n", time.Now().UnixNano())
	return errors.Join(err, f.Close())
}

// loadavg returns the machine's load average over the last minute, as
// /proc/loadavg gives it, or "?".
func loadavg() string {
	data, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	return strings.Fields(string(data))[0]
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

// median returns the run with the median wall time, and the median CPU
// time and peak memory.
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
	cpu := make([]time.Duration, len(rs))
	for i, r := range rs {
		cpu[i] = r.cpu
	}
	slices.Sort(cpu)
	m.cpu = cpu[len(cpu)/2]
	return m
}

// A measure is what a ratio compares.
type quantity int

const (
	inTime quantity = iota
	inMemory
	inCPU
)

// ratio formats a/b in time, memory or CPU time, or "-" when one is
// missing.
func ratio(a, b result, m quantity) string {
	if a.wall == 0 || b.wall == 0 {
		return "-"
	}
	switch m {
	case inMemory:
		return fmt.Sprintf("%.2f", float64(a.peakRSS)/float64(b.peakRSS))
	case inCPU:
		return fmt.Sprintf("%.2f", a.cpu.Seconds()/b.cpu.Seconds())
	}
	return fmt.Sprintf("%.2f", a.wall.Seconds()/b.wall.Seconds())
}

func mb(b int64) float64 { return float64(b) / (1 << 20) }

func report(out *os.File, subjects []subject, tools []tool, table map[string]map[string]result) {
	var w bytes.Buffer
	defer func() {
		if _, err := out.Write(w.Bytes()); err != nil {
			step(err.Error())
		}
	}()
	// section writes one aligned table and a blank line.
	section := func(title, header string, rows func(tw *tabwriter.Writer)) {
		if title != "" {
			w.WriteString(title + "\n")
		}
		tw := tabwriter.NewWriter(&w, 0, 4, 2, ' ', tabwriter.AlignRight)
		_, _ = fmt.Fprintf(tw, "%s\t\n", header)
		rows(tw)
		_ = tw.Flush() // into a buffer
		w.WriteString("\n")
	}
	section("", "N\ttool\ttime (s)\tCPU (s)\tpeak (MB)\tfindings\ttime/fnlint\tmemory/fnlint", func(tw *tabwriter.Writer) {
		for _, sub := range subjects {
			n := sub.label
			for _, t := range tools {
				base := table[n]["fnlint"] // cold rows are compared with fnlint-cold
				if t.cold {
					base = table[n]["fnlint-cold"]
				}
				r := table[n][t.name]
				_, _ = fmt.Fprintf(tw, "%s\t%s\t%.2f\t%.2f\t%.0f\t%d\t%s\t%s\t\n", n, t.name, r.wall.Seconds(), r.cpu.Seconds(), mb(r.peakRSS), r.findings,
					ratio(r, base, inTime), ratio(r, base, inMemory))
			}
		}
	})
	section("With empty caches (a fresh GOCACHE, FNLINT_CACHE and STATICCHECK_CACHE each run):", "N\tfnlint/floor-source time\tfnlint/floor-source memory\tvet/fnlint time\tstaticcheck/fnlint time", func(tw *tabwriter.Writer) {
		for _, sub := range subjects {
			n := sub.label
			row := table[n]
			f := row["fnlint-cold"]
			_, _ = fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t\n", n,
				ratio(f, row["floor-source"], inTime), ratio(f, row["floor-source"], inMemory),
				ratio(row["vet-cold"], f, inTime), ratio(row["staticcheck-cold"], f, inTime))
		}
	})
	section("With warm caches:", "N\tfnlint/floor time\tfnlint/floor memory\tstaticcheck-warm/fnlint time\tvet/fnlint time\tstaticcheck/fnlint time", func(tw *tabwriter.Writer) {
		for _, sub := range subjects {
			n := sub.label
			row := table[n]
			f := row["fnlint"]
			_, _ = fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t\n", n,
				ratio(f, row["floor"], inTime), ratio(f, row["floor"], inMemory),
				ratio(row["staticcheck-warm"], f, inTime), ratio(row["vet"], f, inTime), ratio(row["staticcheck"], f, inTime))
		}
	})
	section("With a warm build cache and an empty fnlint cache, against plain go vet:", "N\tfnlint-coldcache/govet-warm time\tCPU\tfnlint-coldcache-source/govet-warm time\tCPU\tfnlint-coldcache/-source time\tmemory", func(tw *tabwriter.Writer) {
		for _, sub := range subjects {
			row := table[sub.label]
			f, src, vet := row["fnlint-coldcache"], row["fnlint-coldcache-source"], row["govet-warm"]
			_, _ = fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\t%s\t\n", sub.label,
				ratio(f, vet, inTime), ratio(f, vet, inCPU), ratio(src, vet, inTime), ratio(src, vet, inCPU),
				ratio(f, src, inTime), ratio(f, src, inMemory))
		}
	})
	section("After an edit of one package (the first function package of a generated module):", "N\tfnlint-edit - fnlint (s)\tfnlint-edit/fnlint time\tfnlint-edit/floor-edit time\tfnlint-edit/floor-edit memory", func(tw *tabwriter.Writer) {
		for _, sub := range subjects {
			n := sub.label
			row := table[n]
			e, f := row["fnlint-edit"], row["fnlint"]
			diff := "-"
			if e.wall != 0 && f.wall != 0 {
				diff = fmt.Sprintf("%+.2f", (e.wall - f.wall).Seconds())
			}
			_, _ = fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t\n", n, diff,
				ratio(e, f, inTime), ratio(e, row["floor-edit"], inTime), ratio(e, row["floor-edit"], inMemory))
		}
	})
	var ns []subject // the generated modules, whose growth is reported
	for _, sub := range subjects {
		if sub.n > 0 {
			ns = append(ns, sub)
		}
	}
	if len(ns) > 1 {
		section("Growth:", "tool\tfrom N\tto N\ttime ×\tmemory ×\tN ×", func(tw *tabwriter.Writer) {
			for _, t := range tools {
				for i := 1; i < len(ns); i++ {
					a, b := table[ns[i-1].label][t.name], table[ns[i].label][t.name]
					_, _ = fmt.Fprintf(tw, "%s\t%d\t%d\t%s\t%s\t%.1f\t\n", t.name, ns[i-1].n, ns[i].n,
						ratio(b, a, inTime), ratio(b, a, inMemory), float64(ns[i].n)/float64(ns[i-1].n))
				}
			}
		})
	}
}
