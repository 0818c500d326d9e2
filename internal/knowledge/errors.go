package knowledge

import "go/types"

// errorConstructors holds the Keys of the functions that always return
// a non-nil error (errors: "Each call to New returns a distinct error
// value even if the text is identical"; fmt: "Errorf formats according
// to a format specifier and returns the string as a value that
// satisfies error").
var errorConstructors = map[string]bool{
	"errors.New": true,
	"fmt.Errorf": true,
}

// NewError reports whether fn always returns a new, non-nil error.
func NewError(fn *types.Func) bool { return has(errorConstructors, fn) }
