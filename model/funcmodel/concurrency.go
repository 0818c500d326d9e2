package funcmodel

import (
	"golang.org/x/tools/go/analysis"

	"github.com/fnlint/fnlint/internal/deploy"
)

// Concurrency says how many invocations one instance of an entry point
// serves at once, as its deployments configure it.
type Concurrency uint8

const (
	// ConcurrencyUnknown: no deployment file, a value that cannot be
	// read, a default this package does not know, or deployments that
	// disagree.
	ConcurrencyUnknown Concurrency = iota
	// OneAtATime: every deployment serves one invocation at a time per
	// instance (1st gen; gcloud functions deploy and the Cloud Functions
	// v2 API's default; a classic Lambda execution environment; an
	// explicit concurrency of 1).
	OneAtATime
	// Concurrent: every deployment lets one instance serve several
	// invocations at once (an explicit concurrency above 1; gcloud run
	// deploy --function's default of 80; Lambda Managed Instances with a
	// PerExecutionEnvironmentMaxConcurrency above 1).
	Concurrent
)

// Freezing says what becomes of work left running when an invocation
// ends, as the deployments configure it.
type Freezing uint8

const (
	// FreezingUnknown: no deployment, or one that does not say, or
	// deployments that disagree.
	FreezingUnknown Freezing = iota
	// Frozen: the instance gets no CPU between invocations (a classic
	// Lambda execution environment; a Cloud Run function deployed through
	// the Cloud Functions API, whose CPU is throttled outside requests).
	Frozen
	// KeepsRunning: the instance is not frozen (Lambda Managed Instances):
	// the work keeps running after the response, and the function's
	// timeout does not stop it.
	KeepsRunning
)

// DeployedConcurrency returns the concurrency that every deployment of
// every entry point of entries configures, or ConcurrencyUnknown when
// one of them has no deployment or they do not all agree.
func DeployedConcurrency(entries []*Entry) Concurrency {
	return agree(entries, concurrencyOf)
}

// DeployedFreezing returns the freezing that every deployment of every
// entry point of entries configures, or FreezingUnknown when one of
// them has no deployment or they do not all agree.
func DeployedFreezing(entries []*Entry) Freezing {
	return agree(entries, freezingOf)
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

// concurrencyOf returns the concurrency one deployment configures.
func concurrencyOf(fn *deploy.Function) Concurrency {
	switch fn.Platform {
	case deploy.CloudRunFunctions:
		if c, ok := fn.Concurrency.Get(); ok {
			return perInstance(c)
		}
		if !fn.Concurrency.IsAbsent() {
			return ConcurrencyUnknown
		}
		switch {
		case fn.Generation.IsKnown() && fn.Generation.V == 1:
			return OneAtATime // 1st gen serves one request per instance
		case fn.Kind == "gcloud run deploy":
			return Concurrent // gcloud run deploy defaults to 80
		case fn.Kind == "gcloud functions deploy" && fn.Generation.IsKnown(),
			fn.Kind == "google_cloudfunctions2_function":
			return OneAtATime // the Cloud Functions API's default is 1
		}
	case deploy.Lambda:
		if !classicReadable(fn) {
			return ConcurrencyUnknown
		}
		if fn.ManagedInstances.IsAbsent() {
			return OneAtATime // one invocation per execution environment
		}
		if mi, ok := fn.ManagedInstances.Get(); ok && mi {
			if c, ok := fn.Concurrency.Get(); ok {
				return perInstance(c)
			}
		}
	}
	return ConcurrencyUnknown
}

func perInstance(c int64) Concurrency {
	switch {
	case c == 1:
		return OneAtATime
	case c > 1:
		return Concurrent
	}
	return ConcurrencyUnknown
}

// freezingOf returns the freezing one deployment configures.
func freezingOf(fn *deploy.Function) Freezing {
	switch fn.Platform {
	case deploy.CloudRunFunctions:
		// Functions deployed through the Cloud Functions API (1st gen,
		// gcloud functions deploy, the v2 resource) have their CPU
		// throttled outside requests; gcloud run deploy can turn the
		// throttling off (--no-cpu-throttling), which is not read.
		switch {
		case fn.Generation.IsKnown() && fn.Generation.V == 1,
			fn.Kind == "gcloud functions deploy" && fn.Generation.IsKnown(),
			fn.Kind == "google_cloudfunctions2_function":
			return Frozen
		}
	case deploy.Lambda:
		if !classicReadable(fn) {
			return FreezingUnknown
		}
		if fn.ManagedInstances.IsAbsent() {
			return Frozen
		}
		if mi, ok := fn.ManagedInstances.Get(); ok && mi {
			return KeepsRunning
		}
	}
	return FreezingUnknown
}

// classicReadable reports whether the deployment is declared where the
// reader recognizes Lambda Managed Instances (a capacity provider), so
// that their absence means a classic execution environment: a
// CloudFormation or SAM template, Terraform's aws_lambda_function (not
// serverless.yml, nor a Terraform module's inputs).
func classicReadable(fn *deploy.Function) bool {
	return fn.Format == deploy.FormatCloudFormation || fn.Kind == "aws_lambda_function"
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
