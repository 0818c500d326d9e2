package config

import (
	"errors"
	"path"
	"path/filepath"
	"strings"
)

// A glob is an exclusion: a pattern relative to the directory of the
// file that declares it.
type glob struct {
	base    string // absolute directory
	pattern string // slash-separated
}

// match reports whether the file at p (absolute) matches g: the pattern
// matches the path of p relative to g.base, or of one of its parent
// directories (a directory excludes everything below it).
func (g glob) match(p string) bool {
	rel, err := filepath.Rel(g.base, p)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return false
	}
	elems := strings.Split(filepath.ToSlash(rel), "/")
	pat := strings.Split(strings.Trim(g.pattern, "/"), "/")
	for n := len(elems); n > 0; n-- {
		if matchElems(pat, elems[:n]) {
			return true
		}
	}
	return false
}

// matchElems matches path elements against pattern elements, where "**"
// matches any number of elements and the others are path.Match patterns.
func matchElems(pat, elems []string) bool {
	if len(pat) == 0 {
		return len(elems) == 0
	}
	if pat[0] == "**" {
		for i := 0; i <= len(elems); i++ {
			if matchElems(pat[1:], elems[i:]) {
				return true
			}
		}
		return false
	}
	if len(elems) == 0 {
		return false
	}
	ok, _ := path.Match(pat[0], elems[0])
	return ok && matchElems(pat[1:], elems[1:])
}

// checkGlob returns why p is not a usable exclusion, or nil.
func checkGlob(p string) error {
	if p == "" {
		return errors.New("empty pattern")
	}
	if path.IsAbs(p) || filepath.IsAbs(p) {
		return errors.New("patterns are relative to the directory of the file that declares them")
	}
	for _, e := range strings.Split(p, "/") {
		if e == ".." {
			return errors.New("a pattern cannot reach above its file's directory")
		}
		if _, err := path.Match(e, ""); err != nil {
			return err
		}
	}
	return nil
}
