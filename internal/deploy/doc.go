// Package deploy reads the files that deploy a module's functions: AWS SAM
// and CloudFormation templates (YAML and JSON), serverless.yml, Terraform,
// and the gcloud command lines of shell scripts, Makefiles, cloudbuild.yaml
// and GitHub workflows. It tells, per deployed function, what the code
// alone cannot: which code runs (handler, entry point, source directory),
// on which platform and runtime, with which concurrency, timeout, memory,
// ephemeral storage, environment variables, triggers, batch response
// setting (ReportBatchItemFailures) and Function URL invoke mode.
//
// It is on the ground floor: it imports nothing of fnlint, and knows
// nothing of Go code; the execution model matches what it finds to
// packages and functions.
//
// # API
//
//   - Find(moduleRoot) *Set discovers the deployment files of a module
//     (Discover(moduleRoot) []string lists them) and reads them;
//     Load(files) *Set reads files named explicitly.
//   - Set holds Files (read), Functions, Mappings (event source mappings
//     whose function is not declared with them) and Errors: one *Error per
//     malformed file (or part of one) with its file:line; a malformed file
//     never stops the others. Nothing is printed.
//   - Function: Format, Kind (what declares it), ID (logical ID, resource
//     address, serverless.yml key, gcloud NAME), Pos, Name, Platform
//     (Lambda, CloudRunFunctions), Generation, Entry (Handler,
//     EntryPoint, Source, BuildMethod, Dir, Binary), Runtime, Concurrency,
//     ManagedInstances, Timeout, MemoryMB, EphemeralStorageMB, Env (Vars
//     []*EnvVar{Name, Pos, Value, Inherited}, Complete, Pos; Lookup),
//     Events ([]*Event: Trigger, Kind, ID, Pos, Source,
//     ReportBatchItemFailures, Function), URLs ([]*FunctionURL: Kind, ID,
//     Pos, InvokeMode). PerInstance and Freezes judge, from what it
//     configures and the deploying tool's documented defaults (the Kind*
//     constants), whether an instance serves one invocation at a time
//     or several, and whether work left running is frozen.
//   - Build (Set.Builds): Format, Pos, Output, OutputPath, Packages, Dir,
//     Target.
//   - Every setting is a Value[T]: State (Absent, Unknown, Known), V (the
//     value when Known), Text (as written: a literal without its quotes,
//     or the unresolved expression), Pos (where the value's text starts:
//     where a fix goes; a literal written as is spans
//     [Pos.Offset, Pos.Offset+len(Text))), Key (where its key or flag is),
//     Inherited (taken from SAM's Globals or serverless.yml's provider).
//     Get() returns (V, State == Known). Unknown means written but not
//     readable statically (${…}, a Terraform variable, a CloudFormation
//     intrinsic, a shell or make variable); it is never guessed. Absent
//     means not written: the platform's default applies, which this
//     package does not fill in.
//   - Pos: File (absolute), Line, Column (1-based, bytes; 0 in an Error
//     that knows only the line), Offset (0-based bytes).
//
// # What is read
//
// CloudFormation: AWS::Serverless::Function (with Globals.Function merged
// in, environment variables merged by name), AWS::Lambda::Function,
// AWS::Lambda::EventSourceMapping (attached to the function its
// FunctionName references), AWS::Lambda::Url; the short intrinsic tags
// (!Ref, !GetAtt, !Sub, !If, ...) and their JSON forms are Unknown, except
// !Sub of a string without ${…}.
//
// serverless.yml: provider.runtime, timeout, memorySize,
// ephemeralStorageSize and environment, inherited by each function under
// functions (the function's own settings and variables win); handler,
// package.artifact, url (invokeMode), events (sqs and stream with
// functionResponseType; stream's type or ARN tells DynamoDB from Kinesis).
// A ${…} anywhere in a value makes it Unknown; an environment that is not
// a mapping (${file(…)}) makes Env incomplete. With provider.name google
// (serverless-google-cloudfunctions) the functions are 1st gen Cloud Run
// functions and handler is the entry point.
//
// Terraform (one module = the .tf files of one directory; nothing is
// evaluated but literals and path.module, so var., local., resource
// attributes and function calls are Unknown): aws_lambda_function
// (runtime, handler, filename/image_uri/s3_key, timeout, memory_size,
// ephemeral_storage, environment.variables, capacity_provider_config),
// aws_lambda_event_source_mapping (function_response_types; attached by a
// reference aws_lambda_function.X.… or a literal function name),
// aws_lambda_function_url (invoke_mode), google_cloudfunctions_function
// (1st gen: runtime, entry_point, available_memory_mb, timeout,
// environment_variables, trigger_http, event_trigger),
// google_cloudfunctions2_function (2nd gen: build_config.runtime and
// entry_point, service_config.max_instance_request_concurrency,
// available_memory, timeout_seconds, environment_variables; HTTP unless an
// event_trigger is declared), and the module terraform-aws-modules/lambda/aws
// (source_path, environment_variables, event_source_mapping,
// create_lambda_function_url). Entry.Dir follows filename or
// source_archive_object through google_storage_bucket_object.source to a
// data "archive_file" source_dir.
//
// Command lines: `gcloud [beta|alpha] functions deploy NAME` (--gen2 /
// --no-gen2, --runtime, --entry-point, --source, --trigger-http,
// --trigger-topic, --trigger-bucket, --trigger-event(-filters),
// --concurrency, --timeout, --memory, --set-env-vars, --update-env-vars,
// --clear-env-vars, --env-vars-file) and `gcloud run deploy NAME --function
// X` (--base-image's last element is the runtime) in shell scripts (parsed
// with mvdan.cc/sh; a word with a parameter expansion or command
// substitution is Unknown; `cd DIR` and `cd "$(dirname "$0")"` are
// followed for --source), Makefile recipe lines (make's @-+ prefixes
// dropped, $$ read as $, $(X) Unknown; run in the Makefile's directory),
// cloudbuild.yaml steps (a gcloud step's args, a bash -c script, a script;
// $SUBSTITUTIONS Unknown; run in the step's dir) and GitHub workflow run:
// blocks (${{ … }} Unknown; run in working-directory). A relative --source
// is resolved against the directory the command runs in (the repository
// root or the file's own directory when the file does not say); Dir is
// Known only when the directory exists, and when several candidate
// directories exist, only if exactly one holds .go files. --env-vars-file is read when it names a YAML file found there.
// A gcloud line without --set-env-vars, --env-vars-file or
// --clear-env-vars leaves Env incomplete (gcloud keeps an existing
// function's variables); without --entry-point the platform uses the
// function's name (EntryPoint stays Absent). A make variable assigned
// gcloud or go ($(GCLOUD), $(GO)) names that command; no other make
// variable is read.
//
// A workflow step using google-github-actions/deploy-cloud-functions is
// read from its inputs (v3: 2nd gen, memory, service_timeout,
// max_instance_request_concurrency, environment_variables, which replace
// the function's variables; v1: 1st gen, memory_mb, timeout, env_vars,
// read as an incomplete set); source_dir is relative to the repository
// root.
//
// Builds: `[env VAR=…] go build [-C DIR] [-o OUT] [PACKAGES]` lines of the
// same files become Set.Builds (cd, -C and subshells followed; an output
// path only where the directory the line runs in is certain), and a Lambda
// function whose Entry.Binary (serverless.yml's handler, the source_file
// of the archive_file Terraform's filename zips) is a binary they build
// gets that package's directory as Entry.Dir, positioned at the build's
// package argument (Unknown when two builds disagree). A SAM function with
// Metadata.BuildMethod makefile gets, likewise, the package that the rule
// build-<LogicalID> of the Makefile in CodeUri's directory builds
// (Build.Target is the rule of a Makefile's line).
// Only command files that mention gcloud or a build are parsed, and a
// shell syntax error is reported only for a text that mentions gcloud.
//
// Positions: YAML columns count characters, converted here to bytes; a
// script inside a YAML scalar maps back to the file's own lines and
// columns (a literal block, a folded block of one paragraph, a one-line
// scalar; any other maps every position to the scalar's start). A YAML
// syntax error is reported at the first line whose inclusion makes the
// file fail with the parser's message (yaml.v3 itself names the enclosing
// construct's line); a JSON file's at encoding/json's offset; HCL's and
// the shell's at their own positions.
package deploy
