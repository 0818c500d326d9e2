package osexit_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/fnlint/fnlint/analyzers/osexit"
)

// The shapes that made osexit quadratic (issue 15): one handler with n
// exits, each in an if statement of its own; a chain of n functions
// each starting the next on a goroutine; and a chain of n functions
// each starting the next on a goroutine and calling it too, so that
// every goroutine root reaches the rest of the chain. Each benchmark loads the
// generated package once and times the analysis alone (osexit and the
// execution model and graphs it requires); the time per operation grows
// linearly with n. cpu-ns/op is the CPU time of the process per
// operation (garbage collection included), steadier than the wall time
// on a shared machine.

func BenchmarkExits1000(b *testing.B) { benchmark(b, manyExits(1000)) }
func BenchmarkExits4000(b *testing.B) { benchmark(b, manyExits(4000)) }

func BenchmarkGoChain1250(b *testing.B) { benchmark(b, goChain(1250)) }
func BenchmarkGoChain5000(b *testing.B) { benchmark(b, goChain(5000)) }

func BenchmarkGoCallChain1250(b *testing.B) { benchmark(b, goCallChain(1250)) }
func BenchmarkGoCallChain5000(b *testing.B) { benchmark(b, goCallChain(5000)) }

// manyExits returns a 1st-gen HTTP function with n statements
// `if x == i { log.Fatal() }`.
func manyExits(n int) string {
	var b strings.Builder
	b.WriteString("package gen\n\nimport (\n\t\"log\"\n\t\"net/http\"\n)\n\n")
	b.WriteString("func Handler(w http.ResponseWriter, r *http.Request) {\n\tx := len(r.URL.Path)\n")
	for i := range n {
		fmt.Fprintf(&b, "\tif x == %d {\n\t\tlog.Fatal()\n\t}\n", i)
	}
	b.WriteString("}\n")
	return b.String()
}

// goChain returns a 1st-gen HTTP function that starts f0 on a
// goroutine, f0 starts f1, and so on to f(n-1), which panics.
func goChain(n int) string {
	var b strings.Builder
	b.WriteString("package gen\n\nimport \"net/http\"\n\n")
	b.WriteString("func Handler(w http.ResponseWriter, r *http.Request) {\n\tgo f0()\n}\n")
	for i := range n - 1 {
		fmt.Fprintf(&b, "\nfunc f%d() {\n\tgo f%d()\n}\n", i, i+1)
	}
	fmt.Fprintf(&b, "\nfunc f%d() {\n\tpanic(\"last\")\n}\n", n-1)
	return b.String()
}

// goCallChain is goChain where each function also calls the next.
func goCallChain(n int) string {
	var b strings.Builder
	b.WriteString("package gen\n\nimport \"net/http\"\n\n")
	b.WriteString("func Handler(w http.ResponseWriter, r *http.Request) {\n\tgo f0()\n}\n")
	for i := range n - 1 {
		fmt.Fprintf(&b, "\nfunc f%d() {\n\tgo f%d()\n\tf%d()\n}\n", i, i+1, i+1)
	}
	fmt.Fprintf(&b, "\nfunc f%d() {\n\tpanic(\"last\")\n}\n", n-1)
	return b.String()
}

// benchmark writes src as the root package of a module, loads it as
// fnlint's driver does (the package from source, its imports from
// export data, and no analysis of the standard library), and runs osexit
// on it b.N times.
func benchmark(b *testing.B, src string) {
	dir := b.TempDir()
	for name, data := range map[string]string{"go.mod": "module example.com/gen\n\ngo 1.24\n", "gen.go": src} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	cfg := &packages.Config{Mode: packages.LoadSyntax | packages.NeedModule, Dir: dir, Env: append(os.Environ(), "GOWORK=off", "GOFLAGS=")}
	pkgs, err := packages.Load(cfg, ".")
	if err != nil {
		b.Fatal(err)
	}
	if len(pkgs) != 1 || len(pkgs[0].Errors) > 0 {
		b.Fatalf("load: %v", pkgs)
	}
	pkgs[0].Imports = nil // the standard library is not analyzed
	count := 0
	b.ResetTimer()
	cpu := cpuTime()
	for range b.N {
		graph, err := checker.Analyze([]*analysis.Analyzer{osexit.Analyzer}, pkgs, nil)
		if err != nil {
			b.Fatal(err)
		}
		count = 0
		for act := range graph.All() {
			if act.Err != nil {
				b.Fatal(act.Err)
			}
			if act.Analyzer == osexit.Analyzer {
				count += len(act.Diagnostics)
			}
		}
	}
	b.StopTimer()
	if cpu := cpuTime() - cpu; cpu > 0 {
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
	if count == 0 {
		b.Fatal("no findings: the generated code is not function code")
	}
}
