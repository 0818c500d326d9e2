// Package svc has functions that run the function values they are
// given, and constructors that keep them.
package svc

// A Service keeps a factory.
type Service struct{ newClient func() error }

// NewService keeps newClient: it runs it only when Use is called.
func NewService(newClient func() error) *Service { return &Service{newClient: newClient} }

// Retry runs f before it returns.
func Retry(f func() error) error { return try(f) }

func try(f func() error) error { return f() }

// Later runs f on another goroutine.
func Later(f func() error) { go f() }

// All runs every f.
func All(fs ...func() error) error {
	for _, f := range fs {
		if err := f(); err != nil {
			return err
		}
	}
	return nil
}

// Alias runs f under another name.
func Alias(f func() error) error {
	g := f
	return g()
}
