// Package recursivetrigger defines an Analyzer that reports functions
// that write into the bucket whose event triggered them, or invoke
// themselves, with no guard.
//
// # Analyzer recursivetrigger
//
// recursivetrigger: report writes that trigger the function again
//
// The platforms' rule (docs/platform.md, "Still more rules that code
// can show", "Avoid recursive invocations"): AWS's best practices say
// a function must not invoke itself, by writing into the bucket that
// triggers it or invoking its own name, without a guard ("Avoid using
// recursive code in your Lambda function, wherein the function
// automatically calls itself until some arbitrary criteria is met. This
// could lead to unintended volume of function invocations and escalated
// costs."); the same holds for
// storage-triggered Cloud Run functions, whose Cloud Storage triggers
// fire for every object finalized in the bucket (they filter by bucket
// only). Each object the function writes there triggers it again: a
// loop that runs, and bills, until someone notices.
//
// recursivetrigger reports, in code an entry point (see the funcmodel
// analyzer) runs on every invocation:
//
//   - a write of an object into the bucket named by the triggering
//     event, with no test of the object on the way: the bucket read
//     from the event (Records[i].S3.Bucket.Name of the events.S3Event
//     a Lambda handler is given, read in the handler itself; the
//     Bucket of a Cloud Storage CloudEvent's
//     storagedata.StorageObjectData; the field whose JSON name is
//     "bucket" of the struct a 1st-gen background function decodes
//     its event into, when it also has "name") reaching the bucket of
//     (*storage.ObjectHandle).NewWriter or CopierFrom
//     (client.Bucket(b).Object(o)), or the Bucket field of an S3
//     PutObjectInput, CopyObjectInput, CreateMultipartUploadInput or
//     s3manager.UploadInput (AWS SDK for Go v1 and v2);
//   - on AWS Lambda, an invocation of the function's own name:
//     os.Getenv("AWS_LAMBDA_FUNCTION_NAME") or
//     lambdacontext.FunctionName reaching the FunctionName of a Lambda
//     InvokeInput (v1, v2), with no condition around it.
//
// The event must be read in the entry point's own code (or a literal
// in it), where the tests of its name are looked for: a helper given
// the whole event is not judged.
//
// The data flow is proven, not guessed: the name is followed through
// local variables given one value (a def-use look-up without SSA),
// the storage client's handles, aws.String, & and *, package-level
// variables given one value, and the parameters of the module's
// functions (effects.FollowParams), at most one call deep between the
// event and the write so that no unseen function can hold the guard.
// The two halves are kept apart on purpose: the effect engine carries
// a value between functions (parameter facts) and between stores and
// loads of fields and package variables (held facts), but it does not
// model a function's own local variables; it asks the rule, through
// ParamSpec.Param, which parameter an expression's value is, and the
// rule answers with the local def-use of internal/defuse (shared with
// wholeobject and with model/ctxorigin, which follows contexts by it).
//
// A write is guarded, and not reported, when a condition anywhere in
// the function that reads the event, or in the function that writes,
// tests the object: its name or key (or another field of the event's
// struct), or any string against a prefix, suffix, extension or
// pattern (strings.HasPrefix, HasSuffix, Contains, path and filepath's
// Ext and Match, regexp's MatchString). Precision first: the test need
// not be the right one, nor come before the write. An invocation of
// the function's own name is guarded by any if branch or case clause
// around it.
//
// On Lambda an S3 notification may be filtered by key prefix or
// suffix, which the code does not show: the message says so. Cloud
// Storage triggers have no such filter.
//
// Bad:
//
//	func Thumbnail(ctx context.Context, e GCSEvent) error {
//		w := client.Bucket(e.Bucket).Object("thumb-" + e.Name).NewWriter(ctx)
//		...
//	}
//
// Good:
//
//	func Thumbnail(ctx context.Context, e GCSEvent) error {
//		if strings.HasPrefix(e.Name, "thumb-") {
//			return nil // written by this function
//		}
//		w := client.Bucket(e.Bucket).Object("thumb-" + e.Name).NewWriter(ctx)
//		...
//	}
//
// To silence a deliberate case (a notification filtered to keys the
// function never writes), use //fnlint:ignore recursivetrigger with
// the reason.
//
// Known blind spots: a bucket name that reaches the write through
// struct fields, maps, several assignments or more than one call; an
// S3 record or a whole event handed to a helper before its bucket is
// read; S3 events
// decoded from another event's body (an SQS message) by code, or
// embedded in another event (a state machine's input, which S3 did not
// send: not reported); writes through other
// APIs (s3manager v2's Uploader with an input built elsewhere,
// Compose, presigned URLs); deletes that fire a delete trigger; a
// function invoked under an alias or ARN read elsewhere.
package recursivetrigger
