package deploy

import (
	"path/filepath"
	"regexp"
	"strings"
)

// makePlaceholder starts what a make reference ($(X), ${X}) becomes before
// a recipe is parsed as shell: a shell parameter expansion of the same
// length (${___}), which the shell reader treats as unknown.
const makePlaceholder = "${_"

// parseMakefile reads the recipe lines (those starting with a tab) that
// mention gcloud or a build, each logical line (with its backslash continuations) as
// one shell command line run in the Makefile's directory, as make runs
// it: make's @, - and + prefixes are dropped, $$ is the shell's $, and a
// make reference is unknown.
func parseMakefile(f *srcFile) result {
	var r result
	dir := filepath.Dir(f.path)
	commands := makeCommands(f)
	target := ""
	for i := 1; i <= len(f.lines); i++ {
		if line := f.line(i); !strings.HasPrefix(line, "\t") {
			if m := makeRuleRE.FindStringSubmatch(line); m != nil {
				target = strings.Fields(m[1])[0]
			}
			continue
		}
		var text []byte
		m := &offsetMap{}
		emit := func(fileOff int, b []byte) {
			if n := len(m.anchors); n == 0 || m.anchors[n-1].to+len(text)-m.anchors[n-1].at != fileOff {
				m.add(len(text), fileOff)
			}
			text = append(text, b...)
		}
		first := i
		for {
			line := f.line(i)
			start := f.lines[i-1]
			col := 0
			if strings.HasPrefix(line, "\t") {
				col = 1
			}
			if i == first {
				for col < len(line) && strings.IndexByte("@-+ \t", line[col]) >= 0 {
					col++
				}
			}
			makeToShell(line, col, start, commands, emit)
			if !strings.HasSuffix(line, `\`) || i == len(f.lines) {
				break
			}
			emit(start+len(line), []byte("\n"))
			i++
		}
		if !mentionsCommand(text) {
			continue
		}
		s := &shellScript{f: f, format: FormatMakefile, text: string(text), omap: m, bases: []string{dir}}
		nb := len(r.builds)
		s.run(&r)
		for _, b := range r.builds[nb:] {
			b.Target = target
		}
	}
	return r
}

// makeRuleRE matches a rule's first line: its targets before a colon that
// is not an assignment's.
var makeRuleRE = regexp.MustCompile(`^([A-Za-z0-9_./%$(){}-][A-Za-z0-9_./%$(){} -]*?)\s*::?(?:[^=]|$)`)

// makeAssignRE matches a make variable assignment.
var makeAssignRE = regexp.MustCompile(`^\s*(?:export\s+|override\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*(?:\?|:|::|:::|\+|!)?=\s*(.*?)\s*$`)

// makeCommands returns the make variables that name a command this
// package reads ("GCLOUD = gcloud", "GO := go"), so that a recipe
// `$(GCLOUD) functions deploy` is recognized. Only the command's name is
// taken from a variable, never a setting.
func makeCommands(f *srcFile) map[string]string {
	out := map[string]string{}
	for i := 1; i <= len(f.lines); i++ {
		line := f.line(i)
		if strings.HasPrefix(line, "\t") {
			continue
		}
		m := makeAssignRE.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		switch v := m[2]; filepath.Base(v) {
		case "gcloud", "go":
			if !strings.ContainsAny(v, "$ \t") {
				out[m[1]] = v
			}
		}
	}
	return out
}

// makeToShell emits line[col:] (at file offset start) as shell text:
// $$ becomes $, a make reference becomes a placeholder of its length, or
// the command a variable of commands names.
func makeToShell(line string, col, start int, commands map[string]string, emit func(int, []byte)) {
	for j := col; j < len(line); {
		if line[j] != '$' || j+1 >= len(line) {
			emit(start+j, []byte{line[j]})
			j++
			continue
		}
		switch c := line[j+1]; c {
		case '$':
			emit(start+j+1, []byte{'$'})
			j += 2
		case '(', '{':
			closeC := byte(')')
			if c == '{' {
				closeC = '}'
			}
			depth, k := 0, j+1
			for ; k < len(line); k++ {
				if line[k] == c {
					depth++
				} else if line[k] == closeC {
					depth--
					if depth == 0 {
						break
					}
				}
			}
			if k >= len(line) {
				emit(start+j, []byte(line[j:]))
				return
			}
			n := k + 1 - j
			if cmd, ok := commands[line[j+2:k]]; ok {
				emit(start+j, []byte(cmd))
				j = k + 1
				continue
			}
			ph := makePlaceholder + strings.Repeat("_", max(n-4, 0)) + "}"
			emit(start+j, []byte(ph))
			j = k + 1
		default:
			emit(start+j, []byte{'$'})
			j++
		}
	}
}
