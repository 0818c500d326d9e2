package knowledge

import (
	"go/ast"
	"go/types"
)

// This file describes storage objects for the rules about them: the
// calls that read a whole stream into memory, the readers of objects,
// the writes of objects, the events' names of the bucket that
// triggered a function, and the self-invocation of a Lambda function.
// The calls are one keyed table, objectCalls.

// Package paths of the storage and Lambda clients.
const (
	gcsPkg          = "cloud.google.com/go/storage"
	s3V1Pkg         = "github.com/aws/aws-sdk-go/service/s3"
	s3V2Pkg         = "github.com/aws/aws-sdk-go-v2/service/s3"
	s3managerV1Pkg  = "github.com/aws/aws-sdk-go/service/s3/s3manager"
	lambdaV1Pkg     = "github.com/aws/aws-sdk-go/service/lambda"
	lambdaV2Pkg     = "github.com/aws/aws-sdk-go-v2/service/lambda"
	lambdaEventsPkg = "github.com/aws/aws-lambda-go/events"
	lambdaCtxPkg    = "github.com/aws/aws-lambda-go/lambdacontext"
	storageDataPkg  = "github.com/googleapis/google-cloudevents-go/cloud/storagedata"
)

// ReadsWhole returns the index of the argument whose whole stream a
// call of fn reads into memory: io.ReadAll(r), ioutil.ReadAll(r),
// (*bytes.Buffer).ReadFrom(r) (the standard library's documentation:
// "reads from r until an error or EOF and returns the data it read",
// "reads data from r until EOF and appends it to the buffer").
func ReadsWhole(fn *types.Func) (int, bool) {
	return 0, objectCallIs(fn, readsWhole)
}

// objectCall is what a call does in the rules about objects.
type objectCall uint8

const (
	readsWhole objectCall = iota + 1
	gcsWrite
	gcsBucket
	gcsObject
	awsString
	getenv
	stringMatch
)

// objectCalls holds the calls this file describes, keyed like the other
// tables (see lookup). Sources: the standard library's documentation
// (io.ReadAll, bytes.Buffer.ReadFrom, os.Getenv, the strings, path,
// path/filepath and regexp matchers), cloud.google.com/go/storage's
// (ObjectHandle.NewWriter and CopierFrom, Client.Bucket,
// BucketHandle.Object) and the AWS SDK for Go's aws.String (v1, v2).
var objectCalls = map[string]objectCall{
	"io.ReadAll":                                readsWhole,
	"io/ioutil.ReadAll":                         readsWhole,
	"(*bytes.Buffer).ReadFrom":                  readsWhole,
	"(*" + gcsPkg + ".ObjectHandle).NewWriter":  gcsWrite,
	"(*" + gcsPkg + ".ObjectHandle).CopierFrom": gcsWrite,
	"(*" + gcsPkg + ".Client).Bucket":           gcsBucket,
	"(*" + gcsPkg + ".BucketHandle).Object":     gcsObject,
	"github.com/aws/aws-sdk-go/aws.String":      awsString,
	"github.com/aws/aws-sdk-go-v2/aws.String":   awsString,
	"os.Getenv":                    getenv,
	"strings.HasPrefix":            stringMatch,
	"strings.HasSuffix":            stringMatch,
	"strings.Contains":             stringMatch,
	"strings.CutPrefix":            stringMatch,
	"strings.CutSuffix":            stringMatch,
	"path.Ext":                     stringMatch,
	"path.Match":                   stringMatch,
	"path.Dir":                     stringMatch,
	"path/filepath.Ext":            stringMatch,
	"path/filepath.Match":          stringMatch,
	"path/filepath.Dir":            stringMatch,
	"regexp.MatchString":           stringMatch,
	"regexp.Match":                 stringMatch,
	"(*regexp.Regexp).MatchString": stringMatch,
	"(*regexp.Regexp).Match":       stringMatch,
}

func objectCallIs(fn *types.Func, c objectCall) bool {
	v, ok := lookup(objectCalls, fn)
	return ok && v == c
}

// An ObjectStore is a storage service whose objects fnlint knows.
type ObjectStore uint8

const (
	// GCS is Cloud Storage (cloud.google.com/go/storage).
	GCS ObjectStore = 1 + iota
	// S3 is Amazon S3 (AWS SDK for Go v1 and v2).
	S3
)

func (s ObjectStore) String() string {
	if s == S3 {
		return "S3 object"
	}
	return "Cloud Storage object"
}

// ObjectReader returns the store whose object e streams, when e is a
// reader of a whole object: a *storage.Reader (what
// (*storage.ObjectHandle).NewReader returns; NewRangeReader's is of the
// same type, so a Reader of a range counts), or the Body of an S3
// GetObjectOutput (v1, v2).
func ObjectReader(info *types.Info, e ast.Expr) (ObjectStore, bool) {
	e = ast.Unparen(e)
	if t := info.TypeOf(e); t != nil && IsObjectReaderType(t) {
		return GCS, true
	}
	if sel, ok := e.(*ast.SelectorExpr); ok && sel.Sel.Name == "Body" {
		if s, ok := info.Selections[sel]; ok && s.Kind() == types.FieldVal &&
			(IsNamed(s.Recv(), s3V1Pkg, "GetObjectOutput") || IsNamed(s.Recv(), s3V2Pkg, "GetObjectOutput")) {
			return S3, true
		}
	}
	return 0, false
}

// IsObjectReaderType reports whether t is *storage.Reader, the type of
// the readers of Cloud Storage objects.
func IsObjectReaderType(t types.Type) bool {
	_, ptr := types.Unalias(t).(*types.Pointer)
	return ptr && IsNamed(t, gcsPkg, "Reader")
}

// GCSWrite reports whether fn writes the object of its receiver, an
// *storage.ObjectHandle: NewWriter, and CopierFrom (the receiver is the
// copy's destination).
func GCSWrite(fn *types.Func) bool {
	return objectCallIs(fn, gcsWrite)
}

// GCSBucket reports whether fn is (*storage.Client).Bucket, whose
// argument names the bucket of the handle it returns.
func GCSBucket(fn *types.Func) bool {
	return objectCallIs(fn, gcsBucket)
}

// GCSObject reports whether fn is (*storage.BucketHandle).Object, whose
// receiver is the bucket and whose argument names the object.
func GCSObject(fn *types.Func) bool {
	return objectCallIs(fn, gcsObject)
}

// S3WriteInput reports whether t is the input of a call that writes an
// object into the bucket its Bucket field names, with the object's
// name in Key: PutObject, CopyObject (Bucket is the destination),
// CreateMultipartUpload (v1, v2; v2's upload manager takes a
// PutObjectInput), and v1's s3manager.UploadInput.
func S3WriteInput(t types.Type) bool {
	for _, name := range []string{"PutObjectInput", "CopyObjectInput", "CreateMultipartUploadInput"} {
		if IsNamed(t, s3V1Pkg, name) || IsNamed(t, s3V2Pkg, name) {
			return true
		}
	}
	return IsNamed(t, s3managerV1Pkg, "UploadInput")
}

// LambdaInvokeInput reports whether t is the input of a call that
// invokes the Lambda function its FunctionName field names: Invoke,
// InvokeAsync and InvokeWithResponseStream (v1, v2).
func LambdaInvokeInput(t types.Type) bool {
	for _, name := range []string{"InvokeInput", "InvokeAsyncInput", "InvokeWithResponseStreamInput"} {
		if IsNamed(t, lambdaV1Pkg, name) || IsNamed(t, lambdaV2Pkg, name) {
			return true
		}
	}
	return false
}

// EventBucket reports whether the selection sel reads the name of the
// bucket an event of a storage trigger is about, by a type that exists
// for such events: events.S3Bucket's Name (aws-lambda-go's S3 event,
// Records[i].S3.Bucket.Name), and the Bucket field or GetBucket method
// of storagedata.StorageObjectData (the data of a Cloud Storage
// CloudEvent).
func EventBucket(info *types.Info, sel *ast.SelectorExpr) bool {
	s, ok := info.Selections[sel]
	if !ok {
		return false
	}
	switch sel.Sel.Name {
	case "Name":
		return s.Kind() == types.FieldVal && IsNamed(s.Recv(), lambdaEventsPkg, "S3Bucket")
	case "Bucket", "GetBucket":
		return IsNamed(s.Recv(), storageDataPkg, "StorageObjectData")
	}
	return false
}

// EventObjectName reports whether the selection sel reads the name of
// the object an event of a storage trigger is about: events.S3Object's
// Key or URLDecodedKey, storagedata.StorageObjectData's Name or
// GetName.
func EventObjectName(info *types.Info, sel *ast.SelectorExpr) bool {
	s, ok := info.Selections[sel]
	if !ok {
		return false
	}
	switch sel.Sel.Name {
	case "Key", "URLDecodedKey":
		return s.Kind() == types.FieldVal && IsNamed(s.Recv(), lambdaEventsPkg, "S3Object")
	case "Name", "GetName":
		return IsNamed(s.Recv(), storageDataPkg, "StorageObjectData")
	}
	return false
}

// LambdaFunctionNameVar is the name of the environment variable in
// which the Lambda runtime gives a function its own name (AWS's
// "Defined runtime environment variables").
const LambdaFunctionNameVar = "AWS_LAMBDA_FUNCTION_NAME"

// IsOwnFunctionName reports whether v is lambdacontext.FunctionName,
// which aws-lambda-go reads from AWS_LAMBDA_FUNCTION_NAME at init.
func IsOwnFunctionName(v *types.Var) bool {
	return v != nil && !v.IsField() && v.Pkg() != nil && v.Pkg().Path() == lambdaCtxPkg && v.Name() == "FunctionName"
}

// IsAWSString reports whether fn is aws.String of the AWS SDK for Go
// (v1 or v2), which returns a pointer to its argument: the value of a
// string field of an input.
func IsAWSString(fn *types.Func) bool {
	return objectCallIs(fn, awsString)
}

// IsGetenv reports whether fn is os.Getenv, whose argument names the
// variable.
func IsGetenv(fn *types.Func) bool {
	return objectCallIs(fn, getenv)
}

// IsStringMatch reports whether fn tests a string against a pattern, a
// prefix, a suffix or an extension: the tests with which functions
// guard against the objects they write themselves (strings.HasPrefix,
// HasSuffix, Contains, path.Ext and Match, filepath.Ext and Match,
// regexp.MatchString and the Regexp's MatchString).
func IsStringMatch(fn *types.Func) bool {
	return objectCallIs(fn, stringMatch)
}

// IsS3Event reports whether t is aws-lambda-go's events.S3Event (or a
// pointer to it), the event of an S3 bucket notification.
func IsS3Event(t types.Type) bool {
	return IsNamed(t, lambdaEventsPkg, "S3Event")
}
