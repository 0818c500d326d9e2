package knowledge

import "go/types"

// FileKind says what a filesystem call creates.
type FileKind int

const (
	File     FileKind = iota + 1 // a file at a given path
	Dir                          // a directory at a given path
	TempFile                     // a file in a directory, named by the call (the result's Name)
	TempDir                      // a directory in a directory, named by the call (the result)
)

// A FileOp describes a call that creates a file or directory.
type FileOp struct {
	Kind FileKind
	Path int // index of the path argument (the parent directory for TempFile and TempDir)
	Flag int // index of the open flags (created only with O_CREATE), or -1
}

// fileOps maps the Key of each call that creates files or directories
// (the os and io/ioutil documentation of each: OpenFile creates the file
// only with O_CREATE; CreateTemp and MkdirTemp name what they create in
// the directory given).
var fileOps = map[string]FileOp{
	"os.Create":           {Kind: File, Path: 0, Flag: -1},
	"os.OpenFile":         {Kind: File, Path: 0, Flag: 1},
	"os.WriteFile":        {Kind: File, Path: 0, Flag: -1},
	"io/ioutil.WriteFile": {Kind: File, Path: 0, Flag: -1},
	"os.Mkdir":            {Kind: Dir, Path: 0, Flag: -1},
	"os.MkdirAll":         {Kind: Dir, Path: 0, Flag: -1},
	"os.CreateTemp":       {Kind: TempFile, Path: 0, Flag: -1},
	"io/ioutil.TempFile":  {Kind: TempFile, Path: 0, Flag: -1},
	"os.MkdirTemp":        {Kind: TempDir, Path: 0, Flag: -1},
	"io/ioutil.TempDir":   {Kind: TempDir, Path: 0, Flag: -1},
}

// removes maps the Key of each call that removes a path (its argument
// 0) to whether it removes a whole tree (os: "RemoveAll removes path and
// any children it contains").
var removes = map[string]bool{
	"os.Remove":    false,
	"os.RemoveAll": true,
}

// pathJoins lists the functions that join path elements (path/filepath:
// "Join joins any number of path elements into a single path"; path's
// Join likewise, with slashes).
var pathJoins = map[string]bool{
	"path/filepath.Join": true,
	"path.Join":          true,
}

// pathDirs lists the functions that return a path's parent directory
// (path/filepath: "Dir returns all but the last element of path,
// typically the path's directory"; path's Dir likewise).
var pathDirs = map[string]bool{
	"path/filepath.Dir": true,
	"path.Dir":          true,
}

// tempDirFuncs holds the Keys of the functions that return the
// directory for temporary files (os: "TempDir returns the default
// directory to use for temporary files. On Unix systems, it returns
// $TMPDIR if non-empty, else /tmp").
var tempDirFuncs = map[string]bool{
	"os.TempDir": true,
}

// ReturnsTempDir reports whether fn returns the directory for temporary
// files.
func ReturnsTempDir(fn *types.Func) bool { return has(tempDirFuncs, fn) }

// FileOpOf returns, when fn creates a file or directory (os.Create,
// os.MkdirTemp), what it creates and where its arguments are.
func FileOpOf(fn *types.Func) (FileOp, bool) { return lookup(fileOps, fn) }

// RemoveOf reports, when fn removes the path given as its first
// argument (ok), whether it removes a whole tree (os.RemoveAll).
func RemoveOf(fn *types.Func) (tree, ok bool) { return lookup(removes, fn) }

// IsPathJoin reports whether fn joins path elements (filepath.Join).
func IsPathJoin(fn *types.Func) bool { return has(pathJoins, fn) }

// IsPathDir reports whether fn returns a path's parent directory
// (filepath.Dir).
func IsPathDir(fn *types.Func) bool { return has(pathDirs, fn) }
