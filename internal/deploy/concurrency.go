package deploy

// Kinds of Function.Kind that decide a default (see PerInstance and
// Freezes): the readers set them, and nothing else compares with the
// strings.
const (
	KindGcloudFunctions     = "gcloud functions deploy"
	KindGcloudRun           = "gcloud run deploy"
	KindTerraformLambda     = "aws_lambda_function"
	KindTerraformFunction   = "google_cloudfunctions_function"
	KindTerraformFunctionV2 = "google_cloudfunctions2_function"
)

// Concurrency says how many invocations one instance of a deployed
// function serves at once (see Function.PerInstance).
type Concurrency uint8

const (
	// ConcurrencyUnknown: a value that cannot be read, or a default
	// that is not documented for the tool that deploys it (for several
	// deployments: also one missing, or two that disagree).
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
// of a deployed function ends (see Function.Freezes).
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

// PerInstance returns how many invocations one instance of the
// deployment serves at once: what it configures, or the default of the
// tool that deploys it where that default is documented.
func (fn *Function) PerInstance() Concurrency {
	switch fn.Platform {
	case CloudRunFunctions:
		if c, ok := fn.Concurrency.Get(); ok {
			return perInstance(c)
		}
		if !fn.Concurrency.IsAbsent() {
			return ConcurrencyUnknown
		}
		switch {
		case fn.Generation.IsKnown() && fn.Generation.V == 1:
			return OneAtATime // 1st gen serves one request per instance
		case fn.Kind == KindGcloudRun:
			return Concurrent // gcloud run deploy defaults to 80
		case fn.Kind == KindGcloudFunctions && fn.Generation.IsKnown(),
			fn.Kind == KindTerraformFunctionV2:
			return OneAtATime // the Cloud Functions API's default is 1
		}
	case Lambda:
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

// perInstance judges an explicit concurrency.
func perInstance(c int64) Concurrency {
	switch {
	case c == 1:
		return OneAtATime
	case c > 1:
		return Concurrent
	}
	return ConcurrencyUnknown
}

// Freezes returns what becomes of work the deployment's function
// leaves running when an invocation ends.
func (fn *Function) Freezes() Freezing {
	switch fn.Platform {
	case CloudRunFunctions:
		// Functions deployed through the Cloud Functions API (1st gen,
		// gcloud functions deploy, the v2 resource) have their CPU
		// throttled outside requests; gcloud run deploy can turn the
		// throttling off (--no-cpu-throttling), which is not read.
		switch {
		case fn.Generation.IsKnown() && fn.Generation.V == 1,
			fn.Kind == KindGcloudFunctions && fn.Generation.IsKnown(),
			fn.Kind == KindTerraformFunctionV2:
			return Frozen
		}
	case Lambda:
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
func classicReadable(fn *Function) bool {
	return fn.Format == FormatCloudFormation || fn.Kind == KindTerraformLambda
}
