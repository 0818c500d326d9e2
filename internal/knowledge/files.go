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

// FileOps maps the Key of each call that creates files or directories.
var FileOps = map[string]FileOp{
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

// Removes maps the Key of each call that removes a path (its argument
// 0) to whether it removes a whole tree.
var Removes = map[string]bool{
	"os.Remove":    false,
	"os.RemoveAll": true,
}

// PathJoins lists the functions that join path elements.
var PathJoins = map[string]bool{
	"path/filepath.Join": true,
	"path.Join":          true,
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
func ReturnsTempDir(fn *types.Func) bool { return fn != nil && tempDirFuncs[Key(fn)] }
