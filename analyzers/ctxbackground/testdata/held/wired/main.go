// Command wired is a Lambda function whose services are wired at cold
// start, dependency-injection style: main and init build them on
// context.Background() and keep them behind interfaces, and helpers
// read a package-level context.
package main

import (
	"context"

	"cloud.google.com/go/storage"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cb/held/di"
	"example.com/cb/held/repo"
	"example.com/cb/held/wire"
)

var bucket = &storage.BucketHandle{}

// ctx is the instance's context, for the helpers.
var ctx = context.Background()

// loader is what the handler needs of the storage layer.
type loader interface{ Load(name string) error }

// storageService keeps the context it was built with.
type storageService struct{ ctx context.Context }

func (s *storageService) Load(name string) error { // want Load:`has no context and uses context.Background\(\) to \(\*storage.ObjectHandle\).NewReader`
	rc, err := bucket.Object(name).NewReader(s.ctx) // ok: no context in scope; judged where the handler calls Load
	if err != nil {
		return err
	}
	return rc.Close()
}

// cachedService keeps no context: it reads with the one it is given.
type cachedService struct{}

func (cachedService) Load(name string) error { return nil }

// getter is what the handler needs of a repository of another
// package.
type getter interface{ Get(name string) error }

// deps is the container main fills.
type deps struct {
	loader loader
	cache  loader
	repo   getter // a repository of another package, wired with its constructor
}

// reqService is given the invocation's context before each use.
type reqService struct{ ctx context.Context }

func (s *reqService) Load(name string) error {
	rc, err := bucket.Object(name).NewReader(s.ctx)
	if err != nil {
		return err
	}
	return rc.Close()
}

var (
	perCall = &reqService{ctx: context.Background()}
	wired   = di.Build()
)

var (
	container deps
	warm      loader
)

func init() {
	warm = &storageService{ctx: context.Background()}
}

func handle(c context.Context, name string) error {
	_ = container.loader.Load(name) // want `calls \(\*main.storageService\).Load, which has no context parameter and passes context.Background\(\) to \(\*storage.ObjectHandle\).NewReader`
	_ = warm.Load(name)             // want `calls \(\*main.storageService\).Load, which has no context parameter`
	_ = container.cache.Load(name)  // ok: cachedService uses no context
	_ = container.repo.Get(name)    // want `calls \(\*repo.Built\).Get, which has no context parameter and passes the context in the field ctx, which holds context.Background\(\)`
	perCall.ctx = c
	_ = perCall.Load(name)     // ok: the field is given the invocation's context per invocation too
	_ = readAll(name)          // want `calls main.readAll, which has no context parameter and passes context.Background\(\) to \(\*storage.ObjectHandle\).NewReader`
	_ = readWith(c, name)      // ok: the helper is given the invocation's context
	_ = repo.Load(name)        // want `calls repo.Load, which has no context parameter and passes context.Background\(\) to \(\*storage.ObjectHandle\).NewReader`
	_ = coldClient.Fetch(name) // ok: repo.NewClient is also given the invocation's context below
	_ = repo.NewClient(c).Fetch(name)
	_ = session.Read(name)    // ok: repo.NewSession is given a caller's context in repo
	_ = wire.For(c).Get(name) // ok: the receiver is built by another package, on the invocation's context
	_ = coldBuilt.Get(name)   // want `calls \(\*repo.Built\).Get, which has no context parameter and passes the context in the field ctx, which holds context.Background\(\)`
	local := repo.NewBuilt(context.Background())
	_ = local.Get(name)                // want `calls \(\*repo.Built\).Get, which has no context parameter`
	_ = (*repo.Built).Get(local, name) // want `calls \(\*repo.Built\).Get, which has no context parameter`
	_ = coldBuilt.Tag()                // ok: Tag reads only values of the kept context
	get := coldBuilt.Get
	_ = get(name)              // ok: a blind spot: a method value's receiver is not followed
	_ = pickBuilt(c).Get(name) // ok: the receiver comes from a call of no constructor
	return nil
}

var (
	coldClient = repo.NewClient(context.Background())
	session    = repo.NewSession(context.Background())
	coldBuilt  = repo.NewBuilt(context.Background())
)

// pickBuilt returns what another package built.
func pickBuilt(c context.Context) *repo.Built { return wire.For(c) }

// readAll is a helper that reads with the package-level context.
func readAll(name string) error {
	rc, err := bucket.Object(name).NewReader(ctx) // ok: no context in scope here; reported where the handler calls readAll
	if err != nil {
		return err
	}
	return rc.Close()
}

// readWith has a context parameter and uses it.
func readWith(c context.Context, name string) error {
	rc, err := bucket.Object(name).NewReader(c)
	if err != nil {
		return err
	}
	return rc.Close()
}

// warmUp runs at cold start only: the package-level context is the
// instance's own there.
func warmUp() {
	_ = readAll("config") // ok: cold start, no invocation's context
}

func main() {
	container = deps{
		loader: &storageService{ctx: context.Background()},
		cache:  cachedService{},
		repo:   repo.NewBuilt(context.Background()),
	}
	warmUp()
	lambda.Start(handle)
}
