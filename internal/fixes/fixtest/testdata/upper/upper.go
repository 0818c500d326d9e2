package upper

import "strings"

func Shout(s string) string {
	return strings.ToUpper(s) // want `call to strings.ToUpper`
}
