// Command recall scores fnlint against labels.tsv, a hand-labelled set
// of problems in public function repositories pinned at commits (see
// README.md for how to fetch them and run fnlint). From the root of the
// fnlint repository:
//
//	go run ./lintcmd/recall -out DIR
//
// DIR holds one fnlint -json output per module that was analyzed, named
// after its repository and module directory: owner+name.json for a
// module at the repository root, owner+name@dir_sub.json for the module
// in dir/sub (slashes become underscores). A label whose module has no
// output file was not run (its dependencies did not download, say) and
// is counted as skipped, not as missed.
//
// A finding matches a label of the same repository, module, file and
// analyzer whose line is within -slack lines of it; each finding
// matches at most one label, the nearest. A label names one problem,
// and a finding names the two ends of its chain: besides its primary
// position (where the fix goes) it matches, the same way, a label at
// one of its related positions in the repository (the call of a helper
// that does the wrong thing, the entry point that runs it), after every
// label at a primary position has taken its finding. Labels whose note starts with
// "found by fnlint" were added after a run (right findings nobody had
// labelled); recall is printed with and without them. With -verdicts
// (verdicts.tsv: repo, file:line, analyzer, right or wrong, why) the
// findings no label matches are counted as right or wrong by the
// verdict, and precision is right findings over findings.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
)

// label is one line of labels.tsv.
type label struct {
	repo, module, file, analyzer string
	line                         int
	found                        bool // added from a run ("found by fnlint")
	matched                      bool
}

// finding is one diagnostic of an fnlint -json output.
type finding struct {
	repo, module, file, analyzer string
	line                         int
	related                      []position // in the repository's checkout
	matched                      bool
}

// position is a file, relative to the repository root, and a line.
type position struct {
	file string
	line int
}

func main() {
	labelsPath := flag.String("labels", "lintcmd/recall/labels.tsv", "the labels file")
	outDir := flag.String("out", "", "directory of fnlint -json outputs, one per module (required)")
	verdictsPath := flag.String("verdicts", "lintcmd/recall/verdicts.tsv", "verdicts on findings (empty: none)")
	slack := flag.Int("slack", 3, "lines a finding may be away from its label")
	flag.Parse()
	if *outDir == "" {
		fmt.Fprintln(os.Stderr, "recall: -out is required")
		os.Exit(2)
	}
	if err := run(*labelsPath, *outDir, *verdictsPath, *slack); err != nil {
		fmt.Fprintln(os.Stderr, "recall:", err)
		os.Exit(1)
	}
}

func run(labelsPath, outDir, verdictsPath string, slack int) error {
	labels, err := readLabels(labelsPath)
	if err != nil {
		return err
	}
	findings, ran, err := readOutputs(outDir, labelModules(labels))
	if err != nil {
		return err
	}
	verdicts := map[string]bool{}
	if verdictsPath != "" {
		if verdicts, err = readVerdicts(verdictsPath); err != nil {
			return err
		}
	}
	match(labels, findings, slack)

	type row struct{ labels, skipped, tp, tpHand, fn, fnHand, findings, right, wrong, unjudged int }
	rows := map[string]*row{}
	get := func(a string) *row {
		if rows[a] == nil {
			rows[a] = &row{}
		}
		return rows[a]
	}
	for _, l := range labels {
		r := get(l.analyzer)
		r.labels++
		switch {
		case !ran[l.repo+"\x00"+l.module]:
			r.skipped++
		case l.matched:
			r.tp++
			if !l.found {
				r.tpHand++
			}
		default:
			r.fn++
			if !l.found {
				r.fnHand++
			}
		}
	}
	for _, f := range findings {
		r := get(f.analyzer)
		r.findings++
		right, judged := verdicts[verdictKey(f.repo, f.file, f.line, f.analyzer)]
		switch {
		case judged && right, !judged && f.matched:
			r.right++
		case judged:
			r.wrong++
		default:
			r.unjudged++
		}
	}

	names := make([]string, 0, len(rows))
	for a := range rows {
		names = append(names, a)
	}
	sort.Strings(names)
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	_, _ = fmt.Fprintln(w, "analyzer\tlabels\tskipped\tTP\tFN\trecall\trecall(hand)\tfindings\tright\tFP\tunjudged\tprecision\t")
	var total row
	for _, a := range names {
		r := rows[a]
		printRow(w, a, r.labels, r.skipped, r.tp, r.fn, r.tpHand, r.fnHand, r.findings, r.right, r.wrong, r.unjudged)
		total.labels += r.labels
		total.fnHand += r.fnHand
		total.skipped += r.skipped
		total.tp += r.tp
		total.tpHand += r.tpHand
		total.fn += r.fn
		total.findings += r.findings
		total.right += r.right
		total.wrong += r.wrong
		total.unjudged += r.unjudged
	}
	printRow(w, "all", total.labels, total.skipped, total.tp, total.fn, total.tpHand, total.fnHand, total.findings, total.right, total.wrong, total.unjudged)
	if err := w.Flush(); err != nil {
		return err
	}

	fmt.Println("\nmissed (FN):")
	for _, l := range labels {
		if ran[l.repo+"\x00"+l.module] && !l.matched {
			fmt.Printf("  %s %s:%d %s\n", l.repo, l.file, l.line, l.analyzer)
		}
	}
	fmt.Println("\nfindings no label matches:")
	for _, f := range findings {
		if f.matched {
			continue
		}
		verdict := "unjudged"
		if right, ok := verdicts[verdictKey(f.repo, f.file, f.line, f.analyzer)]; ok {
			verdict = map[bool]string{true: "right", false: "wrong"}[right]
		}
		fmt.Printf("  %s %s:%d %s (%s)\n", f.repo, f.file, f.line, f.analyzer, verdict)
	}
	return nil
}

// printRow prints one analyzer's counts: recall over the labels of the
// modules that ran, all of them and the hand labels alone, and precision
// over the judged findings.
func printRow(w *tabwriter.Writer, name string, labels, skipped, tp, fn, tpHand, fnHand, findings, right, wrong, unjudged int) {
	_, _ = fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%d\t%s\t%s\t%d\t%d\t%d\t%d\t%s\t\n",
		name, labels, skipped, tp, fn, ratio(tp, tp+fn), ratio(tpHand, tpHand+fnHand),
		findings, right, wrong, unjudged, ratio(right, right+wrong))
}

func ratio(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", float64(n)/float64(d))
}

// match pairs each label with the nearest unmatched finding of its
// repository, module and analyzer whose primary position is in the
// label's file within slack lines, nearest pairs first; then the labels
// left with the findings left whose related positions are, the same
// way.
func match(labels []*label, findings []*finding, slack int) {
	type pair struct {
		l       *label
		f       *finding
		related bool
		dist    int
	}
	var pairs []pair
	near := func(l *label, p position) (int, bool) {
		d := l.line - p.line
		if d < 0 {
			d = -d
		}
		return d, l.file == p.file && d <= slack
	}
	for _, l := range labels {
		for _, f := range findings {
			if l.repo != f.repo || l.module != f.module || l.analyzer != f.analyzer {
				continue
			}
			if d, ok := near(l, position{f.file, f.line}); ok {
				pairs = append(pairs, pair{l, f, false, d})
			}
			for _, r := range f.related {
				if d, ok := near(l, r); ok {
					pairs = append(pairs, pair{l, f, true, d})
				}
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool {
		if pairs[i].related != pairs[j].related {
			return !pairs[i].related
		}
		return pairs[i].dist < pairs[j].dist
	})
	for _, p := range pairs {
		if !p.l.matched && !p.f.matched {
			p.l.matched, p.f.matched = true, true
		}
	}
}

// readLabels reads labels.tsv: repo, commit, module-dir, file:line,
// analyzer, note; lines starting with # are comments.
func readLabels(path string) ([]*label, error) {
	var labels []*label
	err := readTSV(path, 6, func(fields []string) error {
		file, line, err := splitPos(fields[3])
		if err != nil {
			return err
		}
		labels = append(labels, &label{
			repo: fields[0], module: fields[2], file: file, line: line, analyzer: fields[4],
			found: strings.HasPrefix(fields[5], "found by fnlint"),
		})
		return nil
	})
	return labels, err
}

// readVerdicts reads verdicts.tsv: repo, file:line, analyzer, right or
// wrong, why.
func readVerdicts(path string) (map[string]bool, error) {
	verdicts := map[string]bool{}
	err := readTSV(path, 5, func(fields []string) error {
		file, line, err := splitPos(fields[1])
		if err != nil {
			return err
		}
		switch fields[3] {
		case "right", "wrong":
			verdicts[verdictKey(fields[0], file, line, fields[2])] = fields[3] == "right"
			return nil
		}
		return fmt.Errorf("verdict %q is neither right nor wrong", fields[3])
	})
	return verdicts, err
}

func verdictKey(repo, file string, line int, analyzer string) string {
	return fmt.Sprintf("%s\x00%s\x00%d\x00%s", repo, file, line, analyzer)
}

func readTSV(path string, columns int, row func([]string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer func() { _ = f.Close() }()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		if len(fields) != columns {
			return fmt.Errorf("%s:%d: %d columns, want %d", path, n, len(fields), columns)
		}
		if err := row(fields); err != nil {
			return fmt.Errorf("%s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}

// splitPos splits "file:line".
func splitPos(pos string) (string, int, error) {
	i := strings.LastIndexByte(pos, ':')
	if i < 0 {
		return "", 0, fmt.Errorf("%q is not file:line", pos)
	}
	line, err := strconv.Atoi(pos[i+1:])
	if err != nil {
		return "", 0, fmt.Errorf("%q is not file:line", pos)
	}
	return pos[:i], line, nil
}

// labelModules maps the names of the labels' modules as output files
// carry them (repo NUL module-dir with its slashes as underscores) to
// their directories: a directory's own underscores (functions/slack_event)
// make the name ambiguous, and the labels resolve it.
func labelModules(labels []*label) map[string]string {
	modules := make(map[string]string)
	for _, l := range labels {
		modules[l.repo+"\x00"+strings.ReplaceAll(l.module, "/", "_")] = l.module
	}
	return modules
}

// readOutputs reads every owner+name[@dir].json of dir. It returns the
// findings, with paths relative to the repository root, and the set of
// modules (repo NUL module-dir) that ran. A module's directory is the
// one modules names for the file's (see labelModules), or else the
// name's underscores read as slashes.
func readOutputs(dir string, modules map[string]string) ([]*finding, map[string]bool, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, nil, err
	}
	ran := map[string]bool{}
	var findings []*finding
	for _, path := range files {
		base := strings.TrimSuffix(filepath.Base(path), ".json")
		dirName, moduleDir, _ := strings.Cut(base, "@")
		owner, name, ok := strings.Cut(dirName, "+")
		if !ok {
			return nil, nil, fmt.Errorf("%s: name is not owner+name[@module_dir].json", path)
		}
		repo := owner + "/" + name
		module := "."
		if m, ok := modules[repo+"\x00"+moduleDir]; ok && moduleDir != "" {
			module = m
		} else if moduleDir != "" {
			module = strings.ReplaceAll(moduleDir, "_", "/")
		}
		ran[repo+"\x00"+module] = true
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, nil, err
		}
		// The go/analysis JSON tree: package -> analyzer -> diagnostics,
		// or an {"error": ...} object for an analyzer that failed.
		var tree map[string]map[string]json.RawMessage
		if err := json.Unmarshal(data, &tree); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", path, err)
		}
		for _, analyzers := range tree {
			for analyzer, raw := range analyzers {
				var diags []struct {
					Posn    string `json:"posn"`
					Related []struct {
						Posn string `json:"posn"`
					} `json:"related"`
				}
				if json.Unmarshal(raw, &diags) != nil {
					continue // an error object: no diagnostics
				}
				for _, d := range diags {
					file, line, err := repoRelative(d.Posn, dirName)
					if err != nil {
						return nil, nil, fmt.Errorf("%s: %w", path, err)
					}
					f := &finding{repo: repo, module: module, file: file, line: line, analyzer: analyzer}
					for _, r := range d.Related {
						// A related position outside the checkout (a
						// dependency's code) names no label.
						if file, line, err := repoRelative(r.Posn, dirName); err == nil {
							f.related = append(f.related, position{file, line})
						}
					}
					findings = append(findings, f)
				}
			}
		}
	}
	sort.Slice(findings, func(i, j int) bool {
		a, b := findings[i], findings[j]
		if a.repo != b.repo {
			return a.repo < b.repo
		}
		if a.file != b.file {
			return a.file < b.file
		}
		return a.line < b.line
	})
	return findings, ran, nil
}

// repoRelative turns a position file:line:col of a checkout in a
// directory named dirName into the file relative to it and the line.
func repoRelative(posn, dirName string) (string, int, error) {
	marker := string(filepath.Separator) + dirName + string(filepath.Separator)
	i := strings.LastIndex(posn, marker)
	if i < 0 {
		return "", 0, fmt.Errorf("position %q is not inside a directory %s", posn, dirName)
	}
	rest := posn[i+len(marker):]
	// rest is file:line:col
	j := strings.LastIndexByte(rest, ':')
	if j < 0 {
		return "", 0, fmt.Errorf("position %q has no column", posn)
	}
	return splitPos(rest[:j])
}
