// Command fn is a Lambda function whose handler reaches contexts kept
// in struct fields and package-level variables at cold start.
package main

import (
	"context"

	"cloud.google.com/go/storage"
	"github.com/aws/aws-lambda-go/lambda"

	"example.com/cb/held/repo"
	"example.com/cb/held/svc"
)

var bucket = &storage.BucketHandle{}

// getter is what the handler needs of a repository.
type getter interface{ Get(name string) error }

// app is wired in main with the instance's context.
type app struct {
	getter  getter
	unknown getter
	ctx     context.Context
	req     context.Context
	repo    *repo.Repo
	store   *repo.Store
	built   *repo.Built
}

var background = context.Background()

func (a *app) handle(ctx context.Context, name string) error {
	w := bucket.Object(name).NewWriter(a.ctx) // want `NewWriter is given the context in the field ctx, which holds context.Background\(\) while the invocation's context is in scope: .*; pass ctx`
	_ = w.Close()
	w = bucket.Object(name).NewWriter(background) // want `NewWriter is given the context in the package-level variable background, which holds context.Background\(\)`
	_ = w.Close()
	w = bucket.Object(name).NewWriter(repo.Ctx) // ok: exported, other packages may give it other values
	_ = w.Close()
	w = bucket.Object(name).NewWriter(a.store.Ctx) // want `NewWriter is given the context in the field Ctx, which holds context.Background\(\)`
	_ = w.Close()
	w = bucket.Object(name).NewWriter(repo.Shared) // ok: given a caller's context too
	_ = w.Close()
	w = bucket.Object(name).NewWriter(a.req) // ok: given a request's context too
	_ = w.Close()
	_ = a.repo.Get(name)      // want `calls \(\*repo.Repo\).Get, which has no context parameter and passes context.Background\(\) to \(\*storage.ObjectHandle\).NewReader`
	_ = a.built.Get(name)     // want `calls \(\*repo.Built\).Get, which has no context parameter and passes the context in the field ctx, which holds context.Background\(\), to \(\*storage.ObjectHandle\).NewReader`
	_ = svc.Do(a.built, name) // want `calls svc.Do, which calls \(\*repo.Built\).Get, which has no context parameter and passes the context in the field ctx, which holds context.Background\(\)`
	_ = a.getter.Get(name)    // want `calls \(\*repo.Repo\).Get, which has no context parameter and passes context.Background\(\) to`
	_ = a.unknown.Get(name)   // ok: a blind spot: what the field holds is not known

	return nil
}

func pick() getter { return repo.New() }

// localStore is a defined type of another package's struct: its fields
// are repo's.
type localStore repo.Store

var _ localStore

func main() {
	a := &app{
		ctx:     context.Background(),
		req:     context.Background(),
		repo:    repo.New(),
		store:   &repo.Store{Ctx: context.Background()},
		built:   repo.NewBuilt(context.Background()),
		getter:  repo.New(),
		unknown: pick(),
	}
	a.req = context.WithoutCancel(a.ctx)
	lambda.Start(a.handle)
}
