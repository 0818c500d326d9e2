package effects

import "testing"

func TestExplain(t *testing.T) {
	got := Explain([]string{"config.MustEnv", "log.Fatalf"})
	if want := "calls config.MustEnv, which calls log.Fatalf"; got != want {
		t.Errorf("Explain = %q, want %q", got, want)
	}
}
