package httpfn

import (
	"os"
	"testing"
)

func TestMain(m *testing.M) {
	os.Exit(m.Run()) // ok: tests are not function code
}
