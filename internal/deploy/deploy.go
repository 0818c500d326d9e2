package deploy

import (
	"fmt"
	"time"
)

// Pos is a position in a deployment file.
type Pos struct {
	File   string // the file's path, as found or as named
	Line   int    // 1-based; 0 means no position
	Column int    // 1-based, in bytes; 0 when only the line is known (an Error's)
	Offset int    // 0-based byte offset in the file
}

// IsValid reports whether p is a position (Line > 0).
func (p Pos) IsValid() bool { return p.Line > 0 }

// String formats p as file:line:column (file:line when the column is
// unknown, file alone when the line is).
func (p Pos) String() string {
	switch {
	case p.Line <= 0:
		return p.File
	case p.Column <= 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Column)
}

// State says what a deployment file tells about a setting.
type State uint8

const (
	// Absent: the file does not set it (the platform's default applies).
	Absent State = iota
	// Unknown: the file sets it with something that cannot be read
	// statically (a ${…} reference, a Terraform variable, an intrinsic
	// function, a shell or make variable). Never guessed.
	Unknown
	// Known: the file sets it to a literal value.
	Known
)

func (s State) String() string {
	switch s {
	case Absent:
		return "absent"
	case Unknown:
		return "unknown"
	case Known:
		return "known"
	}
	return fmt.Sprintf("State(%d)", s)
}

// Value is one setting of a deployment: its state, its value when Known,
// the text written in the file and where it is.
type Value[T any] struct {
	State State
	V     T // the value; meaningful only when State == Known
	// Text is the value as written: a literal's text (without its quotes:
	// it spans [Pos.Offset, Pos.Offset+len(Text)) in the file when it is
	// written as is), or the unresolved expression.
	Text string
	Pos  Pos // where the value's text starts: where a fix goes
	Key  Pos // where the setting's key or flag is written
	// Inherited reports a value taken from elsewhere than the function's
	// own declaration: SAM's Globals.Function, serverless.yml's provider.
	Inherited bool
}

// Get returns the value and whether it is Known.
func (v Value[T]) Get() (T, bool) { return v.V, v.State == Known }

// IsKnown reports whether the value is Known.
func (v Value[T]) IsKnown() bool { return v.State == Known }

// IsUnknown reports whether the setting is written but cannot be read.
func (v Value[T]) IsUnknown() bool { return v.State == Unknown }

// IsAbsent reports whether the setting is not written at all.
func (v Value[T]) IsAbsent() bool { return v.State == Absent }

// Platform is the function platform a deployment targets.
type Platform uint8

const (
	PlatformUnknown Platform = iota
	// Lambda is AWS Lambda.
	Lambda
	// CloudRunFunctions is Cloud Run functions (formerly Cloud Functions);
	// Function.Generation says 1st or 2nd gen.
	CloudRunFunctions
)

func (p Platform) String() string {
	switch p {
	case Lambda:
		return "AWS Lambda"
	case CloudRunFunctions:
		return "Cloud Run functions"
	}
	return "unknown platform"
}

// Format is the kind of file a deployment was read from.
type Format uint8

const (
	FormatUnknown        Format = iota
	FormatCloudFormation        // AWS SAM or CloudFormation template, YAML or JSON
	FormatServerless            // serverless.yml
	FormatTerraform             // *.tf
	FormatShell                 // shell script
	FormatMakefile              // Makefile recipe lines
	FormatCloudBuild            // cloudbuild.yaml steps
	FormatWorkflow              // GitHub Actions workflow run: blocks
)

func (f Format) String() string {
	switch f {
	case FormatCloudFormation:
		return "CloudFormation"
	case FormatServerless:
		return "serverless.yml"
	case FormatTerraform:
		return "Terraform"
	case FormatShell:
		return "shell script"
	case FormatMakefile:
		return "Makefile"
	case FormatCloudBuild:
		return "cloudbuild.yaml"
	case FormatWorkflow:
		return "GitHub workflow"
	}
	return "unknown format"
}

// Trigger is the kind of event that invokes a function.
type Trigger uint8

const (
	TriggerUnknown  Trigger = iota // an event the parser does not classify, or an unreadable one
	TriggerHTTP                    // GCF --trigger-http, Cloud Run, API Gateway, ALB, Function URL
	TriggerEvent                   // another event (GCF --trigger-event(-filters), EventBridge, ...)
	TriggerSQS                     // SQS event source mapping (batches)
	TriggerKinesis                 // Kinesis stream event source mapping (batches)
	TriggerDynamoDB                // DynamoDB stream event source mapping (batches)
	TriggerS3                      // S3 notification
	TriggerSNS                     // SNS subscription
	TriggerSchedule                // schedule / cron
	TriggerPubSub                  // Pub/Sub topic (GCF --trigger-topic)
	TriggerStorage                 // Cloud Storage bucket (GCF --trigger-bucket)
	TriggerKafka                   // MSK or self-managed Kafka event source mapping
	TriggerMQ                      // Amazon MQ event source mapping
)

var triggerNames = [...]string{
	TriggerUnknown:  "unknown",
	TriggerHTTP:     "http",
	TriggerEvent:    "event",
	TriggerSQS:      "sqs",
	TriggerKinesis:  "kinesis",
	TriggerDynamoDB: "dynamodb",
	TriggerS3:       "s3",
	TriggerSNS:      "sns",
	TriggerSchedule: "schedule",
	TriggerPubSub:   "pubsub",
	TriggerStorage:  "storage",
	TriggerKafka:    "kafka",
	TriggerMQ:       "mq",
}

func (t Trigger) String() string {
	if int(t) < len(triggerNames) {
		return triggerNames[t]
	}
	return fmt.Sprintf("Trigger(%d)", t)
}

// IsBatch reports whether the trigger delivers batches through an event
// source mapping that supports ReportBatchItemFailures (SQS, Kinesis,
// DynamoDB streams).
func (t Trigger) IsBatch() bool {
	return t == TriggerSQS || t == TriggerKinesis || t == TriggerDynamoDB
}

// Set is everything found in the deployment files read.
type Set struct {
	// Files lists every file read, in the order read.
	Files []string
	// Functions lists the functions declared, in file order.
	Functions []*Function
	// Mappings lists event source mappings declared apart from a function
	// whose function could not be told (its name is unknown or names
	// nothing declared). Mappings that name a declared function are in
	// that function's Events.
	Mappings []*Event
	// Errors lists one error per file that could not be read or parsed
	// (or per malformed part of it); the rest is still read.
	Errors []*Error
	// Builds lists the `go build` command lines found in Makefiles, shell
	// scripts, cloudbuild.yaml and workflow scripts: they tell which
	// package a binary named by a deployment (serverless.yml's handler) is
	// built from.
	Builds []*Build
}

// Build is one `go build` command line.
type Build struct {
	Format Format
	Pos    Pos // the command's first word
	// Output is -o as written; OutputPath is it resolved against the
	// directory the command runs in (Known when that directory is).
	Output     Value[string]
	OutputPath Value[string]
	// Packages are the package arguments as written ("./cmd/api",
	// "main.go", "."); none means the current directory.
	Packages []Value[string]
	// Dir is the directory of the package built, resolved (Known when it
	// exists): the directory of the .go files named, or the package
	// directory named by a relative path.
	Dir Value[string]
	// Target is the Makefile rule whose recipe holds the line ("" outside
	// Makefiles): SAM's BuildMethod makefile runs build-<LogicalID>.
	Target string
}

// Error is a malformed deployment file (or a malformed part of one).
type Error struct {
	Pos Pos // Line is 0 when the file cannot be read at all
	Msg string
}

func (e *Error) Error() string { return e.Pos.String() + ": " + e.Msg }

// Function is one deployed function: a Lambda function or a Cloud Run
// function (one resource, one serverless.yml function, one gcloud command).
type Function struct {
	Format Format
	// Kind is what declares it: a CloudFormation type
	// ("AWS::Serverless::Function", "AWS::Lambda::Function"), "serverless",
	// a Terraform resource type ("aws_lambda_function",
	// "google_cloudfunctions_function", "google_cloudfunctions2_function")
	// or module ("terraform-aws-modules/lambda/aws"), "gcloud functions
	// deploy", "gcloud run deploy", or the GitHub action
	// "google-github-actions/deploy-cloud-functions".
	Kind string
	// ID names it within its file: the CloudFormation logical ID, the
	// serverless.yml function key, the Terraform resource address
	// ("aws_lambda_function.api", "module.api"), the gcloud command's NAME
	// argument as written, or the action's name input.
	ID string
	// Pos is where the declaration starts (the resource's key, the
	// function's key, the gcloud command's first word).
	Pos Pos
	// Name is the deployed function's name (FunctionName, function_name,
	// name, the gcloud NAME), when written.
	Name Value[string]

	Platform Platform
	// Generation is 1 or 2 for Cloud Run functions (Known from --gen2 /
	// --no-gen2, the Terraform resource type, or gcloud run deploy); Absent
	// when a gcloud functions deploy line says neither (the default depends
	// on the gcloud version and the existing function); Absent for Lambda.
	Generation Value[int]

	// Entry says which code runs.
	Entry Entry

	// Runtime is the runtime id as written: "go1.x", "provided.al2",
	// "provided.al2023", "go122"; for gcloud run deploy --base-image, the
	// last path element of the image ("go122").
	Runtime Value[string]
	// Concurrency is the number of invocations one instance serves at once:
	// GCF --concurrency, max_instance_request_concurrency; Lambda Managed
	// Instances' PerExecutionEnvironmentMaxConcurrency. Absent means the
	// platform default (1 on Lambda and on 1st gen; see ManagedInstances).
	Concurrency Value[int64]
	// ManagedInstances is Known true when a Lambda function declares a
	// capacity provider (Lambda Managed Instances: several invocations
	// in one process, environments not frozen); Absent otherwise.
	ManagedInstances Value[bool]
	// Timeout is the invocation timeout.
	Timeout Value[time.Duration]
	// MemoryMB is the memory limit in MiB as the platforms label it
	// (Lambda's MemorySize, gcloud's 256MB or 1GiB, Terraform's "256M").
	MemoryMB Value[int64]
	// EphemeralStorageMB is Lambda's /tmp size in MiB.
	EphemeralStorageMB Value[int64]
	// Env is the environment variables the deployment sets.
	Env Env
	// Events are the triggers declared with the function or attached to
	// it (SAM Events, serverless.yml events, event source mappings naming
	// it, gcloud --trigger-* flags).
	Events []*Event
	// URLs are the Lambda Function URLs attached to the function.
	URLs []*FunctionURL
}

// Entry says which code a function runs. Every field is as written in the
// file (Terraform's path.module replaced by the module's directory),
// except Dir, which is resolved.
type Entry struct {
	// Handler is Lambda's Handler / handler ("bootstrap" on provided.*
	// runtimes; the executable's name on go1.x; serverless.yml's path to
	// the binary, e.g. "bin/hello").
	Handler Value[string]
	// EntryPoint is the Cloud Run function's entry point: --entry-point,
	// gcloud run deploy's --function, entry_point,
	// build_config.entry_point.
	EntryPoint Value[string]
	// Source is where the code comes from as written: SAM/CloudFormation
	// CodeUri or Code, serverless.yml's package.artifact, Terraform's
	// filename or source_dir, gcloud's --source.
	Source Value[string]
	// BuildMethod is SAM's Metadata.BuildMethod ("go1.x", "makefile").
	BuildMethod Value[string]
	// Dir is Source resolved to an absolute directory on this machine,
	// Known only when that directory exists: relative to the template,
	// serverless.yml or Makefile's directory; for Terraform, relative to
	// the .tf file's directory (path.module); for a shell script, to the
	// directory a `cd` in it names, else to the repository root or the
	// script's directory; for cloudbuild.yaml, to the step's dir under the
	// repository root or the file's directory; for a workflow, to the
	// step's working-directory under the repository root. When several of
	// those directories exist, Dir is Known only if exactly one holds .go
	// files. For gcloud without --source, the same (gcloud deploys the
	// current directory).
	Dir Value[string]
	// Binary is the executable a Lambda deployment ships, as an absolute
	// path, when the deployment names one: serverless.yml's handler
	// (relative to its directory), the source_file of the archive_file
	// that Terraform's filename zips. A `go build -o` of Set.Builds that
	// outputs it gives Dir when the deployment does not.
	Binary Value[string]
}

// Env is the environment variables a deployment sets.
type Env struct {
	// Vars are the variables whose names could be read, in file order.
	Vars []*EnvVar
	// Complete reports whether Vars is exactly what the deployment sets
	// (before the platform's own variables): every name is readable and
	// nothing else is merged in. A gcloud command without --set-env-vars or
	// --clear-env-vars is never complete, since gcloud keeps an existing
	// function's variables.
	Complete bool
	// Pos is where the variables are declared (the Environment key, the
	// --set-env-vars flag); not valid when none are.
	Pos Pos
}

// Lookup returns the variable named name, or nil.
func (e *Env) Lookup(name string) *EnvVar {
	for _, v := range e.Vars {
		if v.Name == name {
			return v
		}
	}
	return nil
}

// EnvVar is one environment variable set by a deployment.
type EnvVar struct {
	Name  string
	Pos   Pos           // where the name is written
	Value Value[string] // its value, Unknown when not a literal
	// Inherited reports a variable from SAM's Globals or serverless.yml's
	// provider.environment.
	Inherited bool
}

// Event is one trigger of a function: a SAM event, a serverless.yml event,
// an event source mapping resource, a gcloud --trigger-* flag.
type Event struct {
	Trigger Trigger
	// Kind is the trigger as written: the SAM event Type ("SQS"), the
	// serverless.yml event key ("sqs"), "AWS::Lambda::EventSourceMapping",
	// "aws_lambda_event_source_mapping", the gcloud flag
	// ("--trigger-topic").
	Kind string
	// ID names it: the SAM event's key, the mapping's logical ID or
	// Terraform address; empty otherwise.
	ID  string
	Pos Pos // where the event or mapping is declared
	// Source is the queue, stream, topic or bucket as written.
	Source Value[string]
	// ReportBatchItemFailures is Known true when FunctionResponseTypes /
	// functionResponseType / function_response_types holds
	// ReportBatchItemFailures, Known false when it is written without it,
	// Absent when not written (batch failures are then not reported:
	// returned BatchItemFailures are ignored), Unknown when unreadable.
	ReportBatchItemFailures Value[bool]
	// Function is the function the mapping names as written, for mappings
	// declared apart from the function (FunctionName, function_name).
	Function Value[string]
}

// FunctionURL is a Lambda Function URL.
type FunctionURL struct {
	// Kind is "AWS::Lambda::Url", "FunctionUrlConfig", "url" (serverless)
	// or "aws_lambda_function_url".
	Kind string
	ID   string
	Pos  Pos
	// InvokeMode is "BUFFERED" or "RESPONSE_STREAM"; Absent means BUFFERED.
	InvokeMode Value[string]
}
