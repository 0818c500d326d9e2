// Command workdir is a Lambda function that works in a directory of
// its own per invocation: a constructor makes it with os.MkdirTemp and
// keeps it, and directories under it, in a struct's fields; other
// methods write files there, and one method removes the directory.
package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
)

// build is one invocation's working area.
type build struct {
	root    string // the directory made for the invocation
	keys    string // under root
	staging string // under root
}

func newBuild() (*build, error) {
	root, err := os.MkdirTemp("", "build-*") // ok: kept in the struct, whose Close removes it
	if err != nil {
		return nil, err
	}
	keys := filepath.Join(root, "keys")
	if err := os.Mkdir(keys, 0o700); err != nil { // ok: under root
		return nil, err
	}
	return &build{root: root, keys: keys, staging: filepath.Join(root, "staging")}, nil
}

// Close removes the invocation's directory and all under it.
func (b *build) Close() error { return os.RemoveAll(b.root) }

func (b *build) writeKey(data []byte) error {
	return os.WriteFile(filepath.Join(b.keys, "signing.key"), data, 0o600) // ok: under b.root, which the handler removes through Close
}

func (b *build) stage(name string, data []byte) error {
	p := filepath.Join(b.staging, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o700); err != nil { // ok: the parent of a path under b.staging is under b.root
		return err
	}
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600) // ok: under b.root
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = f.Write(data)
	return err
}

// spool is another working area, of which the handler removes only
// the incoming part.
type spool struct {
	dir string
	in  string
	out string
}

func newSpool() (*spool, error) {
	dir, err := os.MkdirTemp("", "spool-*") // ok: kept in the struct (the files under it are judged)
	if err != nil {
		return nil, err
	}
	return &spool{dir: dir, in: filepath.Join(dir, "in"), out: filepath.Join(dir, "out")}, nil
}

func (s *spool) reset() { os.RemoveAll(s.in) }

func (s *spool) receive(data []byte) {
	os.WriteFile(filepath.Join(s.in, "batch"), data, 0o600) // ok: s.in is removed by reset
}

func (s *spool) send(data []byte) {
	os.WriteFile(filepath.Join(s.out, "batch"), data, 0o600) // want `os.WriteFile creates a file that is never removed: Lambda's /tmp is ephemeral disk`
}

// scratch is made per invocation and never removed.
type scratch struct{ dir string }

func newScratch() *scratch {
	dir, _ := os.MkdirTemp("", "scratch-*") // ok: kept in the struct (the files under it are judged)
	return &scratch{dir: dir}
}

func (s *scratch) save(data []byte) {
	os.WriteFile(filepath.Join(s.dir, "state"), data, 0o600) // want `os.WriteFile creates a file that is never removed`
}

// area is removed only when its constructor fails: a removal on some
// paths counts for all, across functions too.
type area struct{ dir string }

func newArea() (*area, error) {
	dir, err := os.MkdirTemp("", "area-*")
	if err != nil {
		return nil, err
	}
	if err := os.Chmod(dir, 0o700); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	return &area{dir: dir}, nil
}

func (a *area) save(data []byte) {
	os.WriteFile(filepath.Join(a.dir, "state"), data, 0o600) // ok: known blind spot, the directory is removed only when newArea fails
}

// export and purge build their paths with the same text from their own
// parameters: the paths are not the same.
func export(name string) {
	os.WriteFile(fmt.Sprintf("/tmp/%s.csv", name), nil, 0o600) // want `os.WriteFile creates a file that is never removed`
}

func purge(name string) {
	os.Remove(fmt.Sprintf("/tmp/%s.csv", name))
}

func handler(ctx context.Context, ev events.S3Event) error {
	b, err := newBuild()
	if err != nil {
		return err
	}
	defer b.Close()
	if err := b.writeKey([]byte("k")); err != nil {
		return err
	}
	for _, r := range ev.Records {
		if err := b.stage(r.S3.Object.Key, nil); err != nil {
			return err
		}
	}

	s, err := newSpool()
	if err != nil {
		return err
	}
	s.receive(nil)
	s.send(nil)
	s.reset()

	newScratch().save(nil)

	a, err := newArea()
	if err != nil {
		return err
	}
	a.save(nil)

	export("report")
	purge("previous")
	return nil
}

func main() {
	lambda.Start(handler)
}
