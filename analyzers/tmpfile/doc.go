// Package tmpfile defines an Analyzer that reports files written by
// function code that are never removed, or written where they cannot be.
//
// # Analyzer tmpfile
//
// tmpfile: report files that fill instance memory or hit read-only paths
//
// The platform's rule (docs/platform.md, "Filesystem and memory"): the
// source directory is read-only; the rest of the filesystem is writable
// but in memory, so every file written counts against the instance's
// memory and stays until deleted, across invocations. An instance that
// writes a temporary file on every request and never deletes it runs out
// of memory and is restarted.
//
// On AWS Lambda (docs/platform.md, "AWS Lambda") /tmp is ephemeral disk,
// not memory: 512 MB by default, configurable up to 10 GB, shared by the
// invocations of one execution environment and kept across them, so
// files that are never removed fill it until writes fail; the function's
// code directory and everything outside /tmp are read-only. The messages
// say what holds for the platform of the entry points reaching the call.
//
// tmpfile reports, in function code that runs on every invocation (see
// the funcmodel analyzer):
//
//   - files and directories created with os.Create, os.CreateTemp,
//     os.MkdirTemp, os.OpenFile with os.O_CREATE, os.WriteFile, os.Mkdir
//     and os.MkdirAll (and their io/ioutil forms) under the temp dir or
//     at a path fnlint cannot know, that the function never removes with
//     os.Remove or os.RemoveAll (usually deferred). Removing a directory
//     with os.RemoveAll covers what is created under it with
//     filepath.Join(dir, ...) (and filepath.Dir of such a path);
//     removing a temporary file by f.Name() covers it. The removal may
//     be in another function of the package that runs on every
//     invocation, reached through a struct field: a directory made per
//     invocation with os.MkdirTemp, kept with its subdirectories in the
//     fields of a struct by a constructor, and removed by a method that
//     the handler calls (defer w.Cleanup(), which calls
//     os.RemoveAll(w.dir)) covers the files the other methods write
//     under those fields. A file a function creates at a path made of
//     its parameters (fmt.Sprintf("/tmp/%s", name), filepath.Join) is
//     removed when every call of the function in the package's
//     per-invocation code is in a body that removes the path its
//     arguments make, itself or through a function of the package that
//     removes the same path of its own parameters (writeCSV(name), then
//     upload(name), which removes fmt.Sprintf("/tmp/%s", name));
//   - writes to a relative path, which lands in the read-only source
//     directory (the working directory) and fails at run time, and to an
//     absolute path outside the temp dir /tmp, which fails on 1st gen;
//     also when the path is given to a helper, of the package or of
//     another package of the module, that creates the file there, through
//     any number of calls (save("out.json", data)): the finding is at
//     the path given, the creating call is its other end.
//
// Not reported: files the function returns, stores, or hands to a
// function of its module (the receiver owns them then), files created in
// cold-start or once-only code, and multipart form files
// (Request.ParseMultipartForm), which net/http removes itself.
//
// Bad:
//
//	f, err := os.CreateTemp("", "upload-*")
//	if err != nil { ... }
//	io.Copy(f, r.Body)
//
// Good:
//
//	f, err := os.CreateTemp("", "upload-*")
//	if err != nil { ... }
//	defer os.Remove(f.Name())
//	defer f.Close()
//	io.Copy(f, r.Body)
//
// Better still, stream instead of buffering to a file.
//
// A suggested fix adds defer os.Remove(f.Name()) after the error check
// of os.CreateTemp (or ioutil.TempFile), where removing the file when
// the function returns is right on every path: the file is assigned to
// a variable with its error, the very next statement returns when the
// error is not nil, the call is in no loop (one defer per iteration
// would keep every file until the function returns), and the file does
// not outlive the function (every use of it is a method call on it or an
// argument of a call of another module's function whose results are
// numbers, strings or errors, as io.Copy; none is stored, returned,
// given to the module's own code or used on another goroutine). Other
// creations get no fix: which of their paths a name reaches, and when
// the function is done with a directory, is not known from the code.
//
// Known blind spots: a removal on some paths counts for all, also when
// it is in another function (a constructor that removes its directory
// only when it fails); a removal through a struct field counts for the
// field of every value of the struct type, not only the value whose
// files are written; removals through fields of other packages are not
// tied to the directory; a file whose helper is called from another
// package is judged by the calls of its own package alone, and the
// removal by a caller counts wherever it stands in the caller (also
// before the creation, or on some paths only); removals in
// helpers that are given the path are assumed; files created by helpers
// of other packages are not followed for removal (only for where they
// are written), nor are paths given to helpers at cold start.
package tmpfile
