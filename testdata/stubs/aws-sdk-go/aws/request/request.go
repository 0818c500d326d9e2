// Package request is a stub of github.com/aws/aws-sdk-go/aws/request.
package request

// A Request is the service request to be made.
type Request struct {
	Error error
}

// Send sends the request, returning its error.
func (r *Request) Send() error { return r.Error }

// An Option is a functional option that can augment or modify a request
// when used with a WithContext API operation method.
type Option func(*Request)

// WaiterOption modifies the behavior of a Waiter.
type WaiterOption func(*struct{})
