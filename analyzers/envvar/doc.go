// Package envvar defines an Analyzer that reports reads of environment
// variables that the module's Go runtime does not set.
//
// # Analyzer envvar
//
// envvar: report reads of variables the runtime no longer sets
//
// The platform's rule (docs/platform.md, "Environment variables"): the
// Go 1.13 and later runtimes of Cloud Run functions set only
// FUNCTION_TARGET, FUNCTION_SIGNATURE_TYPE, K_SERVICE, K_REVISION and
// PORT. ENTRY_POINT, GCP_PROJECT, GCLOUD_PROJECT, FUNCTION_NAME,
// FUNCTION_REGION, FUNCTION_MEMORY_MB, FUNCTION_TIMEOUT_SEC,
// FUNCTION_IDENTITY and FUNCTION_TRIGGER_TYPE were set only by the
// oldest runtime, Go 1.11. On a newer runtime they are empty, so
// pubsub.NewClient(ctx, os.Getenv("GCP_PROJECT")) fails with an empty
// project id. GOOGLE_CLOUD_PROJECT is not set by the runtime either: the
// user sets it at deploy time (--set-env-vars), or the code asks the
// metadata server for the project id.
//
// envvar reports, in function code and in the cold start of a package
// with entry points (see the funcmodel analyzer) judged by Cloud Run
// functions' rules, a call of os.Getenv, os.LookupEnv or syscall.Getenv
// with the constant name of one of those variables, when the package's
// go directive is 1.13 or later (the deployed runtime follows it); and a
// call of a function of another package of the module that makes such a
// read ("calls config.Project, which reads GCP_PROJECT"). The message
// names where the value comes from instead: GOOGLE_CLOUD_PROJECT or the
// metadata server for the project, K_SERVICE for the function's name,
// FUNCTION_TARGET for the entry point. The table of variables and its
// sources is in internal/knowledge.
//
// Not reported: a function that also reads the replacement (os.Getenv(
// "GOOGLE_CLOUD_PROJECT"), metadata.ProjectIDWithContext) and so handles
// the old variable's absence; modules whose go directive is older than
// 1.13 (Go 1.11 sets the variables; the platform's pages do not say
// which list the Go 1.12 runtime had); AWS Lambda handlers (Lambda sets
// its own AWS_ variables, and fnlint knows no variable it stopped
// setting); code no entry point reaches, such as a local development
// server's main.
//
// Bad:
//
//	projectID := os.Getenv("GCP_PROJECT")
//	client, err := pubsub.NewClient(ctx, projectID)
//
// Good:
//
//	projectID := os.Getenv("GOOGLE_CLOUD_PROJECT") // set at deploy time
//	client, err := pubsub.NewClient(ctx, projectID)
//
// Where the deployment files (fnlint help deploy) deploy the package's
// Lambda handlers, envvar also reports, at the variable's name in the
// file, an environment variable that Lambda reserves and sets itself
// (_HANDLER, _X_AMZN_TRACE_ID, AWS_DEFAULT_REGION, AWS_REGION,
// AWS_EXECUTION_ENV, AWS_LAMBDA_FUNCTION_NAME and the other
// AWS_LAMBDA_* variables of the function, the execution role's
// AWS_ACCESS_KEY, AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and
// AWS_SESSION_TOKEN, AWS_LAMBDA_RUNTIME_API, LAMBDA_TASK_ROOT,
// LAMBDA_RUNTIME_DIR): Lambda rejects a configuration that sets one,
// so the deployment fails.
//
// To silence a deliberate case (a variable the deployment sets itself),
// use //fnlint:ignore envvar with the reason; in a deployment file, a
// comment "# fnlint:ignore envvar reason" on the variable's line or the
// line above.
//
// Known blind spots: TZ, which AWS's pages list as reserved in some
// places and not in others; variables read in function code that no
// deployment sets are not reported (a deployment's environment is rarely
// known in full: variables merged in from elsewhere, consoles); names that are not constants, scans of
// os.Environ(), environment libraries (envconfig, caarlos0/env: struct
// tags), and reads in package-level initializers of packages without
// entry points (a config package's var projectID = os.Getenv(...)).
package envvar
