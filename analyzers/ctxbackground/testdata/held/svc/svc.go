// Package svc reads through a repository of another package.
package svc

import "example.com/cb/held/repo"

// Do reads with b, whose context its constructor's caller gives.
func Do(b *repo.Built, name string) error { // want Do:`has no context and uses the context a constructor stores in \(\*repo.Built\).Get -> ctx to \(\*storage.ObjectHandle\).NewReader`
	return b.Get(name)
}
