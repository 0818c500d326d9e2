package golambda

// Error is golambda's error, with values for its log.
type Error struct {
	msg    string
	cause  error
	values map[string]interface{}
}

// NewError returns a new error.
func NewError(msg string) *Error {
	return &Error{msg: msg, values: make(map[string]interface{})}
}

// WrapError returns an error wrapping cause.
func WrapError(cause error, msg ...interface{}) *Error {
	err := NewError("")
	err.cause = cause
	return err
}

func (x *Error) Error() string {
	if x.cause != nil {
		return x.msg + ": " + x.cause.Error()
	}
	return x.msg
}

// Unwrap returns the cause.
func (x *Error) Unwrap() error { return x.cause }

// With adds a value to the error's log.
func (x *Error) With(key string, value interface{}) *Error {
	x.values[key] = value
	return x
}
