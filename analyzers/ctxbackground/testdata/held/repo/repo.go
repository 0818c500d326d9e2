// Package repo keeps contexts in struct fields and package-level
// variables, as repository and service objects built at cold start do.
package repo

import (
	"context"
	"fmt"

	"cloud.google.com/go/storage"
	"github.com/aws/aws-lambda-go/lambdacontext"
)

var bucket = &storage.BucketHandle{}

// Ctx is the instance's context, for helpers of other packages; being
// exported, other packages may give it other values.
var Ctx = context.Background()

// Shared is given a root here and a caller's context in Use: it holds
// no one root.
var Shared = context.Background()

// Use gives Shared the caller's context.
func Use(ctx context.Context) { Shared = ctx } // want Use:`ignores context parameters \[0\]`

// A Repo keeps the context it was built with.
type Repo struct {
	ctx context.Context
}

// New builds a Repo on the instance's context: its unexported
// constructor is given context.Background() by every call.
func New() *Repo { return newRepo(context.Background()) }

func newRepo(ctx context.Context) *Repo { return &Repo{ctx: ctx} }

// Get has no context parameter and reads on the one it keeps.
func (r *Repo) Get(name string) error { // want Get:`has no context and uses context.Background\(\) to \(\*storage.ObjectHandle\).NewReader`
	rc, err := bucket.Object(name).NewReader(r.ctx) // ok: no context in scope here; judged where function code calls Get
	if err != nil {
		return err
	}
	return rc.Close()
}

// A Store's exported field is given its value by the packages that
// build one.
type Store struct {
	Ctx context.Context // want Ctx:`holds no context`
}

// Built keeps the context of its exported constructor's caller: this
// package cannot tell which one; the packages that call NewBuilt can.
type Built struct{ ctx context.Context } // want ctx:`holds what its callers give NewBuilt parameter 0`

// NewBuilt keeps ctx.
func NewBuilt(ctx context.Context) *Built { return &Built{ctx: ctx} } // want NewBuilt:`ignores context parameters \[0\]`

// Get reads on the kept context.
func (b *Built) Get(name string) error { // want Get:`has no context and uses the context a constructor stores in ctx to \(\*storage.ObjectHandle\).NewReader`
	rc, err := bucket.Object(name).NewReader(b.ctx) // ok: judged where function code calls Get, with what its package gives NewBuilt
	if err != nil {
		return err
	}
	return rc.Close()
}

type key struct{}

// requestID reads a value of its context only: no deadline-bound work.
func requestID(ctx context.Context) string { return fmt.Sprint(ctx.Value(key{})) }

// Tag reads only values of the kept context.
func (b *Built) Tag() string {
	lc, _ := lambdacontext.FromContext(b.ctx) // ok: reads a value of the context, not its deadline
	return requestID(b.ctx) + lc.AwsRequestID // ok: requestID only reads a value of the context
}

// A Kept's constructor is also used as a value, whose calls' arguments
// this package does not see.
type Kept struct{ ctx context.Context }

func newKept(ctx context.Context) *Kept { return &Kept{ctx: ctx} }

// Kept2 builds one on the instance's context.
func Kept2() *Kept { return newKept(context.Background()) }

// Factory hands the constructor out.
var Factory = newKept

// Get reads on the kept context.
func (k *Kept) Get(name string) error {
	rc, err := bucket.Object(name).NewReader(k.ctx) // ok: newKept escapes as a value
	if err != nil {
		return err
	}
	return rc.Close()
}

// A Client keeps the context of its exported constructor's caller.
type Client struct{ ctx context.Context } // want ctx:`holds what its callers give NewClient parameter 0`

// NewClient keeps ctx.
func NewClient(ctx context.Context) *Client { return &Client{ctx: ctx} } // want NewClient:`ignores context parameters \[0\]`

// Fetch reads on the kept context.
func (c *Client) Fetch(name string) error { // want Fetch:`has no context and uses the context a constructor stores in ctx to \(\*storage.ObjectHandle\).NewReader`
	rc, err := bucket.Object(name).NewReader(c.ctx) // ok: judged where function code calls Fetch
	if err != nil {
		return err
	}
	return rc.Close()
}

// A Session's constructor is also given a caller's context here: what
// its field holds is not the callers' to decide alone.
type Session struct{ ctx context.Context }

// NewSession keeps ctx.
func NewSession(ctx context.Context) *Session { return &Session{ctx: ctx} } // want NewSession:`ignores context parameters \[0\]`

// ForCaller builds a Session on its caller's context.
func ForCaller(ctx context.Context) *Session { return NewSession(ctx) }

// Read reads on the kept context.
func (s *Session) Read(name string) error {
	rc, err := bucket.Object(name).NewReader(s.ctx) // ok: NewSession is given a caller's context in this package too
	if err != nil {
		return err
	}
	return rc.Close()
}

// instance is the package's context, for its helpers.
var instance = context.Background()

// Load reads with the package's context.
func Load(name string) error { // want Load:`has no context and uses context.Background\(\) to \(\*storage.ObjectHandle\).NewReader`
	rc, err := bucket.Object(name).NewReader(instance) // ok: no context in scope; judged where function code calls Load
	if err != nil {
		return err
	}
	return rc.Close()
}
