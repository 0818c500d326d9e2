package fn

import "testing"

func TestInternal(t *testing.T) {
	if Greeting() == "" {
		t.Fatal("no greeting")
	}
}

// Greeting is declared in a test file: only the test variant has it.
func Greeting() string { return "hello" }
