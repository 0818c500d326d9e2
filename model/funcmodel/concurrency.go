package funcmodel

import (
	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/deploy"
)

// Concurrency says how many invocations one instance of an entry point
// serves at once, as its deployments configure it (see
// deploy.Function.PerInstance).
type Concurrency = deploy.Concurrency

// The concurrencies (see deploy.Concurrency).
const (
	ConcurrencyUnknown = deploy.ConcurrencyUnknown
	OneAtATime         = deploy.OneAtATime
	Concurrent         = deploy.Concurrent
)

// Freezing says what becomes of work left running when an invocation
// ends, as the deployments configure it (see deploy.Function.Freezes).
type Freezing = deploy.Freezing

// The freezings (see deploy.Freezing).
const (
	FreezingUnknown = deploy.FreezingUnknown
	Frozen          = deploy.Frozen
	KeepsRunning    = deploy.KeepsRunning
)

// DeployedConcurrency returns the concurrency that every deployment of
// every entry point of entries configures, or ConcurrencyUnknown when
// one of them has no deployment or they do not all agree.
func DeployedConcurrency(entries []*Entry) Concurrency {
	return agree(entries, (*deploy.Function).PerInstance)
}

// DeployedFreezing returns the freezing that every deployment of every
// entry point of entries configures, or FreezingUnknown when one of
// them has no deployment or they do not all agree.
func DeployedFreezing(entries []*Entry) Freezing {
	return agree(entries, (*deploy.Function).Freezes)
}

// EntriesOf returns the entry points whose deployments decide how f
// runs: those that reach it, or for cold-start code, the package's (see
// PlatformOf).
func (m *Model) EntriesOf(f *Func) []*Entry {
	if !f.FunctionCode() && f.ColdStart() {
		return m.Entries
	}
	return f.Entries
}

// agree returns the answer of every deployment of every entry, or the
// zero answer (unknown) when there is none or two differ.
func agree[T comparable](entries []*Entry, of func(*deploy.Function) T) T {
	var zero, got T
	for i, e := range entries {
		if len(e.Deployed) == 0 {
			return zero
		}
		for j, fn := range e.Deployed {
			a := of(fn)
			if a == zero || (i > 0 || j > 0) && a != got {
				return zero
			}
			got = a
		}
	}
	return got
}

// DeployedRelated returns, for a finding whose words follow the
// deployments of entries, one related position per deployment: where it
// sets the concurrency (unless freezing, where the managed instances come
// first) or the managed instances, or else where it is declared.
// Deployment files that cannot be mapped are left out.
func (m *Model) DeployedRelated(entries []*Entry, freezing bool) []analysis.RelatedInformation {
	var out []analysis.RelatedInformation
	seen := make(map[*deploy.Function]bool)
	for _, e := range entries {
		for _, fn := range e.Deployed {
			if seen[fn] {
				continue
			}
			seen[fn] = true
			at, what := fn.Pos, "deploys "+e.Name
			switch {
			case freezing && fn.ManagedInstances.Key.IsValid():
				at, what = fn.ManagedInstances.Key, "deploys "+e.Name+" on Lambda Managed Instances"
			case fn.Concurrency.Key.IsValid():
				at, what = fn.Concurrency.Key, "sets the concurrency of "+e.Name
			case fn.ManagedInstances.Key.IsValid():
				at, what = fn.ManagedInstances.Key, "deploys "+e.Name+" on Lambda Managed Instances"
			}
			if pos := m.DeployPos(at); pos.IsValid() {
				out = append(out, analysis.RelatedInformation{Pos: pos, Message: what})
			}
		}
	}
	return out
}
